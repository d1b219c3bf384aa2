package vn.dangvu.branchwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.StatementCounter;

@IntegrationTest
class BranchWorkPagesTests extends DemoDistrictTest {

    @Autowired
    MeetingService meetings;

    @Autowired
    StatementCounter statements;

    @Test
    void shouldTakeAttendanceFromThePhoneScreen() throws Exception {
        var commune = fixtures.commune(1);
        long a = fixtures.member("Võ Thị Điểm Danh", commune.hamlet(0), commune.hamlet(0), null);
        long b = fixtures.member("Võ Văn Vắng", commune.hamlet(0), commune.hamlet(0), null);
        long id = meetings.create(
                users.actor("tochuc"),
                commune.hamlet(0).id(),
                new MeetingForm(LocalDate.of(2025, 3, 5), MeetingKind.REGULAR, "Thường kỳ tháng 3", null));
        mvc.perform(get("/meetings/{id}", id).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Võ Thị Điểm Danh")))
                .andExpect(content().string(containsString("Chưa điểm danh")));

        mvc.perform(postAs("tochuc", "/meetings/{id}/attendance", id)
                        .param("version", "0")
                        .param("rows[0].memberId", String.valueOf(a))
                        .param("rows[0].status", "PRESENT")
                        .param("rows[0].spoke", "true")
                        .param("rows[0].directingTone", "true")
                        .param("rows[0].note", "Giọng chỉ đạo")
                        .param("rows[1].memberId", String.valueOf(b))
                        .param("rows[1].status", "ABSENT"))
                .andExpect(redirectedUrl("/meetings/" + id));

        var view = meetings.get(users.actor("tochuc"), id);
        assertThat(view.attendance())
                .filteredOn(r -> r.member().id() == a)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.spoke()).isTrue();
                    assertThat(r.directingTone()).isTrue();
                    assertThat(r.contributed()).isFalse();
                });
        assertThat(view.attendance())
                .filteredOn(r -> r.member().id() == b)
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(AttendanceStatus.ABSENT));
    }

    @Test
    void shouldKeepTypedRatingsWhenTheQuotaIsExceeded() throws Exception {
        var commune = fixtures.commune(1);
        long a = fixtures.member("Hoàng Văn Xuất Sắc", commune.hamlet(0), commune.hamlet(0), null);
        long b = fixtures.member("Hoàng Thị Cũng Xuất Sắc", commune.hamlet(0), commune.hamlet(0), null);
        mvc.perform(postAs(
                                "tochuc",
                                "/branches/{id}/evaluations",
                                commune.hamlet(0).id())
                        .param("year", "2024")
                        .param("rows[0].memberId", String.valueOf(a))
                        .param("rows[0].commune", "EXCELLENT")
                        .param("rows[1].memberId", String.valueOf(b))
                        .param("rows[1].commune", "EXCELLENT"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tối đa 0 đảng viên (20% của 2 đảng viên được tính)")))
                .andExpect(content().string(containsString("<option value=\"EXCELLENT\" selected=\"selected\"")));
    }

    @Test
    void shouldDrawBranchWorkPagesWithAFixedNumberOfStatements() throws Exception {
        var commune = fixtures.commune(1);
        fixtures.member("Một Mình", commune.hamlet(0), commune.hamlet(0), null);
        long small = commune.hamlet(0).id();
        long big = demo.unit("TH-TB-A1");
        int year = LocalDate.now().getYear() - 1;
        assertThat(statementsOf("/branches/" + big + "/duties?year=" + year))
                .isEqualTo(statementsOf("/branches/" + small + "/duties?year=" + year));
        assertThat(statementsOf("/branches/" + big + "/evaluations?year=" + year))
                .isEqualTo(statementsOf("/branches/" + small + "/evaluations?year=" + year));
        assertThat(statementsOf("/branchwork?year=" + year + "&commune=" + demo.unit("TH-TB")))
                .isEqualTo(statementsOf("/branchwork?year=" + year + "&commune="
                        + commune.commune().id()))
                .isLessThanOrEqualTo(10); // with the session store's statements and the meetings missed (one)
    }

    /**
     * A commune built so that each column gives another order: the agency branch has four members, three
     * of them leaders; hamlet 1 one member; hamlet 2 three members, one a leader; hamlet 3 two leaders.
     */
    @Test
    void shouldSortTheDistrictViewByTheChosenColumnLargestFirst() throws Exception {
        var commune = fixtures.commune(3);
        var agency = commune.agency();
        fixtures.member("Lê Văn Cơ Quan", agency, commune.hamlet(0), null);
        for (String name : List.of("Lê Văn Lãnh Đạo Một", "Lê Văn Lãnh Đạo Hai", "Lê Văn Lãnh Đạo Ba")) {
            fixtures.leader(name, agency, commune.hamlet(0));
        }
        fixtures.member("Mai Văn Một Mình", commune.hamlet(0), commune.hamlet(0), null);
        fixtures.member("Mai Văn Hai", commune.hamlet(1), commune.hamlet(1), null);
        fixtures.member("Mai Văn Ba", commune.hamlet(1), commune.hamlet(1), null);
        fixtures.leader("Mai Văn Lãnh Đạo", commune.hamlet(1), commune.hamlet(1));
        fixtures.leader("Mai Thị Lãnh Đạo Một", commune.hamlet(2), commune.hamlet(2));
        fixtures.leader("Mai Thị Lãnh Đạo Hai", commune.hamlet(2), commune.hamlet(2));

        assertThat(branchesSortedBy(commune.commune().id(), "members"))
                .containsExactly("Chi bộ Cơ quan xã", "Chi bộ Ấp 2", "Chi bộ Ấp 3", "Chi bộ Ấp 1");
        assertThat(branchesSortedBy(commune.commune().id(), "leadersWithoutDuty"))
                .containsExactly("Chi bộ Cơ quan xã", "Chi bộ Ấp 3", "Chi bộ Ấp 2", "Chi bộ Ấp 1");
    }

    /** The branch names of the overview of one commune last year, top to bottom, sorted by a column. */
    private List<String> branchesSortedBy(long commune, String column) throws Exception {
        String page = mvc.perform(get("/branchwork")
                        .param("year", String.valueOf(LocalDate.now().getYear() - 1))
                        .param("commune", String.valueOf(commune))
                        .param("sort", column)
                        .with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("sort=" + column + "\" aria-sort=\"descending\"")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher branch = Pattern.compile("<a href=\"/branches/\\d+/duties[^\"]*\">([^<]+)</a>")
                .matcher(page);
        List<String> names = new ArrayList<>();
        while (branch.find()) {
            names.add(branch.group(1));
        }
        return names;
    }

    /**
     * The statements of a page drawn a second time: the first drawing may fill a cache for the whole app (the
     * rating rules, the sheets), which depends on which test class ran before this one.
     */
    private long statementsOf(String path) throws Exception {
        mvc.perform(get(path).with(users.as("tochuc"))).andExpect(status().isOk());
        statements.reset();
        mvc.perform(get(path).with(users.as("tochuc"))).andExpect(status().isOk());
        return statements.count();
    }
}
