package vn.dangvu.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.shared.Role;
import vn.dangvu.support.DemoDistrictTest;
import vn.dangvu.support.IntegrationTest;

@IntegrationTest
class FirstAdministratorTests extends DemoDistrictTest {

    @Autowired
    AccountService accounts;

    @Autowired
    DefaultAccountLoader loader;

    @Autowired
    OrganisationService organisation;

    @Test
    void shouldCreateTheNamedAdministratorOnceOverTheRootOfTheTree() throws Exception {
        FirstAdministrator first =
                new FirstAdministrator(accounts, loader, organisation, "chanh.vp", "mat-khau-quan-tri", "x");

        first.run(null);
        first.run(null);

        assertThat(demo.count("select count(*) from app_user where username = 'chanh.vp'"))
                .isEqualTo(1);
        assertThat(users.actor("chanh.vp").role()).isEqualTo(Role.DISTRICT_STAFF);
        assertThat(users.actor("chanh.vp").scopeUnitId()).isEqualTo(demo.unit("TH"));
        mvc.perform(formLogin("/login").user("chanh.vp").password("mat-khau-quan-tri"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void shouldRefuseAShortAdministratorPassword() {
        FirstAdministrator weak = new FirstAdministrator(accounts, loader, organisation, "yeu", "123", "x");
        assertThatThrownBy(() -> weak.run(null)).isInstanceOf(IllegalStateException.class);
        assertThat(accounts.exists("yeu")).isFalse();
    }

    @Test
    void shouldNotAddAGeneratedAdministratorWhenStaffExist() {
        new FirstAdministrator(accounts, loader, organisation, "", "", "x").run(null);
        assertThat(accounts.exists("admin")).isFalse();
    }
}
