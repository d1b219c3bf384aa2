package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;

class I18nPropertiesSyncTests {

    @Test
    void shouldHaveTheSameKeysInVietnameseAndEnglish() throws IOException {
        Set<String> vietnamese = load("messages.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();
        assertThat(english).containsExactlyInAnyOrderElementsOf(vietnamese);
    }

    @Test
    void shouldDefineEveryKeyThatTemplatesUse() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        Set<String> missing = new HashSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template :
                    templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(template));
                while (matcher.find()) {
                    if (!keys.contains(matcher.group(1))) {
                        missing.add(template.getFileName() + ": " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Like spring-petclinic's {@code checkNonInternationalizedStrings}, on the parsed templates: every text
     * a user sees — a text node, a {@code placeholder}, {@code title}, {@code aria-label}, {@code alt}, a
     * {@code data-confirm} question or a button's {@code value} — comes from the messages. Text inside an
     * element whose body Thymeleaf replaces ({@code th:text}, {@code th:utext}, {@code th:replace},
     * {@code th:insert}, {@code th:errors}, {@code th:remove}) is only a placeholder for reading the file,
     * and so is an attribute that a {@code th:} attribute of the same name (or {@code th:attr}) sets.
     */
    @Test
    void shouldTakeEveryVisibleTextOfTheTemplatesFromTheMessages() throws IOException {
        List<String> literal = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(TEMPLATES)) {
            for (Path template : templates
                    .filter(p -> p.toString().endsWith(".html"))
                    .sorted()
                    .toList()) {
                String name = TEMPLATES.relativize(template).toString();
                if (GUIDE_TEXTS.matcher(name).matches()) {
                    continue;
                }
                try {
                    literalTexts(name, HTML.parse(Files.readString(template)), literal);
                } catch (ParseException e) {
                    throw new IllegalStateException(name, e);
                }
            }
        }
        assertThat(literal).isEmpty();
    }

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /**
     * The guide's long text is written once per language, one template per section and language (GuideTests keeps
     * the two in step), rather than as hundreds of messages.
     */
    private static final Pattern GUIDE_TEXTS = Pattern.compile("guide/(vi|en)/[a-z-]+\\.html");

    private static final DOMMarkupParser HTML = new DOMMarkupParser(ParseConfiguration.htmlConfiguration());

    /** Attributes whose value a user reads or hears; {@code value} only on buttons. */
    private static final List<String> SHOWN_ATTRIBUTES =
            List.of("placeholder", "title", "aria-label", "alt", "data-confirm");

    /**
     * Attributes with which Thymeleaf replaces an element's whole body (or the element). On a page's
     * {@code <html>}, {@code th:replace} hands the page's own parts to the layout, which shows them.
     */
    private static final List<String> BODY_REPLACED =
            List.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors");

    private static final Pattern INLINE_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");

    private static void literalTexts(String template, INestableNode node, List<String> found) {
        for (INode child : node.getChildren()) {
            if (child instanceof Text text && shown(text.getContent())) {
                found.add(template + ": " + text.getContent().strip());
            } else if (child instanceof Element element) {
                String tag = element.getElementName().toLowerCase(Locale.ROOT);
                for (String attribute : SHOWN_ATTRIBUTES) {
                    literalAttribute(template, element, attribute, found);
                }
                String type = element.getAttributeValue("type");
                if (tag.equals("input")
                        && type != null
                        && List.of("submit", "button", "reset").contains(type)) {
                    literalAttribute(template, element, "value", found);
                }
                String removed = element.getAttributeValue("th:remove");
                boolean bodyReplaced =
                        (!tag.equals("html") && BODY_REPLACED.stream().anyMatch(element::hasAttribute))
                                || (tag.equals("textarea") && element.hasAttribute("th:field"))
                                || "all".equals(removed)
                                || "body".equals(removed);
                if (!bodyReplaced && !tag.equals("script") && !tag.equals("style")) {
                    literalTexts(template, element, found);
                }
            }
        }
    }

    private static void literalAttribute(String template, Element element, String attribute, List<String> found) {
        String value = element.getAttributeValue(attribute);
        String setBy = element.getAttributeValue("th:attr");
        if (value != null
                && shown(value)
                && !element.hasAttribute("th:" + attribute)
                && (setBy == null || !setBy.contains(attribute + "="))) {
            found.add(template + ": " + attribute + "=\"" + value + "\"");
        }
    }

    /** Text with a letter in it, once Thymeleaf's inline expressions and HTML entities are left out. */
    private static boolean shown(String text) {
        String left =
                ENTITY.matcher(INLINE_EXPRESSION.matcher(text).replaceAll("")).replaceAll("");
        return left.codePoints().anyMatch(Character::isLetter);
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nPropertiesSyncTests.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
