package vn.dangvu.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.report.ReportService;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/**
 * Corrections and removals on a commune built by hand, all in 2024 and read as of 31/12/2024: two
 * commendations and a reminder; three concerns of the first hamlet (one raised on 20/12/2024, so not yet
 * overdue, one forwarded); a dialogue on 15/03/2024 with a follow-up due 15/05/2024 and one due in 2025,
 * and a reception on 01/10/2024 with a follow-up due 01/11/2024. Every figure below is counted by hand
 * from that list.
 */
@IntegrationTest
class EngagementCorrectionTests extends DemoDistrictTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    @Autowired
    EngagementService engagement;

    @Autowired
    ReportService reports;

    @Autowired
    AccountLoader accounts;

    String official;
    String secretary;
    Fixtures.Commune commune;
    long memberA;
    long memberB;
    long commendationOfA;
    long commendationOfBranch;
    long reminderOfB;
    long overdueConcern;
    long recentConcern;
    long forwardedConcern;
    long dialogue;
    long reception;
    long dueInMay;
    long dueIn2025;
    long dueInNovember;

    @BeforeEach
    void buildACommune() {
        int n = SERIAL.incrementAndGet();
        commune = fixtures.commune(2);
        memberA = fixtures.member("Người Được Khen", commune.hamlet(0), commune.hamlet(0), 2023);
        memberB = fixtures.member("Người Bị Nhắc", commune.hamlet(1), commune.hamlet(1), 2023);
        official = "xa.sua" + n;
        accounts.createSystemAccount(
                official,
                "mat-khau-123",
                "Cán bộ xã sửa",
                Role.COMMUNE_OFFICIAL,
                commune.commune().id());
        secretary = "bithu.sua" + n;
        accounts.createSystemAccount(
                secretary,
                "mat-khau-123",
                "Bí thư ấp sửa",
                Role.BRANCH_SECRETARY,
                commune.hamlet(0).id());

        commendationOfA = engagement.recognise(
                staff,
                new EngagementForms.RecognitionForm(
                        RecognitionKind.COMMENDATION,
                        memberA,
                        null,
                        LocalDate.of(2024, 5, 10),
                        "Đảng ủy xã",
                        null,
                        "Vận động hiến đất"));
        commendationOfBranch = engagement.recognise(
                staff,
                new EngagementForms.RecognitionForm(
                        RecognitionKind.COMMENDATION,
                        null,
                        commune.hamlet(1).id(),
                        LocalDate.of(2024, 6, 1),
                        "Đảng ủy xã",
                        "12-QĐ/ĐU",
                        "Chi bộ sinh hoạt đều"));
        reminderOfB = engagement.recognise(
                staff,
                new EngagementForms.RecognitionForm(
                        RecognitionKind.REMINDER,
                        memberB,
                        null,
                        LocalDate.of(2024, 7, 1),
                        "Đảng ủy xã",
                        null,
                        "Vắng sinh hoạt"));

        long hamlet = commune.hamlet(0).id();
        overdueConcern = engagement.raise(
                staff,
                new EngagementForms.ConcernForm(hamlet, null, "Bà Tư", "Đèn đường", null, LocalDate.of(2024, 3, 1)));
        recentConcern = engagement.raise(
                staff,
                new EngagementForms.ConcernForm(
                        hamlet, null, "Ông Năm", "Cống nước", null, LocalDate.of(2024, 12, 20)));
        forwardedConcern = engagement.raise(
                staff,
                new EngagementForms.ConcernForm(hamlet, null, "Chị Sáu", "Nước sạch", null, LocalDate.of(2024, 4, 1)));
        engagement.forward(staff, forwardedConcern, 0);

        dialogue = session(SessionKind.DIALOGUE, LocalDate.of(2024, 3, 15), "Đối thoại với bí thư chi bộ");
        dueInMay = followUp(dialogue, "Sửa đèn đường", "Văn phòng", LocalDate.of(2024, 5, 15));
        dueIn2025 = followUp(dialogue, "Làm cống", "Ấp 1", LocalDate.of(2025, 12, 31));
        reception = session(SessionKind.RECEPTION, LocalDate.of(2024, 10, 1), "Tiếp công dân tháng 10");
        dueInNovember = followUp(reception, "Trả lời bà con", "Văn phòng", LocalDate.of(2024, 11, 1));

        assertThat(figures()).as("as built").containsExactlyEntriesOf(figures(2, 1, 3, 0, 2, 3, 0, 2, 1, 1));
    }

    @Test
    void shouldCorrectAndRemoveRecognitionsAndCountWhatIsLeft() throws Exception {
        mvc.perform(get("/recognitions/{id}/edit", reminderOfB).with(users.as(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vắng sinh hoạt")));
        mvc.perform(post("/recognitions/{id}", reminderOfB)
                        .param("kind", "COMMENDATION")
                        .param("decidedOn", "01/07/2024")
                        .param("decidedBy", "Đảng ủy xã")
                        .param("decision", "")
                        .param("reason", "Vắng sinh hoạt")
                        .param("version", "0")
                        .with(users.as(official))
                        .with(csrf()))
                .andExpect(redirectedUrl("/recognitions"))
                .andExpect(flash().attribute("flashSuccess", org.hamcrest.Matchers.notNullValue()));
        assertThat(audit("RECOGNITION", reminderOfB, "UPDATED")).containsExactly("kind: REMINDER → COMMENDATION");
        assertThat(figures()).containsEntry("commendations", 3L).containsEntry("reminders", 0L);

        // the confirmation page shows what goes and removes nothing
        mvc.perform(get("/recognitions/{id}/delete", commendationOfA).with(users.as(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vận động hiến đất")))
                .andExpect(content().string(containsString("Người Được Khen")));
        assertThat(removed("recognition", commendationOfA)).isEqualTo("not removed");
        // a removal needs a reason: the page comes back with the message
        mvc.perform(post("/recognitions/{id}/delete", commendationOfA)
                        .param("reason", " ")
                        .param("version", "0")
                        .with(users.as(official))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vui lòng ghi lý do xóa.")));
        assertThat(removed("recognition", commendationOfA)).isEqualTo("not removed");

        // a double tap removes once, and both taps answer with the success of the first
        for (int tap = 0; tap < 2; tap++) {
            mvc.perform(post("/recognitions/{id}/delete", commendationOfA)
                            .param("reason", "Ghi nhầm người")
                            .param("version", "0")
                            .with(users.as(official))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/recognitions"))
                    .andExpect(flash().attributeExists("flashSuccess"))
                    .andExpect(flash().attributeCount(1));
        }
        assertThat(removed("recognition", commendationOfA)).isEqualTo(official + " | Ghi nhầm người");
        assertThat(audit("RECOGNITION", commendationOfA, "REMOVED"))
                .containsExactly("removalReason: Ghi nhầm người; kind: COMMENDATION; decidedOn: 2024-05-10;"
                        + " decidedBy: Đảng ủy xã; reason: Vận động hiến đất");
        assertThat(figures()).containsEntry("commendations", 2L).containsEntry("reminders", 0L);
        assertThat(listed("/recognitions", Map.of("kind", "COMMENDATION", "from", "01/01/2024", "to", "31/12/2024")))
                .isEqualTo(2);
        // a removed record is gone for its pages too
        mvc.perform(get("/recognitions/{id}/edit", commendationOfA).with(users.as(official)))
                .andExpect(status().isNotFound());
    }

    @Test
    void shouldRefuseCorrectionsToOtherRolesAndScopes() throws Exception {
        for (String page : new String[] {"/recognitions/{id}/edit", "/recognitions/{id}/delete"}) {
            mvc.perform(get(page, commendationOfBranch).with(users.as(secretary)))
                    .andExpect(status().isForbidden());
            mvc.perform(get(page, commendationOfBranch).with(users.as("xa.tanhoco")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(removal("/recognitions/{id}/delete", commendationOfBranch, "Thử", 0)
                        .with(users.as(secretary)))
                .andExpect(status().isForbidden());
        mvc.perform(removal("/recognitions/{id}/delete", commendationOfBranch, "Thử", 0)
                        .with(users.as("xa.tanhoco")))
                .andExpect(status().isNotFound());
        mvc.perform(removal("/concerns/{id}/delete", recentConcern, "Thử", 0).with(users.as("lanhdao")))
                .andExpect(status().isForbidden());
        mvc.perform(removal("/concerns/{id}/delete", recentConcern, "Thử", 0).with(users.as("xa.tanhoco")))
                .andExpect(status().isNotFound());
        // a branch secretary corrects their hamlet's concerns only until they are forwarded
        mvc.perform(get("/concerns/{id}/edit", forwardedConcern).with(users.as(secretary)))
                .andExpect(status().isForbidden());
        mvc.perform(removal("/concerns/{id}/delete", forwardedConcern, "Thử", 1).with(users.as(secretary)))
                .andExpect(status().isForbidden());
        mvc.perform(removal("/sessions/{id}/delete", dialogue, "Thử", 0).with(users.as(secretary)))
                .andExpect(status().isForbidden());
        mvc.perform(removal("/follow-ups/{id}/delete", dueInMay, "Thử", 0)
                        .param("session", String.valueOf(dialogue))
                        .with(users.as("xa.tanhoco")))
                .andExpect(status().isNotFound());
        assertThat(figures()).as("nothing changed").containsExactlyEntriesOf(figures(2, 1, 3, 0, 2, 3, 0, 2, 1, 1));
    }

    @Test
    void shouldCorrectAndRemoveConcerns() throws Exception {
        // the hamlet's secretary corrects an open concern of their hamlet
        mvc.perform(post("/concerns/{id}", recentConcern)
                        .param("branchId", String.valueOf(commune.hamlet(0).id()))
                        .param("residentName", "Ông Năm")
                        .param("topic", "Cống thoát nước bị tắc")
                        .param("details", "")
                        .param("raisedOn", "20/12/2024")
                        .param("version", "0")
                        .with(users.as(secretary))
                        .with(csrf()))
                .andExpect(redirectedUrl("/concerns"));
        assertThat(audit("CONCERN", recentConcern, "UPDATED"))
                .containsExactly("topic: Cống nước → Cống thoát nước bị tắc");

        mvc.perform(removal("/concerns/{id}/delete", overdueConcern, "Trùng với ý kiến khác", 0)
                        .with(users.as(official)))
                .andExpect(redirectedUrl("/concerns"))
                .andExpect(flash().attributeExists("flashSuccess"));
        assertThat(removed("concern", overdueConcern)).isEqualTo(official + " | Trùng với ý kiến khác");
        assertThat(audit("CONCERN", overdueConcern, "REMOVED"))
                .containsExactly("removalReason: Trùng với ý kiến khác; branchId: "
                        + commune.hamlet(0).id()
                        + "; residentName: Bà Tư; topic: Đèn đường; raisedOn: 2024-03-01; status: OPEN");
        assertThat(figures())
                .containsEntry("concerns_raised", 2L)
                .containsEntry("concerns_overdue", 1L)
                .containsEntry("concerns_resolved", 0L);
        assertThat(listed("/concerns", Map.of("overdue", "true", "asOf", "31/12/2024")))
                .isEqualTo(1);
        assertThat(listed("/concerns", Map.of("raisedFrom", "01/01/2024", "raisedTo", "31/12/2024")))
                .isEqualTo(2);
    }

    @Test
    void shouldCorrectAndRemoveFollowUpsAndSessions() throws Exception {
        mvc.perform(post("/follow-ups/{id}", dueInMay)
                        .param("description", "Sửa đèn đường")
                        .param("owner", "Văn phòng")
                        .param("dueOn", "15/01/2025")
                        .param("doneOn", "")
                        .param("version", "0")
                        .with(users.as(official))
                        .with(csrf()))
                .andExpect(redirectedUrl("/sessions/" + dialogue));
        assertThat(audit("FOLLOW_UP", dueInMay, "UPDATED")).containsExactly("dueOn: 2024-05-15 → 2025-01-15");
        assertThat(figures()).containsEntry("follow_ups_open", 3L).containsEntry("follow_ups_overdue", 1L);

        mvc.perform(removal("/follow-ups/{id}/delete", dueInNovember, "Đã gộp vào việc khác", 0)
                        .param("session", String.valueOf(reception))
                        .with(users.as(official)))
                .andExpect(redirectedUrl("/sessions/" + reception));
        assertThat(figures())
                .containsEntry("follow_ups_open", 2L)
                .containsEntry("follow_ups_overdue", 0L)
                .containsEntry("receptions", 1L);

        // the session's page says which follow-ups go with it
        mvc.perform(get("/sessions/{id}/delete", dialogue).with(users.as(official)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sửa đèn đường")))
                .andExpect(content().string(containsString("Làm cống")));
        mvc.perform(removal("/sessions/{id}/delete", dialogue, "Ghi trùng buổi", 0)
                        .with(users.as(official)))
                .andExpect(redirectedUrl("/sessions"));
        assertThat(removed("engagement_session", dialogue)).isEqualTo(official + " | Ghi trùng buổi");
        assertThat(figures()).containsExactlyEntriesOf(figures(2, 1, 3, 0, 2, 0, 0, 0, 0, 1));
        mvc.perform(get("/sessions/{id}", dialogue).with(users.as(official))).andExpect(status().isNotFound());
        mvc.perform(get("/follow-ups/{id}/edit", dueIn2025).with(users.as(official)))
                .andExpect(status().isNotFound());
        assertThat(listed("/follow-ups", Map.of("state", "OPEN", "asOf", "31/12/2024")))
                .isZero();
    }

    /** A correction made over someone else's says whose change it met and shows what is stored now. */
    @Test
    void shouldSayWhoseChangeACorrectionMet() throws Exception {
        engagement.forward(staff, recentConcern, 0); // tochuc moves it on: version 1
        mvc.perform(post("/concerns/{id}", recentConcern)
                        .param("branchId", String.valueOf(commune.hamlet(0).id()))
                        .param("residentName", "Ông Năm")
                        .param("topic", "Cống nước khu chợ")
                        .param("raisedOn", "20/12/2024")
                        .param("version", "0")
                        .with(users.as(official))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("tochuc đã thay đổi bản ghi này lúc")))
                .andExpect(content().string(containsString("Nội dung hiện đang lưu")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(audit("CONCERN", recentConcern, "UPDATED")).isEmpty();

        // the same correction saved twice (a double tap) is done once and is no conflict
        for (int tap = 0; tap < 2; tap++) {
            mvc.perform(post("/concerns/{id}", recentConcern)
                            .param("branchId", String.valueOf(commune.hamlet(0).id()))
                            .param("residentName", "Ông Năm")
                            .param("topic", "Cống nước khu chợ")
                            .param("raisedOn", "20/12/2024")
                            .param("version", "1")
                            .with(users.as(official))
                            .with(csrf()))
                    .andExpect(redirectedUrl("/concerns"));
        }
        assertThat(audit("CONCERN", recentConcern, "UPDATED")).containsExactly("topic: Cống nước → Cống nước khu chợ");
    }

    private MockHttpServletRequestBuilder removal(String path, long id, String reason, long version) {
        return post(path, id)
                .param("reason", reason)
                .param("version", String.valueOf(version))
                .with(csrf());
    }

    private Map<String, Long> figures() {
        return reports.summary(users.actor(official), AS_OF).engagement();
    }

    private static Map<String, Long> figures(
            long commendations,
            long reminders,
            long raised,
            long resolved,
            long overdue,
            long open,
            long done,
            long followUpsOverdue,
            long dialogues,
            long receptions) {
        Map<String, Long> figures = new java.util.LinkedHashMap<>();
        figures.put("commendations", commendations);
        figures.put("reminders", reminders);
        figures.put("concerns_raised", raised);
        figures.put("concerns_resolved", resolved);
        figures.put("concerns_overdue", overdue);
        figures.put("follow_ups_open", open);
        figures.put("follow_ups_done", done);
        figures.put("follow_ups_overdue", followUpsOverdue);
        figures.put("dialogues", dialogues);
        figures.put("receptions", receptions);
        return figures;
    }

    /** The details of a record's audit entries with this action, oldest first. */
    private java.util.List<String> audit(String type, long id, String action) {
        return jdbc.sql(
                        "select details from audit_event where entity_type = ? and entity_id = ? and action = ? order by id")
                .params(type, id, action)
                .query(String.class)
                .list();
    }

    /** "who | why" of a removed row, or "not removed". */
    private String removed(String table, long id) {
        return demo.text(
                "select case when removed_at is null then 'not removed' else removed_by || ' | ' || removal_reason end"
                        + " from " + table + " where id = ?",
                id);
    }

    /** The rows a list shows the commune's official over all its pages. */
    private long listed(String path, Map<String, String> params) throws Exception {
        MockHttpServletRequestBuilder request = get(path).with(users.as(official));
        params.forEach(request::param);
        var page = (vn.dangvu.shared.PageView<?>) mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("page");
        return page.total();
    }

    /** A session of the commune held by the district staff. */
    private long session(SessionKind kind, LocalDate heldOn, String topic) {
        return engagement.hold(
                staff, new EngagementForms.SessionForm(kind, commune.commune().id(), heldOn, topic, null, null));
    }

    private long followUp(long session, String description, String owner, LocalDate dueOn) {
        return engagement.addFollowUp(staff, session, new EngagementForms.FollowUpForm(description, owner, dueOn));
    }
}
