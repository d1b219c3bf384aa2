package vn.dangvu.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import vn.dangvu.evaluation.EvaluationPage;
import vn.dangvu.evaluation.EvaluationService;
import vn.dangvu.evaluation.Rating;
import vn.dangvu.evaluation.loading.EvaluationLoader;
import vn.dangvu.organisation.BodyName;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.Levels;
import vn.dangvu.organisation.Reorganiser;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitOnDay;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.Role;
import vn.dangvu.support.HandBuiltDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * Issue 17, item 2: who handles a transfer, whose quota a rating follows and which body issues the letter
 * are decided by the level roles on the date concerned, never by the kinds of units. A hand-built district
 * under the demo root (communes A with two hamlets and B with one, a hamlet branch C1 under commune C) is
 * reformed on 1/7/2025 (A and B merged into Xã Hợp Nhất, C moved under a new province, the district
 * ended); a second province's plan makes hamlet branches grassroots under a commune above them.
 */
@IntegrationTest
class LevelRulesTests extends HandBuiltDistrictTest {

    private static final LocalDate BEFORE = LocalDate.of(2024, 3, 1);
    private static final LocalDate AFTER = LocalDate.of(2025, 8, 1);
    private static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    Levels levels;

    @Autowired
    TransferService transfers;

    @Autowired
    TransferHandlings handlings;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    EvaluationLoader ratingLoader;

    @Autowired
    MessageSource messages;

    UnitView a2;

    LevelRulesTests() {
        super("LV", "Lê Vân");
    }

    @BeforeEach
    void aSecondHamletInAAndTheReform() {
        a2 = loader.registerChild(a.id(), "LV" + n + "-A2", "Chi bộ Ấp A2", UnitKind.HAMLET);
        reform();
    }

    @Test
    void shouldAnswerLevelQuestionsAsOfTheirDate() {
        assertThat(levels.grassrootsOf(a1.id(), BEFORE).map(UnitOnDay::name)).contains("Xã A");
        assertThat(levels.aboveGrassrootsOf(a1.id(), BEFORE).map(UnitOnDay::name))
                .contains("Huyện Lê Vân " + n);
        assertThat(levels.lowestCommonAncestor(a1.id(), b1.id(), BEFORE).map(UnitOnDay::id))
                .contains(district.id());
        assertThat(levels.levelOf(district.id(), BEFORE)).contains(LevelRole.ABOVE_GRASSROOTS);

        assertThat(levels.grassrootsOf(a1.id(), AFTER).map(UnitOnDay::name)).contains("Xã Hợp Nhất");
        assertThat(levels.aboveGrassrootsOf(a1.id(), AFTER).map(UnitOnDay::id)).contains(province.id());
        assertThat(levels.lowestCommonAncestor(a1.id(), b1.id(), AFTER).map(UnitOnDay::id))
                .contains(merged.id());
        assertThat(levels.lowestCommonAncestor(a1.id(), c1.id(), AFTER).map(UnitOnDay::id))
                .contains(province.id());
    }

    @Test
    void beforeTheReformATransferBetweenCommunesIsOfficialAndHandledByTheDistrict() {
        TransferDetails details = fromA1("Nguyễn Văn Trước", TransferKind.OFFICIAL, b1, BEFORE);

        assertHandledBy(details, district, HandlingBasis.ABOVE_GRASSROOTS, "Ban Tổ chức Huyện ủy Lê Vân " + n);
        assertThat(details.handling().on()).isEqualTo(BEFORE);
        assertThat(text(details.handling().committee())).isEqualTo("Huyện ủy Lê Vân " + n);
        assertThat(details.steps().propose()).isTrue();

        assertThatThrownBy(() -> fromA1(committeeOfficial(merged), "Trần Thị Trước", TransferKind.INTERNAL, b1, BEFORE))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("transfer.internalAcrossGrassroots");
    }

