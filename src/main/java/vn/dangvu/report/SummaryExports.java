package vn.dangvu.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.jobs.JobFile;
import vn.dangvu.shared.jobs.JobOutcome;
import vn.dangvu.shared.jobs.JobProgress;
import vn.dangvu.shared.jobs.JobView;
import vn.dangvu.shared.jobs.Jobs;
import vn.dangvu.shared.web.Downloads;
import vn.dangvu.shared.web.LocalDateFormatter;

/**
 * The summary's .xlsx and .docx written as background jobs (issue 23): the page answers at once with the
 * job's page, which counts the file's parts done (the figures, each sheet, the file) and ends with the
 * file to download, for the user who asked only. The files are the same as the direct downloads'
 * ({@code /reports/summary.xlsx}, {@code .docx}), written by the same writers from the same summary.
 */
@Service
@RequiredArgsConstructor
public class SummaryExports {

    /** The two exports, each a job kind of its own: a user writes one workbook and one document at a time. */
    public enum Format {
        XLSX("summary.xlsx", Downloads.XLSX, "tong-hop-%s.xlsx"),
        DOCX("summary.docx", Downloads.DOCX, "bao-cao-%s.docx");

        private final String jobKind;
        private final String contentType;
        private final String filename;

        Format(String jobKind, String contentType, String filename) {
            this.jobKind = jobKind;
            this.contentType = contentType;
            this.filename = filename;
        }

        /** The name the file is saved under, for the summary as of {@code asOf}. */
        public String filename(LocalDate asOf) {
            return filename.formatted(asOf);
        }

        public String contentType() {
            return contentType;
        }
    }

    private final ReportService reports;
    private final ReportPolicy policy;
    private final SummaryWorkbook workbook;
    private final SummaryDocument document;
    private final Jobs jobs;

    /**
     * Starts writing the summary as of {@code asOf} (member changes from {@code from}) in the user's
     * language; returns the job's id. Refused at once to whoever may not read the summary, and while the
     * actor writes another file of the format.
     */
    public long start(Actor actor, Format format, LocalDate from, LocalDate asOf, Locale locale) {
        policy.requireReadSummary(actor);
        String back = "/reports/summary?asOf=" + LocalDateFormatter.DISPLAY.format(asOf) + "&from="
                + LocalDateFormatter.DISPLAY.format(from);
        return jobs.start(actor, format.jobKind, null, back, progress -> {
            progress.total(1);
            Summary summary = reports.summary(actor, from, asOf);
            progress.total(1 + (format == Format.XLSX ? SummaryWorkbook.parts(summary) : SummaryDocument.PARTS));
            progress.advance(1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                write(format, summary, locale, out, progress);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String filename = format.filename(summary.asOf());
            return JobOutcome.of("report.export.done", filename)
                    .withFile(new JobFile(filename, format.contentType(), out.toByteArray()));
        });
    }

    /** The actor's export that is queued or running, if any. */
    public Optional<JobView> running(Actor actor) {
        return jobs.active(actor, List.of(Format.XLSX.jobKind, Format.DOCX.jobKind));
    }

    private void write(Format format, Summary summary, Locale locale, ByteArrayOutputStream out, JobProgress progress)
            throws IOException {
        switch (format) {
            case XLSX -> workbook.write(summary, locale, out, progress);
            case DOCX -> document.write(summary, locale, out, progress);
        }
    }
}
