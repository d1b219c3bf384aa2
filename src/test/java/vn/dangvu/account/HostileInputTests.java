package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
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

    @Test
    void shouldGiveANewSessionIdAtLogin() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String oldId = before.getId();
        var result = mvc.perform(post("/login")
                        .session(before)
                        .with(csrf())
                        .param("username", "tochuc")
                        .param("password", "dangvu123"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        var session = result.getRequest().getSession(false);
        assertThat(session).isNotNull();
        assertThat(session.getId()).isNotEqualTo(oldId);
    }
}
