package vn.dangvu.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dangvu.DangVuApplication;
import vn.dangvu.shared.Actor;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;
import vn.dangvu.support.MemberForms;

/** Behind a load balancer: an upload checked on one app instance is confirmed on another, once. */
@IntegrationTest
class ImportAcrossInstancesTests extends DemoDistrictTest {

    @Autowired
    ImportService imports;

    @Autowired
    DataSource dataSource;

    @Test
    void shouldCommitOnOneInstanceAPreviewUploadedOnAnother() throws Exception {
        Actor staff = users.actor("tochuc");
        String first = MemberForms.form("x", 1).idNumber();
        String second = MemberForms.form("x", 1).idNumber();
        String csv = "Họ và tên,Ngày sinh,Giới tính,Số định danh cá nhân,Ngày vào Đảng,Xã/Thị trấn,"
                + "Chi bộ đang sinh hoạt,Nhóm đảng viên\n"
                + "Lý Văn Một,01/01/1980,Nam," + first
                + ",01/01/2005,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,Nông dân khác\n"
                + "Lý Thị Hai,02/02/1982,Nữ," + second
                + ",01/01/2006,Xã Thông Bình,Chi bộ Ấp Bình Thạnh,Nông dân khác\n";
        String url = ((HikariDataSource) dataSource.unwrap(HikariDataSource.class)).getJdbcUrl();

        ImportPreview preview = imports.upload(
                staff,
                ImportKind.MEMBERS,
                "hai-nguoi.csv",
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(imports.preview(staff, preview.token(), 0, false).newRows()).isEqualTo(2);

        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(DangVuApplication.class)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--dangvu.demo=false")) {
            ImportService elsewhere = other.getBean(ImportService.class);
            assertThat(elsewhere
                            .preview(staff, preview.token(), 0, false)
                            .rows()
                            .items())
                    .extracting(RowOutcome::label)
                    .containsExactly("Lý Văn Một", "Lý Thị Hai");

            assertThat(elsewhere.commit(staff, preview.token())).isEqualTo(2);
        }

        // confirmed once: a second confirmation, here on the first instance, finds the preview gone
        assertThatThrownBy(() -> imports.commit(staff, preview.token())).isInstanceOf(PreviewExpiredException.class);
        assertThat(demo.count("select count(*) from member where id_number in (?, ?)", first, second))
                .isEqualTo(2);
        assertThat(demo.count(
                        "select count(*) from audit_event a join member m on a.entity_type = 'MEMBER'"
                                + " and a.entity_id = m.id where m.id_number in (?, ?) and a.action = 'IMPORTED'",
                        first,
                        second))
                .isEqualTo(2);
    }
}
