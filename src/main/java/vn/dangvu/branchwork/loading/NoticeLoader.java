package vn.dangvu.branchwork.loading;

import jakarta.validation.Valid;
import java.util.List;
import vn.dangvu.branchwork.DocumentUpload;
import vn.dangvu.branchwork.NoticeForm;

/**
 * Meeting notices recorded by the system (the demo district): each passes the rules of the notice form and
 * of the document upload (a day not passed, a branch meeting, files of the types taken, at most 10 MB) and
 * leaves the audit entries they leave.
 */
public interface NoticeLoader {

    /** A notice of a coming meeting with its documents; its id. */
    long recordNotice(long branchId, @Valid NoticeForm form, List<DocumentUpload> documents, String by);
}
