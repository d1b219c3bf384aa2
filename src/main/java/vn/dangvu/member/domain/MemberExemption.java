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
import vn.dangvu.member.ExemptionForm;
import vn.dangvu.member.ExemptionKind;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.Texts;
import vn.dangvu.shared.Violation;

/**
 * An exemption from Party work and meetings: from {@code startsOn} to {@code endsOn} (the last day planned,
 * inclusive; none for age or health), until {@code returnedOn} (the first day back) when the member came
 * back. A row without a kind came from the old yes/no status (V21).
 */
@Entity
@Table(name = "member_exemption")
public class MemberExemption {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_exemption_seq")
    @SequenceGenerator(name = "member_exemption_seq", sequenceName = "member_exemption_seq", allocationSize = 50)
    private Long id;

    private Long memberId;

    @Enumerated(EnumType.STRING)
    private ExemptionKind kind;

    private String reason;
    private String resolutionNumber;
    private LocalDate resolutionOn;
    private String decidedBy;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private LocalDate returnedOn;
    private String createdBy;
    private Instant createdAt;

    @Version
    private long version;

    protected MemberExemption() {}

    /**
     * The rules of a new exemption: an end for another reason than age or health, at most 12 months long;
     * no end before the start; a resolution not after the start; no overlap with the member's other
     * exemptions ({@code others}); not before admission. Nulls are left to the form's own rules.
     */
    public static List<Violation> violations(ExemptionForm form, LocalDate admittedOn, List<MemberExemption> others) {
        List<Violation> found = new ArrayList<>();
        LocalDate start = form.startsOn();
        if (form.kind() == ExemptionKind.OTHER && form.endsOn() == null) {
            found.add(Violation.of("endsOn", "exemption.endRequired"));
        }
        if (start != null && form.endsOn() != null) {
            if (form.endsOn().isBefore(start)) {
                found.add(Violation.of("endsOn", "exemption.endBeforeStart"));
            } else if (form.kind() != null
                    && form.kind().maxMonths() != null
                    && !form.endsOn().isBefore(start.plusMonths(form.kind().maxMonths()))) {
                found.add(
                        Violation.of("endsOn", "exemption.tooLong", form.kind().maxMonths()));
            }
        }
        if (start != null && start.isBefore(admittedOn)) {
            found.add(Violation.of("startsOn", "exemption.beforeAdmission"));
        }
        if (start != null && form.resolutionOn() != null && form.resolutionOn().isAfter(start)) {
            found.add(Violation.of("resolutionOn", "exemption.resolutionAfterStart"));
        }
        if (start != null
                && others.stream().anyMatch(o -> o.overlaps(start, form.kind() == null ? null : form.endsOn()))) {
            found.add(Violation.of("startsOn", "exemption.overlaps"));
        }
        return found;
    }

    public static MemberExemption of(long memberId, ExemptionForm form, String createdBy) {
        MemberExemption e = new MemberExemption();
        e.memberId = memberId;
        e.kind = form.kind();
        e.reason = Texts.blankToNull(form.reason());
        e.resolutionNumber = form.resolutionNumber().trim();
        e.resolutionOn = form.resolutionOn();
        e.decidedBy = form.decidedBy().trim();
        e.startsOn = form.startsOn();
        e.endsOn = form.endsOn();
        e.createdBy = createdBy;
        e.createdAt = Instant.now();
        return e;
    }

    /** The member is back from {@code on}: ends the exemption early, or records the return of an open one. */
    public void returnOn(LocalDate on) {
        if (returnedOn != null) {
            throw new BusinessRuleException("exemption.alreadyReturned");
        }
        if (!on.isAfter(startsOn)) {
            throw BusinessRuleException.onField("returnedOn", "exemption.returnBeforeStart");
        }
        if (endsOn != null && on.isAfter(endsOn.plusDays(1))) {
            throw BusinessRuleException.onField("returnedOn", "exemption.returnAfterEnd");
        }
        this.returnedOn = on;
    }

    /** Whether the member is exempt on the day. */
    public boolean covers(LocalDate day) {
        return !startsOn.isAfter(day)
                && (endsOn == null || !endsOn.isBefore(day))
                && (returnedOn == null || returnedOn.isAfter(day));
    }

    /** The last day of exemption, null while it has no end. */
    public LocalDate lastDay() {
        LocalDate byReturn = returnedOn == null ? null : returnedOn.minusDays(1);
        if (byReturn == null) {
            return endsOn;
        }
        return endsOn == null || byReturn.isBefore(endsOn) ? byReturn : endsOn;
    }

    /** Whether [from, to] (to null: no end) shares a day with this exemption. */
    boolean overlaps(LocalDate from, LocalDate to) {
        LocalDate last = lastDay();
        return (last == null || !last.isBefore(from)) && (to == null || !to.isBefore(startsOn));
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public ExemptionKind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public String getResolutionNumber() {
        return resolutionNumber;
    }

    public LocalDate getResolutionOn() {
        return resolutionOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public long getVersion() {
        return version;
    }
}
