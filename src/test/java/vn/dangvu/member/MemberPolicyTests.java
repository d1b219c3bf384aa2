package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitStatus;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.RecordNote;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;
import vn.dangvu.support.EveryRole;

class MemberPolicyTests {

    private final MemberPolicy policy = new MemberPolicy();

    @ParameterizedTest(name = "{0} writes members: {1}")
    @EveryRole(allowed = {Role.DISTRICT_STAFF, Role.COMMUNE_OFFICIAL})
    void shouldLetOnlyStaffAndCommuneOfficialsWriteMembers(Role role, boolean allowed) {
        assertThat(policy.mayWrite(Actors.of(role))).isEqualTo(allowed);
        assertThat(policy.mayOnList(Actors.of(role)).create()).isEqualTo(allowed);
        if (allowed) {
            policy.requireWrite(Actors.of(role));
        } else {
            assertThatThrownBy(() -> policy.requireWrite(Actors.of(role))).isInstanceOf(ForbiddenException.class);
        }
    }

    /**
     * A member who moved from /1/9/5/ (another commune) through /1/2/4/ to /1/2/3/: a commune official
     * of /1/2/ opens the last two branches and the two transfers with an end in the commune; the
     * secretary of /1/2/3/ only the branch and the transfer that brought the member there.
     */
    @ParameterizedTest(name = "{0}: branches {1} {2} {3}, transfers {4} {5}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   true,  true,  true, true,  true
            COMMUNE_OFFICIAL, false, true,  true, true,  true
            BRANCH_SECRETARY, false, false, true, false, true
            """)
    void shouldLinkOnlyTheHistoryTheActorMayOpen(
            Role role, boolean first, boolean second, boolean third, boolean intoSecond, boolean intoThird) {
        MemberDetails member = member(
                MemberStatus.ACTIVE,
                List.of(
                        new MemberDetails.Period(
                                branch(5, "/1/9/5/"), LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1), null),
                        new MemberDetails.Period(
                                branch(4, "/1/2/4/"), LocalDate.of(2015, 1, 1), LocalDate.of(2020, 1, 1), 40L),
                        new MemberDetails.Period(branch(3, "/1/2/3/"), LocalDate.of(2020, 1, 1), null, 41L)));
        assertThat(policy.may(Actors.of(role), member, List.of(), List.of()).history())
                .containsExactly(
                        new MemberPage.PeriodLinks(first, false),
                        new MemberPage.PeriodLinks(second, intoSecond),
                        new MemberPage.PeriodLinks(third, intoThird));
    }

    @Test
    void shouldHoldBackANewTransferWhileAnotherModuleSaysOneIsOpen() {
        MemberDetails member = member(MemberStatus.ACTIVE, List.of());
        RecordNote open = new RecordNote("transfer.openNote.PROPOSED", List.of(9L), null, MemberPage.TRANSFER_ACTION);
        RecordNote other = new RecordNote("something.else", List.of(), null, null);

        MemberPage.May held = policy.may(Actors.of(Role.COMMUNE_OFFICIAL), member, List.of(), List.of(other, open));
        assertThat(held.transfer()).isFalse();
        assertThat(held.transferHeld()).isTrue();
        assertThat(held.edit()).isTrue();
        assertThat(held.notes()).containsExactly(other, open);

        MemberPage.May free = policy.may(Actors.of(Role.COMMUNE_OFFICIAL), member, List.of(), List.of(other));
        assertThat(free.transfer()).isTrue();
        assertThat(free.transferHeld()).isFalse();

        MemberPage.May reader = policy.may(Actors.of(Role.DISTRICT_LEADER), member, List.of(), List.of(open));
        assertThat(reader.transfer()).as("a reader starts no transfer").isFalse();
        assertThat(reader.transferHeld()).as("nor is told why it is held").isFalse();
    }

    private static UnitView branch(long id, String path) {
        return new UnitView(
                id,
                "B" + id,
                "Chi bộ " + id,
                UnitKind.HAMLET,
                UnitStatus.ACTIVE,
                2L,
                path,
                null,
                null,
                0,
                vn.dangvu.organisation.LevelRole.BRANCH);
    }

    private static MemberDetails member(MemberStatus status, List<MemberDetails.Period> periods) {
        UnitView branch = branch(3, "/1/2/3/");
        return new MemberDetails(
                7,
                "Nguyễn Văn A",
                LocalDate.of(1980, 1, 1),
                Gender.MALE,
                "087000000001",
                null,
                LocalDate.of(2005, 1, 1),
                null,
                MemberGroup.FARMER_OTHER,
                null,
                null,
                List.of(),
                status,
                null,
                null,
                branch,
                null,
                null,
                periods,
                0);
    }
}
