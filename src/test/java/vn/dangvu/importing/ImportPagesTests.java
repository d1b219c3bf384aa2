package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
import org.springframework.test.web.servlet.MockMvc;
import vn.dangvu.support.DemoUsers;
import vn.dangvu.support.IntegrationTest;

@IntegrationTest
class ImportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Test
    void shouldUploadShowThePreviewAndCancel() throws Exception {
        String csv = "Xã/Thị trấn,Tên chi bộ,Loại chi bộ\nXã Thông Bình,Chi bộ Ấp Bình Thạnh,Ấp\n";
        var result = mvc.perform(multipart("/import")
                        .file(new MockMultipartFile(
                                "file", "chi-bo.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "BRANCHES")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/import/*"))
                .andReturn();
        String preview = result.getResponse().getRedirectedUrl();
        mvc.perform(get(preview).with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không thay đổi")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(preview + "/cancel")
                        .with(users.as("tochuc"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/import"));
        mvc.perform(get(preview).with(users.as("tochuc"))).andExpect(status().isNotFound());
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
                    .as("the register's 15 columns")
                    .isEqualTo((short) 15);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Nguyễn Văn A");
        }
        mvc.perform(get("/members/export.csv").param("branch", "999999").with(users.as("tochuc")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Họ và tên")));
    }
}
