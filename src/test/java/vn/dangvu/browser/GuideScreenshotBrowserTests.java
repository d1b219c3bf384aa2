package vn.dangvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import vn.dangvu.support.IntegrationTest;

/**
 * Takes the guide's pictures on the demo district, desktop (1280×800) and phone (360×640), and writes them where
 * the guide reads them: into the sources ({@code src/main/resources/static/assets/guide}, committed, so that a clean
 * checkout has them) and into {@code target/classes}, so that the jar built by the same run carries the pictures of
 * the pages as they are now. A picture is written only when it looks different from the committed one (see
 * {@link GuidePictures}: the demo's dates and figures move with the day), so an unchanged page leaves the sources
 * untouched. A picture the guide shows and this test does not take fails it, and so does a shot no part of the
 * guide shows. Pictures are reduced to 256 colours to stay small. Skipped like the other browser tests
 * when Chromium is missing outside CI.
 */
@IntegrationTest
class GuideScreenshotBrowserTests extends BrowserTest {

    private static final Path SOURCES = Path.of("src/main/resources/static/assets/guide");
    private static final Path BUILT = Path.of("target/classes/static/assets/guide");
    private static final Path TEXTS = Path.of("src/main/resources/templates/guide");
    private static final Pattern PICTURE = Pattern.compile("@\\{/assets/guide/([^}]+)\\.png\\}");

    /** A picture: who is signed in (null: nobody), which page, and (by its name's end) on which screen. */
    record Shot(String name, String user, String path) {

        boolean phone() {
            return name.endsWith("-phone");
        }
    }

    private List<Shot> shots() {
        long branch = demo.unit("TH-TB-A1");
        return List.of(
                new Shot("login-phone", null, "/login"),
                new Shot("home-phone", "bithu", "/"),
                new Shot("members-desktop", "tochuc", "/members?q=nguyen"),
                new Shot("transfer-desktop", "xa.thongbinh", "/transfers/" + demo.transferInto("TH-TB-A1")),
                new Shot("campaign-desktop", "tochuc", "/campaigns/" + demo.count("select min(id) from campaign")),
                new Shot("duties-desktop", "bithu", "/branches/" + branch + "/duties"),
                new Shot("meeting-phone", "bithu", "/meetings/" + demo.meetingOf("TH-TB-A1") + "#attendance"),
                new Shot("ratings-desktop", "bithu", "/branches/" + branch + "/evaluations"),
                new Shot("dues-desktop", "bithu", "/dues/branches/" + branch),
                new Shot("summary-desktop", "lanhdao", "/reports/summary"),
                new Shot("import-desktop", "xa.thongbinh", "/import"));
    }

