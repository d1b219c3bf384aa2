package vn.dangvu.importing;

/**
 * The preview asked for is no longer there: it expired, was confirmed or cancelled already, or never
 * existed. The user is asked to upload the file again.
 */
public class PreviewExpiredException extends ImportFailedException {
    public PreviewExpiredException() {
        super("import.expired");
    }
}
