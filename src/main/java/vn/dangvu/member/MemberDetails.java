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
        boolean communeCommittee,
        boolean keyLeader,
        boolean districtCommittee,
        MemberStatus status,
        LeftReason leftReason,
        LocalDate leftOn,
        UnitView branch,
        UnitView commune,
        UnitView residence,
        List<Period> periods,
        long version) {

    /** A stay in one branch: [startedOn, endedOn); endedOn null while it lasts. */
    public record Period(UnitView branch, LocalDate startedOn, LocalDate endedOn, Long transferId) {
        public boolean open() {
            return endedOn == null;
        }
    }
}
