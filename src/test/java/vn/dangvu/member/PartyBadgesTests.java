package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.member.loading.MemberLoader;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ForbiddenException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

/**
 * Party badges for a commune whose members were admitted on known days, read for 2/9/2025 and 7/11/2025:
 * who is due which badge, Party age less a gap between two official periods, the rules of an award.
 */
@IntegrationTest
class PartyBadgesTests extends DemoDistrictTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    @Autowired
    PartyBadges badges;

    @Autowired
    MemberLoader loader;

    @Autowired
    MemberService members;

    @Autowired
    AccountLoader accounts;

    Fixtures.Commune commune;
    Actor official;
    String officialName;
    long thirty;
    long notYet;
    long fortyFive;
    long fifty;
    long fiftyAwarded;
    long withGap;

    /*
     * Admitted on (full member a year later unless said):
     *   A 02/09/1995: 30 years on 02/09/2025, the award day itself          due 30
     *   B 03/09/1995: 30 years the day after                                not due
     *   C 10/05/1980: 45 years on 10/05/2025                                due 45 (the highest reached)
     *   D 01/01/1975: 50 years on 01/01/2025                                due 50
     *   E 01/01/1975, badge of 50 years already awarded                     not due
     *   F 01/03/1995, out of Party activity 01/03/1996–01/10/1996 (214 days): 30 years on 01/10/2025
     *                                                                       not due on 2/9, due on 7/11
     *   G 01/01/1990, never recognised as a full member                     not due
     *   H 01/01/1970, died                                                  not due
     */
    @BeforeEach
    void buildACommune() {
        commune = fixtures.commune(2);
        UnitView a1 = commune.hamlet(0);
        thirty = member("Anh", a1, LocalDate.of(1995, 9, 2), LocalDate.of(1996, 9, 2));
        notYet = member("Bình", a1, LocalDate.of(1995, 9, 3), LocalDate.of(1996, 9, 3));
        fortyFive = member("Cường", a1, LocalDate.of(1980, 5, 10), LocalDate.of(1981, 5, 10));
        fifty = member("Dũng", a1, LocalDate.of(1975, 1, 1), LocalDate.of(1976, 1, 1));
        fiftyAwarded = member("Em", a1, LocalDate.of(1975, 1, 1), LocalDate.of(1976, 1, 1));
        withGap = member("Phúc", a1, LocalDate.of(1995, 3, 1), LocalDate.of(1996, 3, 1));
        members.moveToBranch(withGap, commune.hamlet(1).id(), LocalDate.of(1996, 3, 1), null);
        jdbc.sql("update membership_period set started_on = ? where member_id = ? and ended_on is null")
                .params(LocalDate.of(1996, 10, 1), withGap)
                .update();
        member("Giang", a1, LocalDate.of(1990, 1, 1), null);
        long died = member("Hùng", a1, LocalDate.of(1970, 1, 1), LocalDate.of(1971, 1, 1));
        jdbc.sql("update membership_period set ended_on = ? where member_id = ? and ended_on is null")
                .params(LocalDate.of(2020, 1, 1), died)
                .update();
        jdbc.sql("update member set status = 'LEFT', left_reason = 'DECEASED', left_on = ? where id = ?")
                .params(LocalDate.of(2020, 1, 1), died)
                .update();
        officialName = "xa.huyhieu" + SERIAL.incrementAndGet();
        accounts.createSystemAccount(
                officialName,
                "mat-khau-123",
                "Cán bộ xã",
                Role.COMMUNE_OFFICIAL,
                commune.commune().id());
        official = users.actor(officialName);
        badges.award(
                official,
                fiftyAwarded,
                new BadgeForm(
                        50, LocalDate.of(2025, 2, 3), "12-QĐ/TU", LocalDate.of(2025, 1, 20), "Ban Thường vụ Tỉnh ủy"));
    }

    @Test
    void shouldListWhoIsDueOnTheAwardDayWithTheHighestMilestone() {
        BadgeViews.DuePage page = badges.due(official, BadgeOccasion.NATIONAL_DAY, 2025, 0);

        assertThat(page.awardDay()).isEqualTo(LocalDate.of(2025, 9, 2));
        assertThat(page.milestones()).containsExactly(30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90);
        assertThat(page.page().total()).isEqualTo(3);
        assertThat(page.page().items())
                .extracting(
                        BadgeViews.Due::memberId,
                        BadgeViews.Due::years,
                        BadgeViews.Due::partyAge,
                        BadgeViews.Due::reachedOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(fifty, 50, 50, LocalDate.of(2025, 1, 1)),
                        org.assertj.core.groups.Tuple.tuple(fortyFive, 45, 45, LocalDate.of(2025, 5, 10)),
                        org.assertj.core.groups.Tuple.tuple(thirty, 30, 30, LocalDate.of(2025, 9, 2)));
    }

    @Test
    void shouldLeaveTheTimeOutOfPartyActivityOutOfThePartyAge() {
        BadgeViews.DuePage november = badges.due(official, BadgeOccasion.OCTOBER_REVOLUTION, 2025, 0);

        assertThat(november.page().items())
                .filteredOn(d -> d.memberId() == withGap)
                .singleElement()
                .satisfies(d -> {
                    assertThat(d.interruptedDays()).isEqualTo(214);
                    assertThat(d.reachedOn()).isEqualTo(LocalDate.of(2025, 10, 1));
                    assertThat(d.years()).isEqualTo(30);
                    assertThat(d.partyAge()).isEqualTo(30);
                });
        // B reached 30 years on 03/09/2025, so by 7/11 four members are due
        assertThat(november.page().items())
                .extracting(BadgeViews.Due::memberId)
                .containsExactlyInAnyOrder(fifty, fortyFive, thirty, notYet, withGap);
    }

    @Test
    void shouldRefuseAnAwardThatBreaksTheRules() {
        assertThat(messages(() -> badges.award(official, fiftyAwarded, award(50, 2025, 9, 2))))
                .containsExactly("badge.alreadyAwarded");
        assertThat(messages(() -> badges.award(official, thirty, award(40, 2025, 9, 2))))
                .containsExactly("badge.notReached");
        assertThat(messages(() -> badges.award(official, thirty, award(35, 2025, 9, 2))))
                .containsExactly("badge.notMilestone");
        assertThat(messages(() -> badges.award(
                        official,
                        thirty,
                        new BadgeForm(30, LocalDate.of(2025, 9, 2), "1-QĐ", LocalDate.of(2025, 9, 3), "Đảng ủy xã"))))
                .containsExactly("badge.decisionAfterAward");
        assertThatThrownBy(() -> badges.award(users.actor("lanhdao"), thirty, award(30, 2025, 9, 2)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> badges.award(users.actor("xa.thongbinh"), thirty, award(30, 2025, 9, 2)))
                .isInstanceOf(NotFoundException.class);
        assertThat(jdbc.sql("select count(*) from party_badge_award where member_id = ?")
                        .param(thirty)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void shouldRecordAnAwardAuditedAndTakeTheMemberOffTheList() throws Exception {
        mvc.perform(post("/members/{id}/badges", thirty)
                        .param("years", "30")
                        .param("awardedOn", "02/09/2025")
                        .param("decisionNumber", "25-QĐ/ĐU")
                        .param("decisionDate", "25/08/2025")
                        .param("decisionBody", "Ban Thường vụ Đảng ủy xã")
                        .with(users.as(officialName))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/badges/awarded"));

        assertThat(badges.due(official, BadgeOccasion.NATIONAL_DAY, 2025, 0)
                        .page()
                        .items())
                .extracting(BadgeViews.Due::memberId)
                .containsExactly(fifty, fortyFive);
        assertThat(badges.awarded(official, 0).items())
                .extracting(BadgeViews.Awarded::memberId, BadgeViews.Awarded::years, BadgeViews.Awarded::decisionNumber)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(thirty, 30, "25-QĐ/ĐU"),
                        org.assertj.core.groups.Tuple.tuple(fiftyAwarded, 50, "12-QĐ/TU"));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'MEMBER' and entity_id = ?"
                                + " and action = 'BADGE_AWARDED'")
                        .param(thirty)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void shouldShowTheListAndWriteItsWorkbook() throws Exception {
        MvcResult page = mvc.perform(get("/badges")
                        .param("occasion", "NATIONAL_DAY")
                        .param("year", "2025")
                        .with(users.as(officialName)))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString())
                .contains("Đảng Viên Dũng")
                .contains("Huy hiệu 50 năm tuổi đảng")
                .contains("02/09/2025")
                .doesNotContain("Đảng Viên Bình");

        MvcResult file = mvc.perform(get("/badges.xlsx")
                        .param("occasion", "NATIONAL_DAY")
                        .param("year", "2025")
                        .with(users.as(officialName)))
                .andReturn();
        try (XSSFWorkbook book =
                new XSSFWorkbook(new ByteArrayInputStream(file.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheet("Huy hiệu Đảng");
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(4);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Đảng Viên Dũng");
            assertThat(first.getCell(4).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(1975, 1, 1));
            assertThat(first.getCell(8).getNumericCellValue()).isEqualTo(50);
        }
    }

    @Test
    void shouldShowThisYearWhenTheYearCannotBeUsed() throws Exception {
        MvcResult page = mvc.perform(get("/badges").param("year", "abc").with(users.as(officialName)))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("&quot;abc&quot; không phải là một năm");
    }

    private static BadgeForm award(int years, int year, int month, int day) {
        LocalDate on = LocalDate.of(year, month, day);
        return new BadgeForm(years, on, "1-QĐ", on.minusDays(10), "Đảng ủy xã");
    }

    private static List<String> messages(Runnable command) {
        try {
            command.run();
        } catch (BusinessRuleException e) {
            return e.violations().stream().map(v -> v.code()).toList();
        }
        throw new AssertionError("not refused");
    }

    private long member(String name, UnitView branch, LocalDate admitted, LocalDate full) {
        MemberForm base = MemberForms.form("Đảng Viên " + name, branch.id());
        MemberForm form = new MemberForm(
                base.fullName(),
                LocalDate.of(1940, 1, 1),
                base.gender(),
                base.idNumber(),
                null,
                admitted,
                full,
                base.group(),
                base.position(),
                base.workplace(),
                branch.id(),
                admitted,
                null,
                base.status(),
                null);
        return loader.register(form, admitted);
    }
}
