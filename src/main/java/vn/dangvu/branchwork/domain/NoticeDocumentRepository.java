package vn.dangvu.branchwork.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NoticeDocumentRepository extends JpaRepository<NoticeDocument, Long> {

    Optional<NoticeDocument> findByIdAndNoticeId(long id, long noticeId);

    /** Removes a document without reading its bytes first. */
    @Modifying
    @Query("delete from NoticeDocument d where d.id = :id and d.noticeId = :noticeId")
    int deleteFromNotice(long id, long noticeId);
}
