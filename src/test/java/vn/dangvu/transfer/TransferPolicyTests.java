package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dangvu.member.MemberPolicy;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitOnDay;
import vn.dangvu.organisation.UnitStatus;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Role;
import vn.dangvu.support.Actors;
import vn.dangvu.transfer.domain.Transfer;

class TransferPolicyTests {

    private final TransferPolicy policy = new TransferPolicy(new MemberPolicy());

    @ParameterizedTest(name = "{0} creates INTERNAL {1}, OFFICIAL {2}, TEMPORARY {3}; receives {4}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   false, true,  true,  true
            DISTRICT_LEADER,  false, false, false, false
            COMMUNE_OFFICIAL, true,  false, false, false
            BRANCH_SECRETARY, false, false, false, false
            """)
    void shouldDecideWhoCreatesWhichTransfer(
            Role role, boolean internal, boolean official, boolean temporary, boolean receive) {
        var actor = Actors.of(role);
        var level = usualLevel(role);
        assertThat(policy.mayCreate(actor, TransferKind.INTERNAL, level)).isEqualTo(internal);
        assertThat(policy.mayCreate(actor, TransferKind.OFFICIAL, level)).isEqualTo(official);
        assertThat(policy.mayCreate(actor, TransferKind.TEMPORARY, level)).isEqualTo(temporary);
        assertThat(policy.mayReceiveIncoming(actor)).isEqualTo(receive);
        assertThat(policy.mayOnList(actor).receiveIncoming()).isEqualTo(receive);
    }

    @Test
    void shouldOfferOnTheFormOnlyTheKindsTheActorMayCreate() {
        assertThat(policy.mayOnForm(Actors.of(Role.DISTRICT_STAFF), LevelRole.ABOVE_GRASSROOTS))
                .as("the level above a grassroots organisation only reads its internal transfers")
                .isEqualTo(new TransferPolicy.FormMay(List.of(TransferKind.OFFICIAL, TransferKind.TEMPORARY), true));
        assertThat(policy.mayOnForm(Actors.of(Role.COMMUNE_OFFICIAL), LevelRole.GRASSROOTS))
                .isEqualTo(new TransferPolicy.FormMay(List.of(TransferKind.INTERNAL), false));
        assertThat(policy.mayOnForm(Actors.of(Role.COMMUNE_OFFICIAL), LevelRole.ABOVE_GRASSROOTS))
                .as("the officials of a commune directly above grassroots hamlet branches")
                .isEqualTo(new TransferPolicy.FormMay(List.of(TransferKind.OFFICIAL, TransferKind.TEMPORARY), true));
    }

    @ParameterizedTest(name = "{0}: registers directives {1}, reads campaigns {2}, runs them {3}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   true,  true,  true
            DISTRICT_LEADER,  false, true,  false
            COMMUNE_OFFICIAL, false, false, false
            BRANCH_SECRETARY, false, false, false
            """)
    void shouldDecideWhoRunsDirectivesAndCampaigns(Role role, boolean register, boolean read, boolean run) {
        var actor = Actors.of(role);
        assertThat(policy.mayOnDirectives(actor)).isEqualTo(new TransferPolicy.DirectiveMay(register, read, run));
        assertThat(policy.mayOnCampaign(actor, true, List.of()))
                .as("today's page")
                .isEqualTo(new CampaignViews.May(run, run, List.of()));
        assertThat(policy.mayOnCampaign(actor, false, List.of()))
                .as("a past date's page offers no batch step")
                .isEqualTo(new CampaignViews.May(run, false, List.of()));
        assertThat(policy.may(actor, null, 7L, List.of()).campaign()).isEqualTo(read);
        assertThat(policy.may(actor, null, null, List.of()).campaign()).isFalse();
    }

