package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.engagement.EngagementPolicy;
import vn.dangvu.evaluation.EvaluationPolicy;
import vn.dangvu.member.MemberPolicy;
import vn.dangvu.organisation.Decision;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.OrganisationPolicy;
import vn.dangvu.organisation.Reorganiser;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.Role;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.support.DemoData;
import vn.dangvu.support.DemoUsers;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.Pages;
import vn.dangvu.transfer.TransferKind;
import vn.dangvu.transfer.TransferPolicy;

/**
 * Issue 17, item 6: an account whose unit has ended (here a commune merged into a new one on 1/7/2025)
 * signs in, is told so, reads its history, and writes nothing: every write is refused with one clear
 * message and the pages offer no write. Staff move it to the new unit through the account form.
 */
@IntegrationTest
class EndedUnitAccountTests {

    private static final LocalDate MERGED = LocalDate.of(2025, 7, 1);
    private static final String NOTICE = "Đơn vị của bạn đã kết thúc hoạt động từ 01/07/2025; tài khoản chỉ còn xem"
            + " lịch sử. Liên hệ Ban Tổ chức để được chuyển sang đơn vị mới.";
    private static final String PASSWORD = "mat-khau-cu-123";
    private static int serial;

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountLoader loader;

    @Autowired
    AccountService accounts;

    @Autowired
    Reorganiser reorganiser;

    @Autowired
    DemoUsers users;

    @Autowired
    Pages pages;

    @Autowired
    DemoData demo;

    @Autowired
    MemberPolicy members;

    @Autowired
    TransferPolicy transfers;

    @Autowired
    EngagementPolicy engagement;

    @Autowired
    OrganisationPolicy organisation;

    @Autowired
    EvaluationPolicy evaluation;

    @Autowired
    AccountPolicy accountPolicy;

    Actor staff;
    Fixtures.Commune old;
    UnitView merged;
    String official;
    String secretary;

    @BeforeEach
    void aCommuneMergedIntoANewOne() {
        staff = users.actor("tochuc");
        int n = ++serial;
        old = fixtures.commune(1);
        fixtures.member("Nguyễn Văn Lịch Sử " + n, old.hamlet(0), old.hamlet(0), null);
        official = "xa.cu" + n;
        secretary = "bithu.cu" + n;
        loader.createSystemAccount(
                official,
                PASSWORD,
                "Văn phòng Đảng ủy xã cũ",
                Role.COMMUNE_OFFICIAL,
                old.commune().id());
        Reorganiser.Step step = new Reorganiser.Step(MERGED, new Decision("9" + n + "-QĐ/TU", MERGED, "Tỉnh ủy"), null);
        merged = reorganiser.establish(
                staff, step, "XM" + n, "Xã Hợp Nhất " + n, UnitKind.COMMUNE, LevelRole.GRASSROOTS, demo.unit("TH"));
        reorganiser.merge(staff, step, List.of(old.commune().id()), merged.id());
        // the secretary of a branch that lives on (moved under the new commune) keeps writing
        loader.createSystemAccount(
                secretary,
                PASSWORD,
                "Bí thư chi bộ",
                Role.BRANCH_SECRETARY,
                old.hamlet(0).id());
    }

    @Test
    void shouldTellTheUserAtSignInThatTheirUnitHasEnded() throws Exception {
        assertThat(firstPageAfterSignIn(official)).contains(NOTICE);
        assertThat(firstPageAfterSignIn(secretary)).doesNotContain("đã kết thúc hoạt động");
    }