    @Test
    void beforeTheReformATransferBetweenHamletsOfOneCommuneIsInternal() {
        assertThatThrownBy(() -> fromA1("Lê Văn Cấp Trên", TransferKind.INTERNAL, a2, BEFORE))
                .as("the district above only reads an internal transfer")
                .isInstanceOf(vn.dangvu.shared.ForbiddenException.class);
        TransferHandling handling = handlings.decide(a1.id(), a2.id(), BEFORE).orElseThrow();
        assertThat(handling.unit().id()).isEqualTo(a.id());
        assertThat(handling.basis()).isEqualTo(HandlingBasis.GRASSROOTS);
        assertThat(text(handling.body())).isEqualTo("Đảng ủy xã A");

        assertThatThrownBy(() -> fromA1("Lê Thị Nội Bộ", TransferKind.OFFICIAL, a2, BEFORE))
                .hasMessage("transfer.officialWithinGrassroots");
    }

    @Test
    void afterTheReformATransferBetweenCommunesIsHandledByTheProvincesOrganisationBoard() {
        TransferDetails details = fromA1("Phạm Văn Sau", TransferKind.OFFICIAL, c1, AFTER);

        assertHandledBy(details, province, HandlingBasis.PROVINCE_BOARD, "Ban Tổ chức Tỉnh ủy Lê Vân " + n);

        // the old district's staff would not decide it: the province handles it now
        Actor mergedOfficial =
                new Actor(99, "xa.hopnhat", "Xã Hợp Nhất", Role.COMMUNE_OFFICIAL, merged.id(), merged.path());
        assertThat(new TransferPolicy(new vn.dangvu.member.MemberPolicy())
                        .mayDecide(mergedOfficial, details.handling()))
                .isFalse();
    }

    @Test
    void afterTheReformHamletsOfTheMergedCommuneMoveInternallyWhereTheyOnceMovedOfficially() {
        assertHandledBy(
                fromA1(committeeOfficial(merged), "Võ Văn Hợp", TransferKind.INTERNAL, b1, AFTER),
                merged,
                HandlingBasis.GRASSROOTS,
                "Đảng ủy xã Hợp Nhất");
    }

    @Test
    void whereHamletBranchesAreGrassrootsATransferBetweenTwoIsOfficialAndDecidedByTheCommune() {
        Reorganiser.Step step = on(REFORM, "2-QĐ/TU");
        UnitView other = reorganiser.establish(
                staff,
                step,
                "LP" + n,
                "Đảng bộ tỉnh Phương Án " + n,
                UnitKind.PROVINCE,
                LevelRole.PROVINCE,
                demo.unit("TH"));
        UnitView commune = reorganiser.establish(
                staff, step, "LP" + n + "-K", "Xã Kim Sơn", UnitKind.COMMUNE, LevelRole.ABOVE_GRASSROOTS, other.id());
        UnitView k1 = reorganiser.establish(
                staff, step, "LP" + n + "-K1", "Chi bộ Ấp K1", UnitKind.HAMLET, LevelRole.GRASSROOTS, commune.id());
        UnitView k2 = reorganiser.establish(
                staff, step, "LP" + n + "-K2", "Chi bộ Ấp K2", UnitKind.HAMLET, LevelRole.GRASSROOTS, commune.id());
        Actor official = new Actor(98, "xa.kimson", "Xã Kim Sơn", Role.COMMUNE_OFFICIAL, commune.id(), commune.path());
        long member = fixtures.member("Đỗ Văn Cơ Sở", k1, k1, null);

        assertThatThrownBy(() -> transfers.create(official, form(member, TransferKind.INTERNAL, k2, AFTER)))
                .as("a committee above the grassroots starts no internal transfer")
                .isInstanceOf(vn.dangvu.shared.ForbiddenException.class);
        long id = transfers.create(official, form(member, TransferKind.OFFICIAL, k2, AFTER));

        TransferDetails details = transfers.get(official, id);
        assertThat(details.handling().unit().id()).isEqualTo(commune.id());
        assertThat(details.handling().basis()).isEqualTo(HandlingBasis.ABOVE_GRASSROOTS);
        assertThat(text(details.handling().body())).isEqualTo("Ban Xây dựng Đảng Đảng ủy xã Kim Sơn");
        assertThat(details.steps())
                .as("the commune committee's officials take every step")
                .isEqualTo(new TransferDetails.Steps(true, false, false, false, true));
        transfers.propose(official, id, new StepForm(details.version(), null, null));
        transfers.approve(official, id, new StepForm(transfers.get(official, id).version(), null, null));
        assertThat(transfers.get(official, id).state()).isEqualTo(TransferState.APPROVED);
    }

