package vn.dangvu.demo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.dangvu.branchwork.DocumentUpload;
import vn.dangvu.branchwork.MeetingKind;
import vn.dangvu.branchwork.NoticeForm;
import vn.dangvu.branchwork.loading.NoticeLoader;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;

/**
 * The next regular meeting of Chi bộ Ấp Bình Thạnh announced to its members, with the invitation as a small
 * PDF: what the notice pages (and later a member's phone) show in the demo.
 */
@Component
@RequiredArgsConstructor
class DemoNotices {

    static final String BRANCH_CODE = "TH-TB-A1";

    private final OrganisationService organisation;
    private final NoticeLoader notices;

    /** The notice of the meeting the demo plans on the 5th of next month (see {@link DemoBranchWork}). */
    void load(UnitView district, LocalDate today) {
        UnitView branch = organisation.subtreeOfKinds(district.path(), EnumSet.of(UnitKind.HAMLET), true).stream()
                .filter(u -> BRANCH_CODE.equals(u.code()))
                .findFirst()
                .orElseThrow();
        LocalDate meetsOn = today.withDayOfMonth(1).plusMonths(1).withDayOfMonth(5);
        notices.recordNotice(
                branch.id(),
                new NoticeForm(
                        meetsOn,
                        LocalTime.of(7, 30),
                        "Hội trường Ấp Bình Thạnh",
                        MeetingKind.REGULAR,
                        "Đánh giá kết quả tháng, triển khai nhiệm vụ tháng tới",
                        "Đảng viên đọc trước dự thảo nghị quyết tháng và chuẩn bị ý kiến đóng góp."),
                List.of(DocumentUpload.of(
                        "giay-moi-sinh-hoat-chi-bo.pdf",
                        pdf(List.of(
                                "CHI BO AP BINH THANH",
                                "GIAY MOI SINH HOAT CHI BO THUONG KY",
                                "Thoi gian: 7 gio 30, ngay " + meetsOn.getDayOfMonth() + "/" + meetsOn.getMonthValue()
                                        + "/" + meetsOn.getYear(),
                                "Dia diem: Hoi truong Ap Binh Thanh",
                                "Noi dung: Danh gia ket qua thang, trien khai nhiem vu thang toi")))),
                "demo");
    }

    /**
     * A one-page PDF with the lines in Helvetica (the standard fonts carry no Vietnamese marks, so the
     * lines are written without them), its cross-reference table giving each object's offset.
     */
    static byte[] pdf(List<String> lines) {
        StringBuilder text = new StringBuilder("BT /F1 14 Tf 72 770 Td 20 TL\n");
        for (String line : lines) {
            text.append('(')
                    .append(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
                    .append(") Tj T*\n");
        }
        text.append("ET\n");
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + text.length() + " >>\nstream\n" + text + "endstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.4\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
        write(
                out,
                table + "trailer\n<< /Size " + (objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" + xref
                        + "\n%%EOF\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
