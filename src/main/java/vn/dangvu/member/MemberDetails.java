package vn.dangvu.member;

import java.time.LocalDate;
import java.util.List;
import vn.dangvu.organisation.UnitView;

/** Everything the member page shows. */
public record MemberDetails(
        long id,
        String fullName,
        LocalDate birthDate,
        Gender gender,
        String idNumber,
        String partyCardNumber,
        LocalDate admittedOn,
        LocalDate fullMemberOn,
        MemberGroup group,
        String position,
        String workplace,
        List<CommitteePeriod> committees,
        MemberStatus status,
        LeftReason leftReason,
        LocalDate leftOn,
        UnitView branch,
        UnitView commune,
        UnitView residence,
        List<Period> periods,
        long version,
        MemberLife life) {

    /** A member whose Party life was not read. */
    public MemberDetails(
            long id,
            String fullName,
            LocalDate birthDate,
            Gender gender,
            String idNumber,
            String partyCardNumber,
            LocalDate admittedOn,
            LocalDate fullMemberOn,
            MemberGroup group,
            String position,
            String workplace,
            List<CommitteePeriod> committees,
            MemberStatus status,
            LeftReason leftReason,
            LocalDate leftOn,
            UnitView branch,
            UnitView commune,
            UnitView residence,
            List<Period> periods,
            long version) {
        this(
                id,
                fullName,
                birthDate,
                gender,
                idNumber,
                partyCardNumber,
                admittedOn,
                fullMemberOn,
                group,
                position,
                workplace,
                committees,
                status,
                leftReason,
                leftOn,
                branch,
                commune,
                residence,
                periods,
                version,
                MemberLife.NONE);
    }

    /** The committee periods held on {@code day}: the page's badges for today. */
    public List<CommitteePeriod> committeesOn(LocalDate day) {
        return committees.stream().filter(p -> p.heldOn(day)).toList();
    }

    /** A stay in one branch: [startedOn, endedOn); endedOn null while it lasts. */
    public record Period(
            UnitView branch,
            LocalDate startedOn,
            LocalDate endedOn,
            Long transferId,
            // the branch and its commune as named when the stay began, and as named on its last day (today
            // while it lasts) when a rename or a reorganisation changed them meanwhile, else null
            vn.dangvu.organisation.UnitPlace place,
            vn.dangvu.organisation.UnitPlace laterPlace,
            PeriodKind kind) {

        /** A stay whose places were not read. */
        public Period(UnitView branch, LocalDate startedOn, LocalDate endedOn, Long transferId) {
            this(branch, startedOn, endedOn, transferId, null, null, PeriodKind.OFFICIAL);
        }

        public boolean temporary() {
            return kind == PeriodKind.TEMPORARY;
        }

        public boolean open() {
            return endedOn == null;
        }
    }
}