    @Test
    void aGrassrootsOfficialPreparesButDoesNotDecide() {
        // today's commune holds both hamlets (and the ended Xã A), so its official reads the transfer
        UnitView today = organisation.find(merged.id()).orElseThrow();
        Actor official = new Actor(97, "xa.hopnhat", "Xã Hợp Nhất", Role.COMMUNE_OFFICIAL, today.id(), today.path());
        long member = fixtures.member("Hồ Văn Đề Nghị", a1, a1, null);
        long id = transfers.create(staff, form(member, TransferKind.OFFICIAL, b1, BEFORE));
        assertThat(transfers.get(official, id).steps())
                .as("the district decided an official transfer between its communes in 2024")
                .isEqualTo(new TransferDetails.Steps(false, false, false, false, false));
        long version = transfers.get(official, id).version();
        assertThatThrownBy(() -> transfers.propose(official, id, new StepForm(version, null, null)))
                .isInstanceOf(ForbiddenException.class);
        long inCommune = fixtures.member("Hồ Thị Đề Nghị", a1, a1, null);
        assertThatThrownBy(() -> transfers.create(official, form(inCommune, TransferKind.OFFICIAL, a2, BEFORE)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theQuotaOfARatingIsTheGrassrootsOrganisationsOnTheRatingDate() {
        // rated good in both years: only rated members make the quota's base
        for (long member : List.of(
                fixtures.member("Quách Văn Một", a1, a1, 2024),
                fixtures.member("Quách Văn Hai", a2, a2, 2024),
                fixtures.member("Quách Văn Ba", b1, b1, 2024),
                fixtures.member("Quách Văn Bốn", c1, c1, 2024))) {
            ratingLoader.recordRating(member, 2025, Rating.GOOD);
        }

        EvaluationPage in2024 = evaluations.page(staff, a1.id(), 2024);
        assertThat(in2024.quotaUnitName()).isEqualTo("Xã A");
        assertThat(in2024.quotaBase()).as("the two members of Xã A's hamlets").isEqualTo(2);

        EvaluationPage in2025 = evaluations.page(staff, a1.id(), 2025);
        assertThat(in2025.quotaUnitName()).isEqualTo("Xã Hợp Nhất");
        assertThat(in2025.quotaBase()).as("A1, A2 and B1 of the merged commune").isEqualTo(3);
    }

    /** A new member of hamlet branch A1 (since 2010) sent to {@code to} by a transfer of {@code kind}. */
    private TransferDetails fromA1(String name, TransferKind kind, UnitView to, LocalDate on) {
        return fromA1(staff, name, kind, to, on);
    }

    /** The same, started by {@code actor} (an internal transfer: by its grassroots committee). */
    private TransferDetails fromA1(Actor actor, String name, TransferKind kind, UnitView to, LocalDate on) {
        long member = fixtures.member(name, a1, a1, null);
        return transfers.get(staff, transfers.create(actor, form(member, kind, to, on)));
    }

    /** An official of the committee, as an account kept in the tests only (no login). */
    private static Actor committeeOfficial(UnitView committee) {
        return new Actor(
                96, "xa." + committee.id(), committee.name(), Role.COMMUNE_OFFICIAL, committee.id(), committee.path());
    }

    /** Who handles the transfer: the unit, on what basis, and the body that issues its letter. */
    private void assertHandledBy(TransferDetails details, UnitView unit, HandlingBasis basis, String body) {
        assertThat(details.handling().unit().id()).isEqualTo(unit.id());
        assertThat(details.handling().basis()).isEqualTo(basis);
        assertThat(text(details.handling().body())).isEqualTo(body);
    }

    private static TransferForm form(long member, TransferKind kind, UnitView to, LocalDate on) {
        return new TransferForm(member, kind, to.id(), null, "Đổi nơi ở", null, on);
    }

    private String text(BodyName body) {
        return messages.getMessage(body.key(), new Object[] {body.place()}, VI);
    }
}
