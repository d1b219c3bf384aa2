package vn.dangvu.engagement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The forms of the engagement pages. */
public final class EngagementForms {

    private EngagementForms() {}

    /** A commendation or reminder, for a member (memberId) or a whole branch (branchId). */
    public record RecognitionForm(
            @NotNull RecognitionKind kind,
            Long memberId,
            Long branchId,
            @NotNull @PastOrPresent LocalDate decidedOn,
            @NotBlank @Size(max = 200) String decidedBy,
            @Size(max = 100) String decision,
            @NotBlank @Size(max = 4000) String reason) {

        public static RecognitionForm empty() {
            return new RecognitionForm(RecognitionKind.COMMENDATION, null, null, LocalDate.now(), "", "", "");
        }
    }

    /** A resident's concern picked up by a member of the hamlet's branch. */
    public record ConcernForm(
            @NotNull Long branchId,
            Long memberId,
            @NotBlank @Size(max = 120) String residentName,
            @NotBlank @Size(max = 300) String topic,
            @Size(max = 4000) String details,
            @NotNull @PastOrPresent LocalDate raisedOn) {

        public static ConcernForm empty() {
            return new ConcernForm(null, null, "", "", "", LocalDate.now());
        }
    }

    /** What a session's form and its correction's form both ask for. */
    public interface SessionFields {
        SessionKind kind();

        Long unitId();

        LocalDate heldOn();

        String title();

        String attendees();

        String issues();
    }

    /** A citizen reception session or the annual dialogue with hamlet/quarter secretaries. */
    public record SessionForm(
            @NotNull SessionKind kind,
            @NotNull Long unitId,
            @NotNull @PastOrPresent LocalDate heldOn,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String attendees,
            @Size(max = 10000) String issues)
            implements SessionFields {

        public static SessionForm empty() {
            return new SessionForm(SessionKind.DIALOGUE, null, LocalDate.now(), "", "", "");
        }
    }

    public record FollowUpForm(
            @NotBlank @Size(max = 500) String description,
            @NotBlank @Size(max = 200) String owner,
            @NotNull LocalDate dueOn) {}

    /** A correction of a stored record, made on the version the user read. */
    public interface Correction {
        Long version();
    }

    /**
     * A correction of a commendation or reminder. A member's recognition stays the member's ({@code
     * branchId} is null then); a branch's may be moved to another branch.
     */
    public record RecognitionCorrection(
            @NotNull RecognitionKind kind,
            Long branchId,
            @NotNull @PastOrPresent LocalDate decidedOn,
            @NotBlank @Size(max = 200) String decidedBy,
            @Size(max = 100) String decision,
            @NotBlank @Size(max = 4000) String reason,
            @NotNull Long version)
            implements Correction {}

    /** A correction of a concern; {@code response} is read only when the concern was resolved. */
    public record ConcernCorrection(
            @NotNull Long branchId,
            @NotBlank @Size(max = 120) String residentName,
            @NotBlank @Size(max = 300) String topic,
            @Size(max = 4000) String details,
            @NotNull @PastOrPresent LocalDate raisedOn,
            @Size(max = 4000) String response,
            @NotNull Long version)
            implements Correction {}

    public record SessionCorrection(
            @NotNull SessionKind kind,
            @NotNull Long unitId,
            @NotNull @PastOrPresent LocalDate heldOn,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String attendees,
            @Size(max = 10000) String issues,
            @NotNull Long version)
            implements Correction, SessionFields {}

    /** A correction of a follow-up; a blank {@code doneOn} opens a follow-up marked done by mistake again. */
    public record FollowUpCorrection(
            @NotBlank @Size(max = 500) String description,
            @NotBlank @Size(max = 200) String owner,
            @NotNull LocalDate dueOn,
            @PastOrPresent LocalDate doneOn,
            @NotNull Long version)
            implements Correction {}
}
