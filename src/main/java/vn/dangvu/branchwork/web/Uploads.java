package vn.dangvu.branchwork.web;

import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import vn.dangvu.branchwork.DocumentUpload;

/** The files of a form as the services take them: named as sent, read only when the service asks. */
final class Uploads {

    private Uploads() {}

    static List<DocumentUpload> of(List<MultipartFile> files) {
        return files == null
                ? List.of()
                : files.stream()
                        .map(f -> new DocumentUpload(f.getOriginalFilename(), f.getSize(), f::getBytes))
                        .toList();
    }
}
