package vn.dangvu.branchwork;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import vn.dangvu.branchwork.loading.NoticeLoader;

/** The doorway to what {@link NoticeService} records for loaders, next to its screens' rules. */
@Component
@Validated
@Transactional
@RequiredArgsConstructor
class DefaultNoticeLoader implements NoticeLoader {

    private final NoticeService notices;

    @Override
    public long recordNotice(long branchId, NoticeForm form, List<DocumentUpload> documents, String by) {
        return notices.record(branchId, form, documents, by);
    }
}
