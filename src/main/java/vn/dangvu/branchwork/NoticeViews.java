package vn.dangvu.branchwork;

import java.time.LocalDate;
import java.util.List;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.PageView;

/** What the meeting notice pages show. */
public final class NoticeViews {

    private NoticeViews() {}

    /** A branch's coming meetings as announced, and whether the actor announces them. */
    public record NoticesPage(UnitView branch, PageView<NoticeRow> notices, boolean announce) {}

    /** One line of the list ({@code startsAt}: HH:mm or null); a cancelled notice stays on it, marked, so members know. */
    public record NoticeRow(
            long id,
            LocalDate meetsOn,
            String startsAt,
            MeetingKind kind,
            String topic,
            String place,
            boolean cancelled,
            long documents) {}

    /** A document as listed: everything but its bytes. */
    public record DocumentRow(long id, String fileName, String contentType, long sizeBytes, String sha256) {

        /** The size as people read it: kilobytes below a megabyte, else megabytes with one decimal. */
        public String shownSize() {
            return sizeBytes < 1024 * 1024
                    ? Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB"
                    : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024));
        }
    }

    /**
     * One notice with its documents; {@code meetingId}: the branch meeting recorded on its day, once there is
     * one, else null.
     */
    public record NoticeView(
            long id,
            UnitView branch,
            NoticeForm notice,
            Cancellation cancellation,
            List<DocumentRow> documents,
            Long meetingId,
            long version,
            May may) {

        public boolean cancelled() {
            return cancellation != null;
        }
    }

    /** A notice as a member of the branch reads it on their own pages: the meeting, its documents, a cancellation. */
    public record OwnNotice(long id, NoticeForm notice, Cancellation cancellation, List<DocumentRow> documents) {

        public boolean cancelled() {
            return cancellation != null;
        }
    }

    public record Cancellation(java.time.Instant at, String by, String reason) {}

    /** What the actor may do on a notice: change it, its documents and cancel it, while it stands. */
    public record May(boolean change) {}

    /** A notice being changed or cancelled, as stored; a cancelled one is no longer changed. */
    public record NoticeEdit(
            long id, UnitView branch, NoticeForm form, int documents, long version, boolean cancelled) {}

    /** A document to send: the name and type it is sent under, and its bytes. */
    public record DocumentFile(String fileName, String contentType, byte[] content) {}
}
