package vn.dangvu.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

/**
 * The guide: public, in both languages section for section, tied to the app's pages both ways (each page's "?"
 * leads to a section that exists, each page the guide names is one a controller serves), with its pictures in
 * place. The pictures themselves are taken by {@code GuideScreenshotBrowserTests}.
 */
@IntegrationTest
class GuideTests extends DemoDistrictTest {

    static final Path TEXTS = Path.of("src/main/resources/templates/guide");
    static final Path PICTURES = Path.of("src/main/resources/static/assets/guide");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
    private static final Pattern PICTURE = Pattern.compile("@\\{/assets/guide/([^}]+)\\}");
    private static final Pattern PAGE_LINK = Pattern.compile("th:href=\"@\\{(/[^}(]*)");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void shouldGiveEveryVietnameseSectionItsEnglishOne() throws IOException {
        Set<String> expected = new TreeSet<>(List.of(
                "index.html",
                "district-staff.html",
                "leaders.html",
                "commune-officials.html",
                "branch-secretaries.html",
                "members.html",
                "transfers.html",
                "campaigns.html",
                "duties.html",
                "meetings.html",
                "ratings.html",
                "dues.html",
                "summary.html",
                "import.html",
                "corrections.html",
                "units.html",
                "engagement.html",
                "accounts.html"));
        assertThat(files("vi")).isEqualTo(expected);
        assertThat(files("en")).isEqualTo(expected);
        for (String file : expected) {
            String vi = Files.readString(TEXTS.resolve("vi").resolve(file));
            String en = Files.readString(TEXTS.resolve("en").resolve(file));
            assertThat(all(ID, en)).as("the anchors of en/" + file).isEqualTo(all(ID, vi));
            assertThat(all(PICTURE, en)).as("the pictures of en/" + file).isEqualTo(all(PICTURE, vi));
            assertThat(all(PAGE_LINK, en)).as("the links of en/" + file).isEqualTo(all(PAGE_LINK, vi));
            assertThat(en).as("en/" + file).contains("lang=\"en\"").doesNotContain("lang=\"vi\"");
            assertThat(vi).as("vi/" + file).contains("lang=\"vi\"");
        }
    }

