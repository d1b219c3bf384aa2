package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A guide picture is rewritten only when it looks different: 1280×800 has 1,024,000 pixels, so up to 5,120
 * pixels (0.5 %) may differ by more than 32 in a channel before the committed picture is replaced.
 */
class GuidePicturesTests {

    @TempDir
    Path folder;

    Path source;
    Path built;
    byte[] committed;

    @BeforeEach
    void commitAPicture() throws IOException {
        source = folder.resolve("page-desktop.png");
        built = folder.resolve("built.png");
        committed = png(page());
        Files.write(source, committed);
        Files.setLastModifiedTime(source, FileTime.fromMillis(1_000_000_000_000L));
    }

    @Test
    void shouldLeaveAnIdenticalPictureUntouched() throws IOException {
        byte[] again = GuideScreenshotBrowserTests.smallPng(page());
        assertThat(again).as("encoded otherwise, same pixels").isNotEqualTo(committed);

        assertThat(GuidePictures.write(again, source, built)).isFalse();

        assertThat(Files.readAllBytes(source)).isEqualTo(committed);
        assertThat(Files.getLastModifiedTime(source).toMillis()).isEqualTo(1_000_000_000_000L);
        assertThat(Files.readAllBytes(built))
                .as("the build carries the committed picture")
                .isEqualTo(committed);
    }

    @Test
    void shouldLeaveAPictureWhoseDatesMovedUntouched() throws IOException {
        BufferedImage nextDay = page();
        paint(nextDay, 80, 64, Color.BLACK); // 5,120 pixels: a day's dates and figures, at the limit
        shade(nextDay, 32); // and the palette's neighbouring shades everywhere

        assertThat(GuidePictures.write(png(nextDay), source, built)).isFalse();
        assertThat(Files.readAllBytes(source)).isEqualTo(committed);
    }

    @Test
    void shouldRewriteAPictureOfAChangedPage() throws IOException {
        BufferedImage changed = page();
        paint(changed, 80, 65, Color.BLACK); // 5,200 pixels: past the limit
        byte[] taken = png(changed);

        assertThat(GuidePictures.write(taken, source, built)).isTrue();

        assertThat(Files.readAllBytes(source)).isEqualTo(taken);
        assertThat(Files.readAllBytes(built)).isEqualTo(taken);
    }

    @Test
    void shouldRewriteAPictureOfAnotherSizeOrOneNotThereYet() throws IOException {
        byte[] phone = png(new BufferedImage(360, 640, BufferedImage.TYPE_INT_RGB));
        assertThat(GuidePictures.write(phone, source, built)).isTrue();
        assertThat(Files.readAllBytes(source)).isEqualTo(phone);

        Path missing = folder.resolve("new-phone.png");
        assertThat(GuidePictures.write(phone, missing, built)).isTrue();
        assertThat(Files.readAllBytes(missing)).isEqualTo(phone);
    }

    /** A white 1280×800 page with a dark red header band. */
    private static BufferedImage page() {
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1280, 800);
        g.setColor(new Color(0x9e, 0x0b, 0x0f));
        g.fillRect(0, 0, 1280, 56);
        g.dispose();
        return image;
    }

    private static void paint(BufferedImage image, int width, int height, Color colour) {
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(600, 300, width, height);
        g.dispose();
    }

    /** Every pixel's blue channel moved by {@code by}, within the tolerance when 32 or less. */
    private static void shade(BufferedImage image, int by) {
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                int rgb = image.getRGB(x, y);
                int blue = rgb & 0xff;
                image.setRGB(x, y, (rgb & ~0xff) | (blue >= by ? blue - by : blue + by));
            }
        }
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
