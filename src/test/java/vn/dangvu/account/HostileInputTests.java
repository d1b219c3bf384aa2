package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import vn.dangvu.engagement.EngagementForms;
import vn.dangvu.engagement.EngagementService;
import vn.dangvu.organisation.BranchForm;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.support.DemoData;
import vn.dangvu.support.DemoUsers;
import vn.dangvu.support.Fixtures;
import vn.dangvu.support.IntegrationTest;

/** Script typed into text fields comes back as text; a login gets a new session id. */
@IntegrationTest
class HostileInputTests {

    private static final String PROBE = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    DemoData demo;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrganisationService organisation;

    @Autowired
    EngagementService engagement;

    @Test
    void shouldEscapeScriptInNamesTopicsAndBranches() throws Exception {
        var staff = users.actor("tochuc");
        var commune = fixtures.commune(1);
        long member = fixtures.member("Nguyễn " + PROBE, commune.hamlet(0), commune.hamlet(0), null);
        var branch = organisation.createBranch(
                staff, new BranchForm(commune.commune().id(), "XSS-1", "Ấp " + PROBE, UnitKind.HAMLET));
        engagement.raise(
                staff,
                new EngagementForms.ConcernForm(
                        commune.hamlet(0).id(), member, PROBE, "Chủ đề " + PROBE, PROBE, LocalDate.now()));

        for (String path : new String[] {
            "/members/" + member,
            "/members?commune=" + commune.commune().id(),
            "/units/" + branch.id(),
            "/units",
            "/concerns"
        }) {
            mvc.perform(get(path).with(users.as("tochuc")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("<script>alert"))))
                    .andExpect(content().string(not(containsString("<img src=x"))))
                    .andExpect(content().string(containsString("&lt;script&gt;")));
        }
    }

    @LocalServerPort
    int port;

    @Test
    void shouldGiveANewSessionIdAtLogin() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        String base = "http://localhost:" + port;
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        String before = session(cookies);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();
        client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=tochuc&password=dangvu123&_csrf=" + token.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(before).isNotNull();
        assertThat(session(cookies)).isNotNull().isNotEqualTo(before);
    }

    private static String session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
