package vn.dangvu.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Bootstrap CSS the pages get is cut down at build time to what the templates use (src/build/java/
 * UsedCss.java): every class a template writes (class, th:class, th:classappend) that Bootstrap defines is
 * still there, so that the pages look as they did with the whole of Bootstrap, and what no page uses is gone.
 */
class UsedCssTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern CLASS_ATTRIBUTE =
            Pattern.compile("\\s(?:class|th:class|th:classappend|th:errorclass)=\"([^\"]*)\"");
    /** A class name: the plain words of class="…", the quoted words of a th: expression. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final String whole =
            resource("META-INF/resources/webjars/bootstrap/" + bootstrapVersion() + "/css/bootstrap.min.css");
    private final String built = resource("static/assets/css/bootstrap.css");

    @Test
    void shouldKeepEveryBootstrapClassThatATemplateUses() throws IOException {
        Set<String> used = templateClasses();
        assertThat(used)
                .as("classes the templates write")
                .contains("btn-primary", "is-invalid", "visually-hidden-focusable", "d-lg-none");
        Set<String> defined = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (String name : used) {
            if (defines(whole, name)) {
                defined.add(name);
                if (!defines(built, name)) {
                    missing.add(name);
                }
            }
        }
        assertThat(defined).as("Bootstrap classes the templates use").hasSizeGreaterThan(100);
        assertThat(missing)
                .as("Bootstrap classes used by a template but missing from the built CSS")
                .isEmpty();
    }

    @Test
    void shouldLeaveOutWhatNoPageUses() {
        for (String unused :
                new String[] {"carousel", "offcanvas", "modal", "tooltip", "popover", "accordion", "spinner-border"}) {
            assertThat(defines(whole, unused)).as(unused).isTrue();
            assertThat(defines(built, unused))
                    .as("unused .%s in the built CSS", unused)
                    .isFalse();
        }
        assertThat(built)
                .startsWith("@charset \"UTF-8\";/*!\n * Bootstrap  v5.3.8")
                .doesNotContain("sourceMappingURL");
        assertThat(built.length()).as("size of the built CSS").isLessThan(whole.length() / 4);
    }

    private static Set<String> templateClasses() throws IOException {
        Set<String> classes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher attribute = CLASS_ATTRIBUTE.matcher(Files.readString(file));
                while (attribute.find()) {
                    String value = attribute.group(1);
                    boolean expression = value.contains("${") || value.contains("'");
                    // in an expression only the quoted literals are classes (not ${invalid} or the ternary)
                    String classText = expression ? String.join(" ", quoted(value)) : value;
                    Matcher word = WORD.matcher(classText);
                    while (word.find()) {
                        classes.add(word.group());
                    }
                }
            }
        }
        return classes;
    }

    private static Iterable<String> quoted(String expression) {
        return Pattern.compile("'([^']*)'")
                .matcher(expression)
                .results()
                .map(m -> m.group(1))
                .toList();
    }

    /** Whether the stylesheet has a selector with this class (not merely a longer one that starts so). */
    private static boolean defines(String css, String name) {
        return Pattern.compile("\\." + Pattern.quote(name) + "(?![A-Za-z0-9_-])")
                .matcher(css)
                .find();
    }

    private static String bootstrapVersion() {
        Properties pom = new Properties();
        try (InputStream in = UsedCssTests.class
                .getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/bootstrap/pom.properties")) {
            pom.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return pom.getProperty("version");
    }

    private static String resource(String name) {
        try (InputStream in = UsedCssTests.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
