package vn.dangvu.member.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.SQLRestriction;
import vn.dangvu.member.CommitteeRole;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Texts;
import vn.dangvu.shared.Violation;

/**
 * A member's period in a committee (or as a key leader) of one unit: role, term, from and to (the last day
 * held, included; null while it lasts). A period entered by mistake is removed with a reason and stays in
 * the table; this entity reads only the others.
 */
@Entity
@Table(name = "committee_membership")
@SQLRestriction("removed_at is null")
public class CommitteeMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_membership_seq")
    @SequenceGenerator(
            name = "committee_membership_seq",
            sequenceName = "committee_membership_seq",
            allocationSize = 50)
    private Long id;

    private long memberId;
    private long unitId;

    @Enumerated(EnumType.STRING)
    private CommitteeRole role;

    private String term;
    private LocalDate validFrom;
    private LocalDate validTo;
    private String decision;
    private String createdBy;
    private Instant removedAt;
    private String removedBy;
    private String removalReason;

    @Version
    private long version;

    protected CommitteeMembership() {}

    /** The values a period is made of, as checked by {@link #violations}. */
    public record Values(
            long unitId, CommitteeRole role, String term, LocalDate validFrom, LocalDate validTo, String decision) {}

    public static CommitteeMembership open(long memberId, Values values, String createdBy) {
        BusinessRuleException.throwIfAny(violations(values));
        CommitteeMembership period = new CommitteeMembership();
        period.memberId = memberId;
        period.createdBy = createdBy;
        period.set(values);
        return period;
    }

    /** The rules between a period's own fields; a missing date breaks none here (the form reports it). */
    public static List<Violation> violations(Values values) {
        List<Violation> found = new ArrayList<>();
        if (values.validFrom() != null
                && values.validTo() != null
                && values.validTo().isBefore(values.validFrom())) {
            found.add(Violation.of("validTo", "committee.endsBeforeStart"));
        }
        return found;
    }

    /** Corrects a period typed wrongly: every field may change. */
    public void correct(Values values) {
        BusinessRuleException.throwIfAny(violations(values));
        set(values);
    }

    /** Ends an open period on its last day. */
    public void end(LocalDate lastDay) {
        if (validTo != null) {
            throw new BusinessRuleException("committee.alreadyEnded");
        }
        BusinessRuleException.throwIfAny(violations(values(lastDay)));
        validTo = lastDay;
    }

    /**
     * Ends the period on {@code lastDay} because its committee's unit ended: an open period, or one dated to
     * last beyond that day, stops then. Whether it is still held on that day is the caller's question.
     */
    public void endWithUnit(LocalDate lastDay) {
        if (validTo == null || validTo.isAfter(lastDay)) {
            BusinessRuleException.throwIfAny(violations(values(lastDay)));
            validTo = lastDay;
        }
    }

    /** Removes a period entered by mistake: it leaves the member's page and every figure. */
    public void remove(String username, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "removal.reasonRequired");
        }
        removedAt = Instant.now();
        removedBy = username;
        removalReason = reason.trim();
    }

    /** Whether this period and {@code other} give the same role in the same unit on a common day. */
    public boolean overlaps(Values other) {
        LocalDate otherTo = other.validTo() == null ? LocalDate.MAX : other.validTo();
        LocalDate to = validTo == null ? LocalDate.MAX : validTo;
        return unitId == other.unitId()
                && role == other.role()
                && !validFrom.isAfter(otherTo)
                && !other.validFrom().isAfter(to);
    }

    public Values values() {
        return values(validTo);
    }

    private Values values(LocalDate to) {
        return new Values(unitId, role, term, validFrom, to, decision);
    }

    private void set(Values values) {
        this.unitId = values.unitId();
        this.role = values.role();
        this.term =
                Texts.blankToNull(values.term() == null ? null : values.term().replaceAll("\\s*[–-]\\s*", "–"));
        this.validFrom = values.validFrom();
        this.validTo = values.validTo();
        this.decision = Texts.blankToNull(values.decision());
    }

    public Long getId() {
        return id;
    }

    public long getMemberId() {
        return memberId;
    }

    public long getUnitId() {
        return unitId;
    }

    public CommitteeRole getRole() {
        return role;
    }

    public String getTerm() {
        return term;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public String getDecision() {
        return decision;
    }

    public long getVersion() {
        return version;
    }
}
