package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.dangvu.shared.web.FlashMessages.FlashMessage;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/** A form sent twice with its one-time token (a double tap on Save) is saved once and answered alike. */
@IntegrationTest
class FormSubmissionPagesTests extends DemoDistrictTest {

    /** A repeat goes where the first went, naming its submission so that the page can show the message. */
    private static final String REPEAT = "(\\?repeated=[A-Za-z0-9_-]+)?";

    private static final Pattern TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");

    @Test
    void shouldSaveOneMeetingForTwoConcurrentPostsOfOneForm() throws Exception {
        long branch = demo.unit("TH-TB-A1");
        String token = formToken("bithu", "/branches/{id}/meetings", branch);
        String topic = "Hai lần bấm Lưu " + token;

        List<MvcResult> answers = concurrently(
                2,
                () -> sent(post("/branches/{id}/meetings", branch), "bithu", token)
                        .param("heldOn", "02/01/2025")
                        .param("kind", "REGULAR")
                        .param("topic", topic));

        assertThat(demo.count("select count(*) from meeting where topic = ?", topic))
                .isEqualTo(1);
        long meeting = demo.count("select id from meeting where topic = ?", topic);
        for (MvcResult answer : answers) {
            assertThat(answer.getResponse().getStatus()).isEqualTo(302);
            assertThat(answer.getResponse().getRedirectedUrl()).matches("/meetings/" + meeting + REPEAT);
            assertThat(((FlashMessage) answer.getFlashMap().get("flashSuccess")).key())
                    .isEqualTo("meeting.created");
        }
        assertThat(demo.count("select replays from form_submission where token = ?", token))
                .isEqualTo(1);

        // a third copy long after the first is answered the same way, and saves nothing either
        MvcResult third = mvc.perform(sent(post("/branches/{id}/meetings", branch), "bithu", token)
                        .param("heldOn", "02/01/2025")
                        .param("kind", "REGULAR")
                        .param("topic", topic))
                .andReturn();
        assertThat(third.getResponse().getRedirectedUrl()).isEqualTo("/meetings/" + meeting + "?repeated=" + token);
        assertThat(demo.count("select count(*) from meeting where topic = ?", topic))
                .isEqualTo(1);

        // the page a repeat is sent to shows the first answer's message, read from the submission, to its
        // owner only (the page the browser dropped may have taken the session's copy)
        assertThat(mvc.perform(get("/meetings/{id}", meeting)
                                .param("repeated", token)
                                .with(users.as("bithu")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Đã ghi buổi sinh hoạt.");
        assertThat(mvc.perform(get("/meetings/{id}", meeting)
                                .param("repeated", token)
                                .with(users.as("tochuc")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("Đã ghi buổi sinh hoạt.");
    }

    @Test
    void shouldCreateOneMemberForTwoConcurrentPostsAndNotSayTheIdNumberIsTaken() throws Exception {
        String token = formToken("tochuc", "/members/new");
        String idNumber = String.format("0991%08d", System.nanoTime() % 100_000_000);

        List<MvcResult> answers = concurrently(
                2,
                () -> sent(post("/members"), "tochuc", token)
                        .param("fullName", "Lâm Văn Hai Lần")
                        .param("birthDate", "3/4/1985")
                        .param("gender", "MALE")
                        .param("idNumber", idNumber)
                        .param("admittedOn", "5/6/2010")
                        .param("group", "FARMER_OTHER")
                        .param("branchId", String.valueOf(demo.unit("TH-TB-A1")))
                        .param("joinedBranchOn", "5/6/2010"));

        assertThat(demo.count("select count(*) from member where id_number = ?", idNumber))
                .isEqualTo(1);
        long member = demo.count("select id from member where id_number = ?", idNumber);
        for (MvcResult answer : answers) {
            assertThat(answer.getResponse().getRedirectedUrl()).matches("/members/" + member + REPEAT);
            FlashMessage flash = (FlashMessage) answer.getFlashMap().get("flashSuccess");
            assertThat(flash.key()).isEqualTo("member.created");
            assertThat(flash.arguments()).containsExactly("Lâm Văn Hai Lần");
        }
    }

    @Test
    void shouldProposeOneTransferForTwoConcurrentPostsAndNotSayOneIsAlreadyOpen() throws Exception {
        var commune = fixtures.commune(2);
        long member = fixtures.member("Phan Văn Hai Lần", commune.hamlet(0), null, null);
        // an internal transfer is the grassroots committee's: its official starts it
        String official = fixtures.account(staff, vn.dangvu.shared.Role.COMMUNE_OFFICIAL, commune.commune());
        String token = token(mvc.perform(get("/transfers/new")
                        .param("member", String.valueOf(member))
                        .with(users.as(official)))
                .andReturn());

        List<MvcResult> answers = concurrently(
                2,
                () -> sent(post("/transfers"), official, token)
                        .param("memberId", String.valueOf(member))
                        .param("kind", "INTERNAL")
                        .param("toBranchId", String.valueOf(commune.hamlet(1).id()))
                        .param("reason", "Về nơi cư trú"));

        assertThat(demo.count("select count(*) from transfer where member_id = ?", member))
                .isEqualTo(1);
        long transfer = demo.count("select id from transfer where member_id = ?", member);
        expectSameSuccess(answers, token, "/transfers/" + transfer, "transfer.created");
    }

    @Test
    void shouldGiveOneDutyForTwoConcurrentPosts() throws Exception {
        long branch = demo.unit("TH-TB-A1");
        long member = demo.count("select min(id) from member where branch_id = ? and status = 'ACTIVE'", branch);
        String token = formToken("bithu", "/branches/{id}/duties", branch);
        String title = "Phụ trách tổ tự quản " + token;

        List<MvcResult> answers = concurrently(
                2,
                () -> sent(post("/branches/{id}/duties", branch), "bithu", token)
                        .param("year", "2025")
                        .param("memberId", String.valueOf(member))
                        .param("field", "Dân vận")
                        .param("title", title));

        assertThat(demo.count("select count(*) from duty where title = ?", title))
                .isEqualTo(1);
        expectSameSuccess(
                answers, token, "/branches/" + branch + "/duties?year=2025#member-" + member, "duty.assigned");
    }

    @Test
    void shouldRecordOneRecognitionForTwoConcurrentPosts() throws Exception {
        long member = demo.count(
                "select min(id) from member where branch_id = ? and status = 'ACTIVE'", demo.unit("TH-TB-A1"));
        String token = formToken("tochuc", "/recognitions");
        String reason = "Vận động hiến đất làm đường " + token;

        List<MvcResult> answers = concurrently(
                2,
                () -> sent(post("/recognitions"), "tochuc", token)
                        .param("kind", "COMMENDATION")
                        .param("memberId", String.valueOf(member))
                        .param("decidedOn", "10/03/2025")
                        .param("decidedBy", "Đảng ủy xã")
                        .param("reason", reason));

        assertThat(demo.count("select count(*) from recognition where reason = ?", reason))
                .isEqualTo(1);
        expectSameSuccess(answers, token, "/recognitions", "recognition.created");
    }

    @Test
    void shouldRecordOneConcernForTwoConcurrentPosts() throws Exception {
        long branch = demo.unit("TH-TB-A1");
        String token = formToken("bithu", "/concerns");
        String topic = "Đèn đường hỏng " + token;

        List<MvcResult> answers = concurrently(
                2,
                () -> sent(post("/concerns"), "bithu", token)
                        .param("branchId", String.valueOf(branch))
                        .param("residentName", "Hộ ông Năm")
                        .param("topic", topic)
                        .param("raisedOn", "11/03/2025"));

        assertThat(demo.count("select count(*) from concern where topic = ?", topic))
                .isEqualTo(1);
        expectSameSuccess(answers, token, "/concerns", "concern.created");
    }

    @Test
    void shouldLetAFormShownAgainWithErrorsBeSentAgain() throws Exception {
        long branch = demo.unit("TH-TB-A2");
        String token = formToken("tochuc", "/branches/{id}/meetings", branch);
        String topic = "Sửa rồi lưu " + token;

        MvcResult refused =
                mvc.perform(meeting(branch, token, "31/02/2025", topic)).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString()).contains("Ngày 31/02/2025 không tồn tại.");
        String again = token(refused);
        assertThat(again).isNotEqualTo(token);
        assertThat(demo.count("select count(*) from form_submission where token = ?", token))
                .isZero();

        // the page shown again carries a new token; the old one, which saved nothing, works too
        MvcResult saved =
                mvc.perform(meeting(branch, token, "28/02/2025", topic)).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(demo.count("select count(*) from meeting where topic = ?", topic))
                .isEqualTo(1);

        // the same token with other values (the form changed after going back) is another submission
        MvcResult other = mvc.perform(meeting(branch, token, "28/02/2025", topic + " (2)"))
                .andReturn();
        assertThat(other.getResponse().getStatus()).isEqualTo(302);
        assertThat(other.getResponse().getRedirectedUrl())
                .isNotEqualTo(saved.getResponse().getRedirectedUrl());
        assertThat(demo.count("select count(*) from meeting where topic = ?", topic + " (2)"))
                .isEqualTo(1);
    }

    @Test
    void shouldGiveEveryPostFormATokenButNotTheSignInAndSignOutForms() throws Exception {
        String page = mvc.perform(
                        get("/branches/{id}/meetings", demo.unit("TH-TB-A1")).with(users.as("bithu")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher meetingForm = Pattern.compile(
                        "<form[^>]*action=\"/branches/\\d+/meetings\"[^>]*method=\"post\"[\\s\\S]*?</form>")
                .matcher(page);
        assertThat(meetingForm.find()).isTrue();
        assertThat(meetingForm.group()).contains("name=\"_csrf\"", "name=\"formToken\"");
        Matcher logout =
                Pattern.compile("<form[^>]*action=\"/logout\"[\\s\\S]*?</form>").matcher(page);
        assertThat(logout.find()).isTrue();
        assertThat(logout.group()).contains("name=\"_csrf\"").doesNotContain("formToken");
        assertThat(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString())
                .contains("name=\"_csrf\"")
                .doesNotContain("formToken");
    }

    /** Both copies went where the first save sent the user, with its success message. */
    private void expectSameSuccess(List<MvcResult> answers, String token, String redirectedTo, String successKey) {
        assertThat(answers).hasSize(2);
        assertThat(demo.count("select replays from form_submission where token = ?", token))
                .as("the second copy answered as the first")
                .isEqualTo(1);
        for (MvcResult answer : answers) {
            assertThat(answer.getResponse().getStatus()).isEqualTo(302);
            // a repeat names its submission in the query, before the fragment
            assertThat(answer.getResponse().getRedirectedUrl().replaceFirst("[?&]repeated=[A-Za-z0-9_-]+", ""))
                    .isEqualTo(redirectedTo);
            assertThat(answer.getFlashMap().get("flashError")).isNull();
            assertThat(((FlashMessage) answer.getFlashMap().get("flashSuccess")).key())
                    .isEqualTo(successKey);
        }
    }

    private MockHttpServletRequestBuilder meeting(long branch, String token, String heldOn, String topic) {
        return sent(post("/branches/{id}/meetings", branch), "tochuc", token)
                .param("heldOn", heldOn)
                .param("kind", "REGULAR")
                .param("topic", topic);
    }

    /** Sends {@code copies} copies of the request at the same moment and returns every answer. */
    private List<MvcResult> concurrently(int copies, Callable<MockHttpServletRequestBuilder> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(copies);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MvcResult>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < copies; i++) {
                MockHttpServletRequestBuilder copy = request.call();
                answers.add(threads.submit(() -> {
                    start.await();
                    return mvc.perform(copy).andReturn();
                }));
            }
            start.countDown();
            List<MvcResult> results = new java.util.ArrayList<>();
            for (Future<MvcResult> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** The form token of the page at {@code path} as {@code user} reads it. */
    private String formToken(String user, String path, Object... uriVariables) throws Exception {
        return token(mvc.perform(get(path, uriVariables).with(users.as(user))).andReturn());
    }

    /** {@code request} as {@code user} sends it from a form that holds {@code token}. */
    private MockHttpServletRequestBuilder sent(MockHttpServletRequestBuilder request, String user, String token) {
        return request.with(users.as(user)).with(csrf()).param("formToken", token);
    }

    private static String token(MvcResult page) throws Exception {
        Matcher token = TOKEN.matcher(page.getResponse().getContentAsString());
        assertThat(token.find()).as("a form token on the page").isTrue();
        return token.group(1);
    }
}
