package vn.dangvu.guide;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The guide's sections, and which section each page of the app is explained in: the one place that ties a
 * page's address to its help ("?" beside its heading). A target is a section's name, or empty for the guide's
 * first page, with an anchor in it after {@code #}.
 */
public final class GuideSections {

    /** The parts for each role, in the order the guide lists them. */
    public static final List<String> ROLES =
            List.of("district-staff", "leaders", "commune-officials", "branch-secretaries");

    /** The common tasks, in the order the guide lists them. */
    public static final List<String> TASKS = List.of(
            "members",
            "transfers",
            "campaigns",
            "duties",
            "meetings",
            "ratings",
            "dues",
            "summary",
            "import",
            "corrections",
            "units",
            "engagement",
            "accounts");

    /**
     * Page address patterns (Spring's path patterns, as the controllers write them) to their section; the first
     * that matches wins, so a narrower pattern comes before a wider one.
     */
    static final Map<String, String> PAGES = Collections.unmodifiableMap(mapping());

    private static Map<String, String> mapping() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", "#home");
        pages.put("/login", "#sign-in");
        pages.put("/account/password", "#password");
        pages.put("/jobs/{id}", "#waiting");
        pages.put("/members/probation", "members#probation");
        pages.put("/members/new", "members#add");
        pages.put("/members/{id}/years/{year}", "duties#member-year");
        pages.put("/members/{id}/committees/**", "members#committee");
        pages.put("/committee-periods/**", "members#committee");
        pages.put("/members/{id}/badges/**", "members#badges");
        pages.put("/badges/**", "members#badges");
        pages.put("/members/{id}/leave", "members#life");
        pages.put("/members/{id}/probation", "members#life");
        pages.put("/members/{id}/exemptions/**", "members#life");
        pages.put("/exemptions/**", "members#life");
        pages.put("/members/{id}/cards/**", "members#life");
        pages.put("/members/{id}/file-numbers", "members#life");
        pages.put("/members/{id}/edit", "corrections#member");
        pages.put("/members/{id}", "members#page");
        pages.put("/members", "members#find");
        pages.put("/transfers/register", "transfers#register");
        pages.put("/transfers/incoming/new", "transfers#incoming");
        pages.put("/transfers/**", "transfers");
        pages.put("/holidays/**", "transfers#deadlines");
        pages.put("/directives/**", "campaigns#directive");
        pages.put("/campaigns/**", "campaigns");
        pages.put("/branches/{id}/duties", "duties");
        pages.put("/duties/**", "corrections#branch-work");
        pages.put("/duty-templates/**", "duties#suggestions");
        pages.put("/meetings/{id}/edit", "corrections#branch-work");
        pages.put("/meetings/{id}/delete", "corrections#branch-work");
        pages.put("/guests/**", "corrections#branch-work");
        pages.put("/branches/{id}/meetings", "meetings");
        pages.put("/branches/{id}/notices/**", "meetings");
        pages.put("/notices/**", "meetings");
        pages.put("/meetings/**", "meetings#attendance");
        pages.put("/liaisons", "meetings#liaisons");
        pages.put("/liaison", "meetings#liaisons");
        pages.put("/branches/{id}/evaluations", "ratings");
        pages.put("/dues/**", "dues");
        pages.put("/reports/**", "summary");
        pages.put("/branchwork", "summary#branch-work");
        pages.put("/import/**", "import");
        pages.put("/upload-too-large", "import");
        pages.put("/audit/**", "corrections#history");
        pages.put("/units/**", "units");
        pages.put("/reorganisations/**", "units#reorganisation");
        pages.put("/concerns/**", "engagement#concerns");
        pages.put("/recognitions/**", "engagement#recognitions");
        pages.put("/sessions/**", "engagement#sessions");
        pages.put("/follow-ups/**", "engagement#sessions");
        pages.put("/accounts/**", "accounts");
        pages.put("/backups", "accounts#backups");
        pages.put("/member-accounts/**", "accounts");
        pages.put("/corrections/**", "corrections");
        pages.put("/activate", "#sign-in");
        pages.put("/me/**", "#roles");
        pages.put("/me", "#roles");
        return pages;
    }

    private static final Map<PathPattern, String> PARSED = parsed();

    private static Map<PathPattern, String> parsed() {
        Map<PathPattern, String> parsed = new LinkedHashMap<>();
        PAGES.forEach((pattern, target) -> parsed.put(PathPatternParser.defaultInstance.parse(pattern), target));
        return parsed;
    }

    private GuideSections() {}

    /** Every section: the roles' parts, then the tasks. */
    public static List<String> all() {
        return Stream.concat(ROLES.stream(), TASKS.stream()).toList();
    }

    public static boolean exists(String section) {
        return all().contains(section);
    }

    /** The guide's address that explains the page at this path (within the app), if any. */
    public static Optional<String> helpFor(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return PARSED.entrySet().stream()
                .filter(e -> e.getKey().matches(container))
                .map(Map.Entry::getValue)
                .findFirst()
                .map(GuideSections::address);
    }

    /** The guide's address of a target ("members#find", "#home"). */
    static String address(String target) {
        return target.startsWith("#") ? "/guide" + target : "/guide/" + target;
    }

    /** The page patterns and their targets, in the order they are tried. */
    public static Map<String, String> pages() {
        return PAGES;
    }
}
