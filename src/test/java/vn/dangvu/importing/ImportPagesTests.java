package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import vn.dangvu.shared.jobs.JobState;
import vn.dangvu.shared.jobs.JobView;
import vn.dangvu.shared.web.FlashMessages;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.JobWaits;

@IntegrationTest
class ImportPagesTests extends DemoDistrictTest {

    @Autowired
    JobWaits jobWaits;

    @Test
    void shouldUploadShowThePreviewAndCancel() throws Exception {
        String csv = "Xã/Thị trấn,Tên chi bộ,Loại chi bộ\nXã Thông Bình,Chi bộ Ấp Bình Thạnh,Ấp\n";
        var result = mvc.perform(multipart("/import")
                        .file(new MockMultipartFile(
                                "file", "chi-bo.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "BRANCHES")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/jobs/*"))
                .andReturn();
        String jobPage = result.getResponse().getRedirectedUrl();
        JobView checked = jobWaits.awaitEnd("tochuc", jobPage);
        assertThat(checked.state()).isEqualTo(JobState.DONE);
        assertThat(checked.messageKey()).isEqualTo("import.checked");
        assertThat(checked.messageArguments()).containsExactly("num:1", "num:0", "num:0", "num:1", "num:0");
        String preview = checked.resultPath();
        assertThat(preview).matches("/import/[0-9a-f-]{36}");
        // the job's page tells the outcome and links to the preview
        mvc.perform(get(jobPage).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Đã kiểm tra 1 dòng: thêm mới 0; cập nhật 0; không đổi 1; lỗi 0.")))
                .andExpect(content().string(containsString("href=\"" + preview + "\"")))
                .andExpect(content().string(containsString("Xem kết quả")));
        mvc.perform(get(preview).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thay đổi")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(preview + "/cancel")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/import"));
        // a preview that is gone answers 404 with the upload page, which says so and asks for the file again
        mvc.perform(get(preview).with(users.as("tochuc")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Bản xem trước đã hết hạn")))
                .andExpect(content().string(containsString("vui lòng tải tệp lên lại")));
    }

    /** After a restart or two hours, *Xác nhận nhập* says that the preview expired; it is no 404 page. */
    @Test
    void shouldAskForTheFileAgainWhenAnExpiredPreviewIsConfirmed() throws Exception {
        String preview = upload(
                "tochuc", "chi-bo.csv", "Xã/Thị trấn,Tên chi bộ,Loại chi bộ\nXã Thông Bình,Chi bộ Ấp Hết Hạn,Ấp\n");
        jdbc.sql("update import_preview set created_at = now() - interval '3 hours' where token = ?::uuid")
                .param(preview.substring("/import/".length()))
                .update();

        mvc.perform(post(preview + "/commit").with(users.as("tochuc")).with(csrf()))
                .andExpect(redirectedUrl("/import"))
                .andExpect(result -> assertThat(result.getFlashMap().get("flashError"))
                        .isInstanceOfSatisfying(
                                FlashMessages.FlashMessage.class,
                                flash -> assertThat(flash.key()).isEqualTo("import.expired")));
        mvc.perform(post("/import/6d1f7a4e-0000-4000-8000-000000000000/commit")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/import"));
        assertThat(jdbc.sql("select count(*) from org_unit where name = 'Chi bộ Ấp Hết Hạn'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    /** Issue 16, item 5: the form says where to go, and names nothing of the other commune's member. */
    @Test
    void shouldLeadToTransfersWhenTheIdNumberIsAnotherCommunesMember() throws Exception {
        long other = demo.memberOf("TH-THC-A1");
        String idNumber = jdbc.sql("select id_number from member where id = ?")
                .param(other)
                .query(String.class)
                .single();
        String name = jdbc.sql("select full_name from member where id = ?")
                .param(other)
                .query(String.class)
                .single();
        mvc.perform(post("/members")
                        .param("fullName", "Trần Văn Khác")
                        .param("birthDate", "01/01/1980")
                        .param("gender", "MALE")
                        .param("idNumber", idNumber)
                        .param("admittedOn", "01/01/2007")
                        .param("group", "FARMER_OTHER")
                        .param("status", "ACTIVE")
                        .param("branchId", String.valueOf(demo.unit("TH-TB-A1")))
                        .param("joinedBranchOn", "01/01/2007")
                        .with(users.as("xa.thongbinh"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("là của một đảng viên đang sinh hoạt ở đơn vị khác")))
                .andExpect(content().string(containsString("href=\"/transfers\"")))
                .andExpect(content().string(not(containsString(name))));
    }

    /** A rule of the member form reads the same on the form and in an import's preview. */
    @Test
    void shouldRefuseAnUnderageMemberWithTheFormsMessage() throws Exception {
        String message = "Ngày vào Đảng phải khi đảng viên đủ 18 tuổi trở lên.";
        long branch = demo.unit("TH-TB-A1");
        mvc.perform(post("/members")
                        .param("fullName", "Trẻ Văn Tuổi")
                        .param("birthDate", "01/01/1990")
                        .param("gender", "MALE")
                        .param("idNumber", "099555000001")
                        .param("admittedOn", "01/01/2007")
                        .param("group", "FARMER_OTHER")
                        .param("status", "ACTIVE")
                        .param("branchId", String.valueOf(branch))
                        .param("joinedBranchOn", "01/01/2007")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));

        String preview = upload(
                "tochuc",
                "tre.csv",
                "Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân,Ngày vào Đảng,Xã/Thị trấn,Chi bộ đang sinh hoạt,"
                        + "Nhóm đảng viên\nTrẻ Văn Tuổi,01/01/1990,Nam,099555000001,01/01/2007,Xã Thông Bình,"
                        + "Chi bộ Ấp Bình Thạnh,Nông dân khác\n");
        mvc.perform(get(preview).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày vào Đảng: " + message)));
    }

    /** A member's trail shows the import that created them, naming the file. */
    @Test
    void shouldShowTheImportInTheMembersTrail() throws Exception {
        String preview = upload(
                "tochuc",
                "nhap-mot-nguoi.csv",
                "Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân,Ngày vào Đảng,Xã/Thị trấn,Chi bộ đang sinh hoạt,"
                        + "Nhóm đảng viên\nPhan Văn Vết,01/01/1980,Nam,099555000002,01/01/2007,Xã Thông Bình,"
                        + "Chi bộ Ấp Bình Thạnh,Nông dân khác\n");
        String jobPage = mvc.perform(
                        post(preview + "/commit").with(users.as("tochuc")).with(csrf()))
                .andExpect(redirectedUrlPattern("/jobs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        JobView written = jobWaits.awaitEnd("tochuc", jobPage);
        assertThat(written.state()).isEqualTo(JobState.DONE);
        assertThat(written.messageKey()).isEqualTo("import.done");
        assertThat(written.messageArguments()).containsExactly("num:1");
        assertThat(written.resultPath()).isEqualTo("/members");
        long id = jdbc.sql("select id from member where id_number = '099555000002'")
                .query(Long.class)
                .single();

        mvc.perform(get("/audit/MEMBER/{id}", id).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhập từ tệp")))
                .andExpect(content().string(containsString("nhap-mot-nguoi.csv: Phan Văn Vết — Chi bộ Ấp Bình Thạnh")));
    }

    /** Uploads the file, follows its check to the end, and returns the preview's page. */
    private String upload(String user, String filename, String csv) throws Exception {
        String jobPage = mvc.perform(multipart("/import")
                        .file(new MockMultipartFile("file", filename, "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", filename.startsWith("chi-bo") ? "BRANCHES" : "MEMBERS")
                        .with(users.as(user))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/jobs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        JobView checked = jobWaits.awaitEnd(user, jobPage);
        assertThat(checked.state()).isEqualTo(JobState.DONE);
        return checked.resultPath();
    }

    @Test
    void shouldTellAboutAWrongFileOnTheUploadPage() throws Exception {
        mvc.perform(multipart("/import")
                        .file(new MockMultipartFile("file", "anh.png", "image/png", new byte[] {1, 2}))
                        .param("kind", "MEMBERS")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/import"))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(get("/import").with(users.as("lanhdao"))).andExpect(status().isForbidden());
    }

    @Test
    void shouldOfferATemplateWithTheHeadersAndAnExampleRow() throws Exception {
        byte[] xlsx = mvc.perform(get("/import/template/members.xlsx").with(users.as("xa.thongbinh")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getRow(0).getLastCellNum())
                    .as("the register's 13 columns (committee seats are dated periods, not columns), probation,"
                            + " the exemption's 6 and the leaving's 6")
                    .isEqualTo((short) 26);
            assertThat(sheet.getRow(0).getCell(13).getStringCellValue()).isEqualTo("Dự bị/Chính thức");
            assertThat(sheet.getRow(0).getCell(25).getStringCellValue()).isEqualTo("Cơ quan quyết định giảm");
            assertThat(sheet.getRow(1).getCell(13).getStringCellValue()).isEqualTo("Chính thức");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn A");
        }
        mvc.perform(get("/members/export.csv").param("branch", "999999").with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Họ và tên")));
    }
}
