package vn.dangvu.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/** The member form as a browser sends it: every error of a badly filled form in one round. */
@IntegrationTest
class MemberFormPagesTests extends DemoDistrictTest {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Autowired
    MessageSource messages;

    @Test
    void shouldReportEveryBadFieldOfTheMemberFormInOneRound() throws Exception {
        MvcResult result = mvc.perform(postAs("tochuc", "/members")
                        .param("fullName", "")
                        .param("birthDate", "31/02/2020")
                        .param("idNumber", "123")
                        .param("partyCardNumber", "x".repeat(21))
                        .param("admittedOn", "01/01/2010")
                        .param("fullMemberOn", "01/01/2009")
                        .param("group", "RETIRED")
                        .param("position", "p".repeat(201))
                        .param("branchId", String.valueOf(demo.unit("TH-TB-A1")))
                        .param("joinedBranchOn", "abc"))
                .andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(fieldErrors(result))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "fullName", "Không được để trống.",
                        "birthDate", "Ngày 31/02/2020 không tồn tại.",
                        "gender", "Vui lòng nhập hoặc chọn.",
                        "idNumber", "Số định danh phải gồm đúng 12 chữ số.",
                        "partyCardNumber", "Độ dài phải từ 0 đến 20 ký tự.",
                        "fullMemberOn", "Ngày chính thức không được trước ngày vào Đảng.",
                        "position", "Độ dài phải từ 0 đến 200 ký tự.",
                        "joinedBranchOn", "Ngày không hợp lệ; hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/01/2019."));
        String page = result.getResponse().getContentAsString();
        assertThat(page)
                .contains(
                        "value=\"31/02/2020\"",
                        "value=\"abc\"",
                        "value=\"01/01/2010\"",
                        "<a href=\"#birthDate\">Ngày sinh: Ngày 31/02/2020 không tồn tại.</a>",
                        "<a href=\"#fullMemberOn\">Ngày chính thức: Ngày chính thức không được trước ngày vào Đảng.</a>",
                        "<a href=\"#gender\">Giới tính: Vui lòng nhập hoặc chọn.</a>",
                        "Các ô có dấu * là bắt buộc.");
        assertThat(page.split("aria-invalid=\"true\"", -1)).hasSize(8 + 1);
        assertThat(demo.count("select count(*) from member where id_number = '123'"))
                .isZero();
    }

    @Test
    void shouldReportATakenIdNumberTogetherWithTheDatesOfTheSameForm() throws Exception {
        String taken = demo.text("select id_number from member order by id limit 1");
        MvcResult result = mvc.perform(postAs("tochuc", "/members")
                        .param("fullName", "Trần Văn Trùng Số")
                        .param("birthDate", "12/5/1990")
                        .param("gender", "MALE")
                        .param("idNumber", taken)
                        .param("admittedOn", "1/1/2000")
                        .param("group", "RETIRED")
                        .param("branchId", String.valueOf(demo.unit("TH-TB-A1")))
                        .param("joinedBranchOn", "30/02/2021"))
                .andReturn();

        assertThat(fieldErrors(result))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "idNumber", "Số định danh này đã có trong hệ thống.",
                        "admittedOn", "Ngày vào Đảng phải khi đảng viên đủ 18 tuổi trở lên.",
                        "joinedBranchOn", "Ngày 30/02/2021 không tồn tại."));
    }

    @Test
    void shouldMarkTheRequiredFieldsOfTheEmptyForm() throws Exception {
        String page = mvc.perform(get("/members/new").with(users.as("tochuc")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String required : new String[] {"fullName", "idNumber", "birthDate", "admittedOn", "group", "branchId"}) {
            assertThat(tag(page, required)).as(required).contains("aria-required=\"true\"");
        }
        for (String optional : new String[] {"partyCardNumber", "fullMemberOn", "position", "workplace"}) {
            assertThat(tag(page, optional)).as(optional).doesNotContain("aria-required");
        }
        assertThat(page)
                .contains("<label class=\"form-label\" for=\"fullName\"><span>Họ và tên</span>"
                        + "<span class=\"required-mark\" aria-hidden=\"true\">*</span></label>");
        assertThat(page).contains("Các ô có dấu * là bắt buộc.").doesNotContain("aria-invalid");
    }

    /** The input or select with this id. */
    static String tag(String page, String id) {
        java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<(input|select)[^>]*\\bid=\"" + id + "\"[^>]*>")
                .matcher(page);
        assertThat(tag.find()).as("a field " + id).isTrue();
        return tag.group();
    }

    /** Each field in error with its message as the page shows it. */
    private Map<String, String> fieldErrors(MvcResult result) {
        BindingResult binding =
                (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "memberForm");
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.merge(error.getField(), messages.getMessage(error, VIETNAMESE), (a, b) -> a + " | " + b);
        }
        return errors;
    }
}