    @Test
    void shouldLinkEachPageToASectionAndAnchorThatExist() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String target : GuideSections.pages().values()) {
            String section = target.substring(0, target.indexOf('#') < 0 ? target.length() : target.indexOf('#'));
            String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
            String file = (section.isEmpty() ? "index" : section) + ".html";
            if (!section.isEmpty() && !GuideSections.exists(section)) {
                broken.add(target + ": no such section");
                continue;
            }
            for (String language : List.of("vi", "en")) {
                if (anchor != null
                        && !all(ID, Files.readString(TEXTS.resolve(language).resolve(file)))
                                .contains(anchor)) {
                    broken.add(target + ": no anchor in " + language + "/" + file);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void shouldNameOnlyPagesThatAControllerServes() throws IOException {
        List<PathPattern> served = servedPages().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        List<String> unknown = new ArrayList<>();
        for (String pattern : GuideSections.pages().keySet()) {
            PathPattern mapped = PathPatternParser.defaultInstance.parse(pattern);
            if (servedPages().stream().noneMatch(page -> mapped.matches(PathContainer.parsePath(sample(page))))) {
                unknown.add("mapped " + pattern);
            }
        }
        for (String language : List.of("vi", "en")) {
            try (Stream<Path> files = Files.list(TEXTS.resolve(language))) {
                for (Path file : files.toList()) {
                    for (String link : all(PAGE_LINK, Files.readString(file))) {
                        if (link.startsWith("/guide")) {
                            continue;
                        }
                        if (served.stream().noneMatch(p -> p.matches(PathContainer.parsePath(link)))) {
                            unknown.add(language + "/" + file.getFileName() + " links " + link);
                        }
                    }
                }
            }
        }
        assertThat(served).as("pages found").hasSizeGreaterThan(80);
        assertThat(unknown)
                .as("pages named by the guide that no controller serves")
                .isEmpty();
    }

    /** A page added to the app gets its "?" only once the mapping names a section for it. */
    @Test
    void shouldGiveEveryPageOfTheAppASection() {
        List<String> without = servedPages().stream()
                .filter(page -> !page.startsWith("/guide") && !page.startsWith("/error"))
                .filter(page -> GuideSections.helpFor(sample(page)).isEmpty())
                .toList();
        assertThat(without).as("pages without a section of the guide").isEmpty();
    }

    /** The narrower pattern wins over the wider one written after it. */
    @ParameterizedTest
    @CsvSource(textBlock = """
            /members/12,          /guide/members#page
            /members/12/edit,     /guide/corrections#member
            /members/probation,   /guide/members#probation
            /login,               /guide#sign-in
            /meetings/7,          /guide/meetings#attendance
            /meetings/7/edit,     /guide/corrections#branch-work
            /transfers/register,  /guide/transfers#register
            /transfers/3,         /guide/transfers
            """)
    void shouldExplainAPageInTheSectionAboutIt(String page, String help) {
        assertThat(GuideSections.helpFor(page)).contains(help);
    }

    @Test
    void shouldLetAnyoneReadTheGuideInEitherLanguage() throws Exception {
        mvc.perform(get("/guide"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<h1 class=\"h3\">Hướng dẫn sử dụng</h1>")))
                .andExpect(content().string(Matchers.containsString("href=\"/guide/branch-secretaries\"")));
        mvc.perform(get("/guide/meetings"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Lưu điểm danh")))
                .andExpect(content().string(Matchers.containsString("/assets/guide/meeting-phone")));
        mvc.perform(get("/guide/meetings").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Save attendance")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Lưu điểm danh"))));
        mvc.perform(get("/guide/no-such-part")).andExpect(status().isNotFound());
        mvc.perform(get("/guide/members").with(users.as("bithu")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Họ tên, số định danh hoặc số thẻ")));
    }

    @Test
    void shouldPutTheGuideBesideEveryHeading() throws Exception {
        // a heading the layout draws, and one a page draws itself
        mvc.perform(get("/transfers/register").with(users.as("tochuc")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "</h1> <a class=\"guide-help\" href=\"/guide/transfers#register\" title=\"Hướng dẫn về"
                                        + " trang này\" aria-label=\"Hướng dẫn về trang này\">?</a>")));
        mvc.perform(get("/units").with(users.as("tochuc")))
                .andExpect(content()
                        .string(Matchers.containsString("</h1> <a class=\"guide-help\" href=\"/guide/units\"")));
        mvc.perform(get("/login"))
                .andExpect(content().string(Matchers.containsString("href=\"/guide#sign-in\"")))
                .andExpect(content()
                        .string(Matchers.containsString("<a class=\"app-guide\" href=\"/guide\">Hướng dẫn</a>")))
                .andExpect(content().string(Matchers.containsString("<a href=\"/guide\">Hướng dẫn sử dụng</a>")));
        String home = mvc.perform(get("/").with(users.as("bithu")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(home).contains("<a class=\"app-guide\" href=\"/guide\">Hướng dẫn</a>");
        assertThat(home.split("class=\"guide-help\"", -1)).as("one ? on a page").hasSize(2);
        mvc.perform(get("/members").param("lang", "en").with(users.as("tochuc")))
                .andExpect(content().string(Matchers.containsString("title=\"Help on this page\"")));
        mvc.perform(get("/guide/members"))
                .andExpect(content().string(Matchers.not(Matchers.containsString("guide-help"))));
    }

    @Test
    void shouldKeepTheGuidesPicturesInPlaceAndSmall() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String language : List.of("vi", "en")) {
            try (Stream<Path> files = Files.list(TEXTS.resolve(language))) {
                for (Path file : files.toList()) {
                    named.addAll(all(PICTURE, Files.readString(file)));
                }
            }
        }
        assertThat(named).as("pictures the guide shows").hasSizeGreaterThanOrEqualTo(10);
        Set<String> stored;
        try (Stream<Path> files = Files.list(PICTURES)) {
            stored = new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
        assertThat(stored).as("pictures committed in " + PICTURES).isEqualTo(named);
        long total = 0;
        TreeMap<String, String> wrong = new TreeMap<>();
        for (String name : named) {
            Path file = PICTURES.resolve(name);
            BufferedImage image = ImageIO.read(file.toFile());
            String size = image.getWidth() + "×" + image.getHeight();
            String expected =
                    name.endsWith("-phone.png") ? "360×640" : name.endsWith("-desktop.png") ? "1280×800" : "?";
            if (!size.equals(expected)) {
                wrong.put(name, size + " instead of " + expected);
            }
            total += Files.size(file);
        }
        assertThat(wrong).as("pictures of the wrong size").isEmpty();
        assertThat(total).as("bytes of all the guide's pictures").isLessThan(1_500_000);
    }

    /** The GET pages of the app's controllers that answer HTML: a view name, not a download or a body. */
    private Set<String> servedPages() {
        Set<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<?> methods = info.getMethodsCondition().getMethods();
            boolean get = methods.isEmpty()
                    || methods.stream().anyMatch(m -> m.toString().equals(HttpMethod.GET.name()));
            boolean view = handler.getReturnType().getParameterType() == String.class
                    && !handler.hasMethodAnnotation(ResponseBody.class)
                    && !handler.getBeanType().isAnnotationPresent(ResponseBody.class);
            if (get && view && handler.getBeanType().getPackageName().startsWith("vn.dangvu")) {
                info.getPatternValues().stream()
                        .filter(p -> !p.substring(p.lastIndexOf('/')).contains("."))
                        .forEach(pages::add);
            }
        });
        return pages;
    }

    /** A path the pattern matches: each variable given a number. */
    private static String sample(String pattern) {
        return pattern.replaceAll("\\{[^}]+\\}", "1").replace("**", "x");
    }

    private static Set<String> files(String language) throws IOException {
        try (Stream<Path> files = Files.list(TEXTS.resolve(language))) {
            return new TreeSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
