package vn.dangvu.browser;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes a guide picture only when it looks different from the committed one, so that a build whose pages did
 * not change leaves the sources untouched ({@code git status} clean), while a changed page changes its picture in
 * the same build. The demo moves with today's date, so a few figures and dates differ from one day to the next:
 * a pixel counts as different when one of its channels differs by more than {@link #CHANNEL_TOLERANCE} (the
 * 256-colour palette may pick a neighbouring shade for the same colour), and the picture is rewritten when more
 * than {@link #CHANGED_SHARE} of its pixels differ, or its size did. Measured on the demo: a day's changed dates
 * and figures touch 0.07–0.19 % of a picture; a new link on the sign-in page touched 6.3 %.
 */
final class GuidePictures {

    static final int CHANNEL_TOLERANCE = 32;
    static final double CHANGED_SHARE = 0.005;

    private GuidePictures() {}

    /**
     * Writes {@code png} to {@code source} when it differs visibly from the picture there (or none is there), and
     * whichever picture is kept to {@code built}. Returns whether the source was rewritten.
     */
    static boolean write(byte[] png, Path source, Path built) throws IOException {
        boolean changed = !Files.exists(source) || visiblyDifferent(read(Files.readAllBytes(source)), read(png));
        if (changed) {
            Files.write(source, png);
        }
        Files.copy(source, built, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return changed;
    }

    static boolean visiblyDifferent(BufferedImage committed, BufferedImage taken) {
        if (committed == null
                || committed.getWidth() != taken.getWidth()
                || committed.getHeight() != taken.getHeight()) {
            return true;
        }
        int width = taken.getWidth();
        int height = taken.getHeight();
        int[] before = committed.getRGB(0, 0, width, height, null, 0, width);
        int[] after = taken.getRGB(0, 0, width, height, null, 0, width);
        long allowed = (long) (CHANGED_SHARE * before.length);
        long differing = 0;
        for (int i = 0; i < before.length; i++) {
            if (channelDistance(before[i], after[i]) > CHANNEL_TOLERANCE && ++differing > allowed) {
                return true;
            }
        }
        return false;
    }

    private static int channelDistance(int a, int b) {
        int red = Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff));
        int green = Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff));
        int blue = Math.abs((a & 0xff) - (b & 0xff));
        return Math.max(red, Math.max(green, blue));
    }

    /** The decoded picture, or null when the committed file is no picture (then it is rewritten). */
    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
