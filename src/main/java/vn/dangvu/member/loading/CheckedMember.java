package vn.dangvu.member.loading;

import java.util.List;
import vn.dangvu.member.MemberForm;
import vn.dangvu.member.domain.MemberImporter;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.Violation;

/**
 * An imported row after {@link MemberLoader#check}: the stored member it updates (null for a new one)
 * and the rules it broke. Only the loader makes one, so that nothing unchecked is written.
 */
public final class CheckedMember {

    private final MemberLoader.StoredMember existing;
    private final MemberForm form;
    private final List<Violation> violations;

    CheckedMember(MemberLoader.StoredMember existing, MemberForm form, List<Violation> violations) {
        this.existing = existing;
        this.form = form;
        this.violations = List.copyOf(violations);
    }

    public MemberLoader.StoredMember existing() {
        return existing;
    }

    public MemberForm form() {
        return form;
    }

    /** Every rule of the member form that the row broke; empty when it may be written. */
    public List<Violation> violations() {
        return violations;
    }

    public boolean isNew() {
        return existing == null;
    }

    /** Whether writing the row would change the stored member. */
    public boolean changes() {
        return existing == null || !changeList().isEmpty();
    }

    /** What the import changes in the stored member, "field: old → new; …" as the audit trail shows it. */
    String changeList() {
        return AuditLog.changes(existing.form(), MemberImporter.merged(existing.form(), form));
    }
}
