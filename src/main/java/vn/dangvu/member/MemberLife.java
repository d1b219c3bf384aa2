package vn.dangvu.member;

import java.time.LocalDate;
import java.util.List;

/**
 * A member's Party life beside their register fields: how they left the Party, their exemptions, their
 * Party cards, and their probation (the day its 12 months end while it lasts, the recognition decision).
 */
public record MemberLife(
        Leaving leaving,
        List<Exemption> exemptions,
        List<Card> cards,
        boolean probationary,
        LocalDate probationEnds,
        Recognition recognition,
        boolean exemptToday,
        FileNumbers fileNumbers) {

    public static final MemberLife NONE =
            new MemberLife(null, List.of(), List.of(), false, null, null, false, new FileNumbers(null, null));

    /**
     * The numbers of the member's paper file that a transfer letter prints beside the card: Số LL (số lý
     * lịch) and SĐV (the number in the sổ đảng viên); null while not recorded.
     */
    public record FileNumbers(String file, String register) {}

    /** Probation lasts 12 months from admission (Party Charter art. 5). */
    public static LocalDate probationEnd(LocalDate admittedOn) {
        return admittedOn.plusMonths(12);
    }

    public record Leaving(
            LeftReason reason,
            String ground,
            LocalDate leftOn,
            String decisionNumber,
            LocalDate decisionOn,
            String decidedBy) {}

    /** An exemption; {@code kind} null for one that came from the old yes/no status. */
    public record Exemption(
            long id,
            ExemptionKind kind,
            String reason,
            String resolutionNumber,
            LocalDate resolutionOn,
            String decidedBy,
            LocalDate startsOn,
            LocalDate endsOn,
            LocalDate returnedOn,
            boolean current,
            long version) {}

    public record Card(String number, PartyCardKind kind, LocalDate issuedOn, String decision, LocalDate replacedOn) {

        public boolean current() {
            return replacedOn == null;
        }
    }

    public record Recognition(String decisionNumber, LocalDate decisionOn, String decidedBy) {}
}
