package vn.dangvu.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.dangvu.branchwork.BranchWorkViews;
import vn.dangvu.shared.jobs.JobProgress;
import vn.dangvu.shared.web.LocalDateFormatter;
import vn.dangvu.transfer.CampaignService;
import vn.dangvu.transfer.CampaignViews;
import vn.dangvu.transfer.CohortKind;

/**
 * A drafted report section (.docx) that writes the summary's figures into prose in the style of the
 * district's report, for staff to edit: "đã giải thể 09/09 chi bộ cơ quan xã, thị trấn, chuyển 285 đảng
 * viên … về sinh hoạt đảng tại 38 chi bộ ấp, khóm".
 */
@Component
@RequiredArgsConstructor
public class SummaryDocument {

    private final MessageSource messages;

    public void write(Summary summary, Locale locale, OutputStream out) throws IOException {
        write(summary, locale, out, JobProgress.NONE);
    }

    /** The parts {@link #write(Summary, Locale, OutputStream, JobProgress)} advances by: the text, then the file. */
    static final long PARTS = 2;

    /** As {@link #write(Summary, Locale, OutputStream)}, advancing {@code progress} once drafted and once written. */
    void write(Summary summary, Locale locale, OutputStream out, JobProgress progress) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun titleRun = title.createRun();
            titleRun.setBold(true);
            titleRun.setFontSize(14);
            titleRun.setFontFamily("Times New Roman");
            titleRun.setText(text(locale, "report.docx.title", summary.scope().name()));

            paragraph(document, text(locale, "report.docx.asOf", LocalDateFormatter.DISPLAY.format(summary.asOf())));
            for (CampaignService.CampaignFigures f : summary.campaigns()) {
                CampaignViews.Progress t = f.progress().total();
                if (f.campaign().cohortKind() == CohortKind.AGENCY_BRANCHES) {
                    paragraph(
                            document,
                            text(
                                    locale,
                                    "report.docx.agencyWave",
                                    f.campaign().directiveNumber(),
                                    String.format("%02d", t.agencyDissolved()),
                                    String.format("%02d", t.agencyBranches()),
                                    t.moved(),
                                    t.receivingBranches()));
                } else {
                    String group = f.campaign().memberGroup() == null
                            ? ""
                            : text(locale, "enum.MemberGroup." + f.campaign().memberGroup())
                                    .toLowerCase(locale);
                    paragraph(
                            document,
                            text(locale, "report.docx.groupWave", f.campaign().directiveNumber(), t.moved(), group));
                }
            }
            paragraph(document, text(locale, "report.docx.total", summary.totalMoved()));
            BranchWorkViews.DutyCoverage d = summary.duties();
            paragraph(
                    document,
                    text(
                            locale,
                            "report.docx.duties",
                            summary.asOf().getYear(),
                            d.withDuty(),
                            d.members(),
                            d.leadersWithDuty(),
                            d.leaders(),
                            d.leadersWithoutDuty()));
            BranchWorkViews.MeetingFigures m = summary.meetings();
            paragraph(
                    document,
                    text(
                            locale,
                            "report.docx.meetings",
                            m.meetings(),
                            m.cadreAttendanceRate(),
                            m.othersAttendanceRate(),
                            m.directingTone(),
                            m.liaisonVisits()));
            var e = summary.engagement();
            paragraph(
                    document,
                    text(
                            locale,
                            "report.docx.engagement",
                            e.get("commendations"),
                            e.get("reminders"),
                            e.get("concerns_raised"),
                            e.get("concerns_resolved"),
                            e.get("concerns_overdue"),
                            e.get("dialogues"),
                            e.get("follow_ups_open")));
            progress.advance(1);
            document.write(out);
            progress.advance(1);
        }
    }

    private static void paragraph(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setFirstLineIndent(567);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(14);
        run.setText(text);
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