    /** Signs in through the form and opens the page it leads to, in the session the sign-in made. */
    private String firstPageAfterSignIn(String username) throws Exception {
        MvcResult signIn = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        Cookie session = signIn.getResponse().getCookie("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        return mvc.perform(get("/").cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void shouldReadTheEndedUnitsHistoryAndOfferNoWrite() throws Exception {
        Actor actor = users.actor(official);
        assertThat(actor.writes()).isFalse();
        assertThat(actor.scopeEndedOn()).isEqualTo(MERGED);
        assertThat(actor.scopeUnitId()).isEqualTo(old.commune().id());

        assertThat(members.mayWrite(actor)).isFalse();
        assertThat(transfers.mayCreate(actor, TransferKind.INTERNAL, vn.dangvu.organisation.LevelRole.GRASSROOTS))
                .isFalse();
        assertThat(engagement.may(actor))
                .extracting(
                        EngagementPolicy.May::raiseConcern,
                        EngagementPolicy.May::resolveConcern,
                        EngagementPolicy.May::holdSession,
                        EngagementPolicy.May::recognise)
                .containsOnly(false);
        assertThat(organisation.mayKeepBranchRecords(actor)).isFalse();
        assertThat(evaluation.mayRateInCommune(actor)).isFalse();
        assertThat(accountPolicy.mayManageAccounts(
                        new Actor(1, "cu", "Ban Tổ chức cũ", Role.DISTRICT_STAFF, 1, "/1/", MERGED)))
                .isFalse();
        // the same roles on an active unit write
        Actor active = users.actor(secretary);
        assertThat(active.writes()).isTrue();
        assertThat(organisation.mayKeepBranchRecords(active)).isTrue();

        // its unit's page, its old hamlet's members list: read, without write buttons
        page(official, "/units/" + old.commune().id());
        String list = page(official, "/members");
        assertThat(list).doesNotContain("/members/new");
        assertThat(page("xa.thongbinh", "/members")).contains("/members/new");
    }

    @Test
    void shouldRefuseEveryWriteWithAClearMessage() throws Exception {
        long before = demo.count("select count(*) from member");
        MvcResult refused = mvc.perform(post("/members")
                        .with(users.as(official))
                        .with(csrf())
                        .header("Referer", "http://localhost/members?page=1")
                        .param("fullName", "Người Không Được Thêm")
                        .param("branchId", String.valueOf(old.hamlet(0).id())))
                .andExpect(redirectedUrl("/members?page=1"))
                .andReturn();
        FlashMessages.FlashMessage message =
                (FlashMessages.FlashMessage) refused.getFlashMap().get("flashError");
        assertThat(message.key()).isEqualTo("account.readOnly.refused");
        assertThat(message.arguments()).containsExactly("01/07/2025");
        assertThat(demo.count("select count(*) from member")).isEqualTo(before);

        assertThat(messages.getMessage(message.key(), message.arguments(), Locale.forLanguageTag("vi")))
                .isEqualTo("Không lưu được: đơn vị của bạn đã kết thúc hoạt động từ 01/07/2025, tài khoản chỉ còn"
                        + " xem lịch sử. Liên hệ Ban Tổ chức để được chuyển sang đơn vị mới.");

        // a write sent from nowhere goes home; the service refuses it too
        mvc.perform(post("/concerns").with(users.as(official)).with(csrf())).andExpect(redirectedUrl("/"));
        assertThatThrownBy(() -> members.requireWrite(users.actor(official))).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void shouldLetStaffMoveTheAccountToTheNewUnitThroughTheForm() throws Exception {
        long id = demo.account(official);
        AccountService.FormPage form = accounts.formPage(staff, id);
        assertThat(form.scopes())
                .extracting(c -> c.id())
                .contains(merged.id())
                .doesNotContain(old.commune().id());

        AccountForm edit = accounts.editForm(staff, id);
        mvc.perform(post("/accounts/" + id)
                        .with(users.as("tochuc"))
                        .with(csrf())
                        .param("username", edit.username())
                        .param("fullName", "Văn phòng Đảng ủy xã Hợp Nhất")
                        .param("role", Role.COMMUNE_OFFICIAL.name())
                        .param("scopeUnitId", String.valueOf(merged.id()))
                        .param("version", String.valueOf(edit.version())))
                .andExpect(status().is3xxRedirection());

        Actor moved = users.actor(official);
        assertThat(moved.scopeUnitId()).isEqualTo(merged.id());
        assertThat(moved.writes()).isTrue();
        // the new commune holds the old one's past
        assertThat(moved.covers(demo.text(
                        "select path from org_unit where id = ?", old.commune().id())))
                .isTrue();
        assertThat(demo.count(
                        "select count(*) from audit_event where entity_type = 'ACCOUNT' and entity_id = ? and action = 'UPDATED'"
                                + " and username = 'tochuc'",
                        id))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseToMoveAnAccountToAnEndedUnit() {
        long id = demo.account(secretary);
        AccountForm edit = accounts.editForm(staff, id);
        assertThatThrownBy(() -> accounts.update(
                        staff,
                        id,
                        new AccountForm(
                                edit.username(),
                                edit.fullName(),
                                Role.COMMUNE_OFFICIAL,
                                old.commune().id(),
                                "",
                                edit.version())))
                .isInstanceOf(BusinessRuleException.class)
                .hasMessage("account.scopeEnded");
        // a name changed on an account that stays where it is is not a move
        long endedId = demo.account(official);
        AccountForm same = accounts.editForm(staff, endedId);
        accounts.update(
                staff,
                endedId,
                new AccountForm(same.username(), "Tên mới", same.role(), same.scopeUnitId(), "", same.version()));
        assertThat(users.actor(official).fullName()).isEqualTo("Tên mới");
    }

    private String page(String username, String path) throws Exception {
        return pages.html(username, path);
    }
}