    @Test
    void shouldPhotographEveryPageTheGuideShows() throws Exception {
        List<Shot> shots = shots();
        assertThat(new TreeSet<>(shots.stream().map(Shot::name).toList()))
                .as("the shots taken are the pictures the guide shows")
                .isEqualTo(picturesTheGuideShows());
        Files.createDirectories(SOURCES);
        Files.createDirectories(BUILT);
        // null until the first shot: whatever an earlier test left (a session, the English locale) is dropped
        String signedIn = null;
        for (Shot shot : shots) {
            String user = shot.user() == null ? "" : shot.user();
            if (!user.equals(signedIn)) {
                if (user.isEmpty()) {
                    browser.manage().deleteAllCookies();
                } else {
                    chromium.signIn(user);
                }
                signedIn = user;
            }
            holdScreen(shot.phone());
            chromium.open(shot.path());
            chromium.await(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
            assertThat(browser.getCurrentUrl()).as(shot.name()).endsWith(shot.path());
            if (shot.path().contains("#")) {
                ((JavascriptExecutor) browser)
                        .executeScript(
                                "document.getElementById(arguments[0]).scrollIntoView()",
                                shot.path().substring(shot.path().indexOf('#') + 1));
            }
            BufferedImage picture = ImageIO.read(
                    new ByteArrayInputStream(((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES)));
            assertThat(picture.getWidth() + "×" + picture.getHeight())
                    .as(shot.name())
                    .isEqualTo(shot.phone() ? "360×640" : "1280×800");
            GuidePictures.write(
                    smallPng(picture), SOURCES.resolve(shot.name() + ".png"), BUILT.resolve(shot.name() + ".png"));
        }
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The guide itself, read signed out on a 360 px phone: its pictures and lists fit the screen. */
    @Test
    void shouldFitTheGuideOnAPhone() {
        browser.manage().deleteAllCookies();
        holdScreen(true);
        for (String page : List.of("/guide", "/guide/meetings", "/guide/campaigns?lang=en")) {
            chromium.open(page);
            chromium.await(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .guide-text")));
            chromium.expectNoSidewaysScrolling();
        }
        browser.manage().deleteAllCookies();
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void holdScreen(boolean phone) {
        ((ChromeDriver) browser)
                .executeCdpCommand(
                        "Emulation.setDeviceMetricsOverride",
                        Map.of(
                                "width",
                                phone ? 360 : 1280,
                                "height",
                                phone ? 640 : 800,
                                "deviceScaleFactor",
                                1,
                                "mobile",
                                phone));
    }

    private static Set<String> picturesTheGuideShows() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String language : List.of("vi", "en")) {
            try (Stream<Path> files = Files.list(TEXTS.resolve(language))) {
                for (Path file : files.toList()) {
                    Matcher m = PICTURE.matcher(Files.readString(file));
                    while (m.find()) {
                        names.add(m.group(1));
                    }
                }
            }
        }
        return names;
    }

    /**
     * The picture in at most 256 colours, PNG at the strongest compression: the most frequent colours (each channel
     * cut to 5 bits, so that the text's anti-aliasing shares entries) become the palette, and each pixel takes the
     * nearest of them. Screens of text and flat colour lose nothing a reader sees.
     */
    static byte[] smallPng(BufferedImage picture) throws IOException {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int[] rgb = picture.getRGB(0, 0, width, height, null, 0, width);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int pixel : rgb) {
            counts.merge(bucket(pixel), 1, Integer::sum);
        }
        List<Integer> palette = counts.entrySet().stream()
                .sorted(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(256)
                .map(Map.Entry::getKey)
                .toList();
        byte[] r = new byte[palette.size()];
        byte[] g = new byte[palette.size()];
        byte[] b = new byte[palette.size()];
        for (int i = 0; i < palette.size(); i++) {
            int colour = expand(palette.get(i));
            r[i] = (byte) (colour >> 16);
            g[i] = (byte) (colour >> 8);
            b[i] = (byte) colour;
        }
        IndexColorModel model = new IndexColorModel(8, palette.size(), r, g, b);
        BufferedImage indexed = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, model);
        byte[] pixels = ((java.awt.image.DataBufferByte) indexed.getRaster().getDataBuffer()).getData();
        Map<Integer, Byte> nearest = new LinkedHashMap<>();
        for (int i = 0; i < rgb.length; i++) {
            pixels[i] = nearest.computeIfAbsent(bucket(rgb[i]), key -> (byte) closest(expand(key), r, g, b));
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam parameters = writer.getDefaultWriteParam();
        parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        parameters.setCompressionQuality(0f);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(indexed, null, null), parameters);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static int bucket(int argb) {
        return ((argb >> 19) & 0x1f) << 10 | ((argb >> 11) & 0x1f) << 5 | ((argb >> 3) & 0x1f);
    }

    private static int expand(int bucket) {
        int red = (bucket >> 10) & 0x1f;
        int green = (bucket >> 5) & 0x1f;
        int blue = bucket & 0x1f;
        return (red << 3 | red >> 2) << 16 | (green << 3 | green >> 2) << 8 | (blue << 3 | blue >> 2);
    }

    private static int closest(int colour, byte[] r, byte[] g, byte[] b) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < r.length; i++) {
            long dr = ((colour >> 16) & 0xff) - (r[i] & 0xff);
            long dg = ((colour >> 8) & 0xff) - (g[i] & 0xff);
            long db = (colour & 0xff) - (b[i] & 0xff);
            long distance = dr * dr + dg * dg + db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }
}
