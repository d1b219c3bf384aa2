package vn.dangvu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Who may do what is decided by each module's policy, and pages only read the capability flags it
 * returns: no template compares role names or asks a role, and no web class refers to roles, checks a
 * scope or answers 403 itself.
 */
class PolicyBoundaryTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path JAVA = Path.of("src/main/java/vn/dangvu");

    /** Showing the role's name is not a decision: its message key may be built from it. */
    private static final Pattern ROLE_NAME_SHOWN =
            Pattern.compile("'(enum\\.Role|home\\.role)\\.'\\s*\\+\\s*\\w+\\.role\\(\\)");

    private static final Pattern ROLE_DECISION_IN_TEMPLATE = Pattern.compile(
            "role\\(\\)|\\.is\\(|'(DISTRICT_STAFF|DISTRICT_LEADER|COMMUNE_OFFICIAL|BRANCH_SECRETARY)'|T\\(vn\\.dangvu\\.shared\\.Role\\)");

    private static final Pattern ROLE_IN_WEB_CLASS =
            Pattern.compile("\\bRole\\.|\\.role\\(\\)|\\.is\\(\\s*Role|import vn\\.dangvu\\.shared\\.Role;"
                    + "|ForbiddenException|\\.(requireCovers|covers)\\(");

    @Test
    void shouldKeepRoleDecisionsOutOfTemplates() throws IOException {
        assertThat(offences(TEMPLATES, ".html", PolicyBoundaryTests::roleDecisionsInTemplate))
                .as("templates read the capability records (may) that policies return")
                .isEmpty();
    }

    @Test
    void shouldKeepRolesOutOfWebClasses() throws IOException {
        assertThat(offences(JAVA, ".java", PolicyBoundaryTests::rolesInWebClass))
                .as("controllers and advice call services; the policies decide")
                .isEmpty();
    }

    @Test
    void shouldSpotWhatItLooksFor() {
        assertThat(roleDecisionsInTemplate("<a th:if=\"${actor.role().name() == 'DISTRICT_STAFF'}\">"))
                .isNotEmpty();
        assertThat(roleDecisionsInTemplate("<a th:if=\"${actor.role().canWriteMembers()}\">"))
                .isNotEmpty();
        assertThat(roleDecisionsInTemplate("<a th:if=\"${actor.is(T(vn.dangvu.shared.Role).DISTRICT_LEADER)}\">"))
                .isNotEmpty();
        assertThat(roleDecisionsInTemplate("<th:block th:with=\"staff=${r == 'COMMUNE_OFFICIAL'}\">"))
                .isNotEmpty();
        assertThat(roleDecisionsInTemplate("<span th:text=\"#{${'enum.Role.' + actor.role()}}\">"))
                .isEmpty();
        assertThat(roleDecisionsInTemplate("<p th:text=\"#{${'home.role.' + actor.role()}}\">"))
                .isEmpty();
        assertThat(rolesInWebClass("if (!actor.is(Role.DISTRICT_STAFF)) {")).isNotEmpty();
        assertThat(rolesInWebClass("if (!currentActor.get().role().canWriteMembers()) {"))
                .isNotEmpty();
        assertThat(rolesInWebClass("throw new ForbiddenException();")).isNotEmpty();
        assertThat(rolesInWebClass("actor.requireCovers(unit.path());")).isNotEmpty();
        assertThat(rolesInWebClass("model.addAttribute(\"may\", members.mayOnList(actor));"))
                .isEmpty();
    }

    private static List<String> roleDecisionsInTemplate(String text) {
        return matches(ROLE_DECISION_IN_TEMPLATE, ROLE_NAME_SHOWN.matcher(text).replaceAll("''"));
    }

    private static List<String> rolesInWebClass(String text) {
        return matches(ROLE_IN_WEB_CLASS, text);
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private interface Check {
        List<String> offences(String text);
    }

    private static List<String> offences(Path root, String suffix, Check check) throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                boolean web = suffix.equals(".html")
                        || root.relativize(file).toString().contains("/web/");
                if (!web) {
                    continue;
                }
                String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    for (String offence : check.offences(lines[i])) {
                        offences.add(file + ":" + (i + 1) + ": " + offence);
                    }
                }
            }
        }
        return offences;
    }
}
