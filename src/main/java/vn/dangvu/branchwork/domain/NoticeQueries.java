package vn.dangvu.branchwork.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.dangvu.branchwork.NoticeViews;

/** What the notice pages read: a branch's coming notices, a notice's documents (never their bytes). */
@Component
@RequiredArgsConstructor
public class NoticeQueries {

    private final JdbcClient jdbc;

    /** The notices of meetings on or after {@code from}, the nearest first. */
    public List<NoticeViews.NoticeRow> upcoming(long branchId, LocalDate from, int limit, long offset) {
        return jdbc.sql("""
                        select n.id, n.meets_on as "meetsOn", n.starts_at as "startsAt", n.kind, n.topic, n.place,
                               n.cancelled_at is not null as cancelled,
                               (select count(*) from meeting_notice_document d where d.notice_id = n.id) as documents
                        from meeting_notice n
                        where n.branch_id = :branch and n.meets_on >= :from
                        order by n.meets_on, n.starts_at nulls first, n.id limit :limit offset :offset""")
                .param("branch", branchId)
                .param("from", from)
                .param("limit", limit)
                .param("offset", offset)
                .query(NoticeViews.NoticeRow.class)
                .list();
    }

    public long countUpcoming(long branchId, LocalDate from) {
        return jdbc.sql("select count(*) from meeting_notice where branch_id = :branch and meets_on >= :from")
                .param("branch", branchId)
                .param("from", from)
                .query(Long.class)
                .single();
    }

    public List<NoticeViews.DocumentRow> documents(long noticeId) {
        return jdbc.sql("""
                        select id, file_name as "fileName", content_type as "contentType", size_bytes as "sizeBytes", sha256
                        from meeting_notice_document where notice_id = :notice order by id""")
                .param("notice", noticeId)
                .query(NoticeViews.DocumentRow.class)
                .list();
    }

    public Optional<NoticeViews.DocumentRow> document(long noticeId, long documentId) {
        return jdbc.sql("""
                        select id, file_name as "fileName", content_type as "contentType", size_bytes as "sizeBytes", sha256
                        from meeting_notice_document where notice_id = :notice and id = :id""")
                .param("notice", noticeId)
                .param("id", documentId)
                .query(NoticeViews.DocumentRow.class)
                .optional();
    }

    /** The branch meeting (not its committee's) recorded on the notice's day: what the notice announced. */
    public Optional<Long> meetingOn(long branchId, LocalDate day) {
        return jdbc.sql("""
                        select id from meeting where branch_id = :branch and held_on = :day and removed_at is null
                          and kind <> 'COMMITTEE' order by id limit 1""")
                .param("branch", branchId)
                .param("day", day)
                .query(Long.class)
                .optional();
    }
}