    @ParameterizedTest(name = "{0} opens the page of a member now in {1}: {2}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   /1/9/4/, true
            COMMUNE_OFFICIAL, /1/2/3/, true
            COMMUNE_OFFICIAL, /1/9/4/, false
            BRANCH_SECRETARY, /1/2/3/, true
            BRANCH_SECRETARY, /1/2/5/, false
            """)
    void shouldLinkTheMemberOnlyWhileTheMemberIsInScope(Role role, String memberBranchPath, boolean member) {
        UnitView branch = new UnitView(
                4,
                "B",
                "B",
                UnitKind.HAMLET,
                UnitStatus.ACTIVE,
                9L,
                memberBranchPath,
                null,
                null,
                0,
                vn.dangvu.organisation.LevelRole.BRANCH);
        assertThat(policy.may(Actors.of(role), branch, null, List.of()).member())
                .isEqualTo(member);
        assertThat(policy.may(Actors.of(role), null, null, List.of()).member())
                .as("a member not in the tree (incoming, not yet registered)")
                .isFalse();
    }

    /**
     * A transfer between two branches of the commune /1/2/: an INTERNAL one is handled by the commune
     * (grassroots), whose officials take every step of it while the district's staff above only read it,
     * an OFFICIAL one by the district /1/ above it.
     */
    @ParameterizedTest(
            name = "{0} on a {1} {2} transfer: propose {3}, approve {4}, complete {5}, reject {6}, cancel {7}")
    @CsvSource(textBlock = """
            DISTRICT_STAFF,   INTERNAL, DRAFT,    false, false, false, false, false
            DISTRICT_STAFF,   INTERNAL, PROPOSED, false, false, false, false, false
            DISTRICT_STAFF,   INTERNAL, APPROVED, false, false, false, false, false
            DISTRICT_STAFF,   OFFICIAL, DRAFT,    true,  false, false, false, true
            DISTRICT_STAFF,   OFFICIAL, PROPOSED, false, true,  false, true,  true
            COMMUNE_OFFICIAL, INTERNAL, DRAFT,    true,  false, false, false, true
            COMMUNE_OFFICIAL, INTERNAL, PROPOSED, false, true,  false, true,  true
            COMMUNE_OFFICIAL, INTERNAL, APPROVED, false, false, true,  true,  true
            COMMUNE_OFFICIAL, OFFICIAL, DRAFT,    false, false, false, false, false
            DISTRICT_LEADER,  INTERNAL, DRAFT,    false, false, false, false, false
            DISTRICT_LEADER,  INTERNAL, PROPOSED, false, false, false, false, false
            BRANCH_SECRETARY, INTERNAL, DRAFT,    false, false, false, false, false
            """)
    void shouldOfferTheStepsOfTheTransfersLifecycle(
            Role role,
            TransferKind kind,
            TransferState state,
            boolean propose,
            boolean approve,
            boolean complete,
            boolean reject,
            boolean cancel) {
        Transfer transfer = Transfer.within(kind, 9, 3, 4, null, new Transfer.Letter("Về nơi cư trú", null, null), "x");
        if (state != TransferState.DRAFT) {
            transfer.propose("x");
        }
        if (state == TransferState.APPROVED) {
            transfer.approve("x");
        }
        TransferHandling handling = kind == TransferKind.INTERNAL
                ? handledBy(2, "/1/2/", LevelRole.GRASSROOTS, HandlingBasis.GRASSROOTS)
                : handledBy(1, "/1/", LevelRole.ABOVE_GRASSROOTS, HandlingBasis.ABOVE_GRASSROOTS);
        assertThat(policy.steps(Actors.of(role), transfer, branch(3), branch(4), handling))
                .isEqualTo(new TransferDetails.Steps(propose, approve, complete, reject, cancel));
    }

    @Test
    void shouldLeaveTheLevelAboveOnlyReadingAnInternalTransfer() {
        Transfer transfer = Transfer.within(
                TransferKind.INTERNAL, 9, 3, 4, null, new Transfer.Letter("Về nơi cư trú", null, null), "x");
        TransferHandling grassroots = handledBy(2, "/1/2/", LevelRole.GRASSROOTS, HandlingBasis.GRASSROOTS);
        var aboveOfficial = Actors.of(Role.COMMUNE_OFFICIAL, "/1/");
        assertThat(policy.steps(aboveOfficial, transfer, branch(3), branch(4), grassroots))
                .as("the officials of the committee above the grassroots organisation")
                .isEqualTo(new TransferDetails.Steps(false, false, false, false, false));
        assertThat(policy.mayRead(aboveOfficial, branch(3), branch(4))).isTrue();
        assertThat(policy.mayCreate(aboveOfficial, TransferKind.INTERNAL, LevelRole.ABOVE_GRASSROOTS))
                .isFalse();
        assertThatThrownBy(() ->
                        policy.requireHandledByActor(Actors.of(Role.DISTRICT_STAFF), TransferKind.INTERNAL, grassroots))
                .isInstanceOf(vn.dangvu.shared.ForbiddenException.class);
        assertThat(policy.mayDecide(Actors.of(Role.DISTRICT_STAFF, "/1/2/"), grassroots))
                .as("the grassroots committee's own organisation staff")
                .isTrue();
        assertThat(policy.mayDecide(Actors.of(Role.DISTRICT_STAFF), null))
                .as("a committee not known: staff alone")
                .isTrue();
    }

    @Test
    void shouldKeepACommuneOfficialsStepsWithinTheCommune() {
        Transfer transfer = Transfer.within(
                TransferKind.INTERNAL, 9, 3, 4, null, new Transfer.Letter("Về nơi cư trú", null, null), "x");
        UnitView elsewhere = new UnitView(
                4,
                "B",
                "B",
                UnitKind.HAMLET,
                UnitStatus.ACTIVE,
                5L,
                "/1/5/4/",
                null,
                null,
                0,
                vn.dangvu.organisation.LevelRole.BRANCH);
        assertThat(policy.steps(
                        Actors.of(Role.COMMUNE_OFFICIAL),
                        transfer,
                        branch(3),
                        elsewhere,
                        handledBy(1, "/1/", LevelRole.ABOVE_GRASSROOTS, HandlingBasis.ABOVE_GRASSROOTS)))
                .isEqualTo(new TransferDetails.Steps(false, false, false, false, false));
        assertThat(policy.mayRead(Actors.of(Role.COMMUNE_OFFICIAL), branch(3), elsewhere))
                .isTrue();
        assertThat(policy.mayRead(Actors.of(Role.COMMUNE_OFFICIAL), elsewhere, elsewhere))
                .isFalse();
    }

    private static LevelRole usualLevel(Role role) {
        return switch (role) {
            case DISTRICT_STAFF, DISTRICT_LEADER -> LevelRole.ABOVE_GRASSROOTS;
            case COMMUNE_OFFICIAL -> LevelRole.GRASSROOTS;
            case BRANCH_SECRETARY, MEMBER -> LevelRole.BRANCH;
        };
    }

    private static TransferHandling handledBy(long id, String path, LevelRole level, HandlingBasis basis) {
        return new TransferHandling(
                new UnitOnDay(id, "U" + id, UnitKind.COMMUNE, level, null, path, path),
                basis,
                java.time.LocalDate.of(2024, 1, 1));
    }

    private static UnitView branch(long id) {
        return new UnitView(
                id,
                "B" + id,
                "B" + id,
                UnitKind.HAMLET,
                UnitStatus.ACTIVE,
                2L,
                "/1/2/" + id + "/",
                null,
                null,
                0,
                vn.dangvu.organisation.LevelRole.BRANCH);
    }
}
