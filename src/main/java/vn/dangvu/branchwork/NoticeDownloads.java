package vn.dangvu.branchwork;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a notice's document is sent, whoever downloads it (the branch's staff, or a member on their own pages):
 * always a download, under the type the upload check found, so that a browser never shows an uploaded file
 * inside the app's pages, nor guesses another type for it, nor runs anything in it.
 */
public final class NoticeDownloads {

    private NoticeDownloads() {}

    public static ResponseEntity<byte[]> attachment(NoticeViews.DocumentFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }
}
