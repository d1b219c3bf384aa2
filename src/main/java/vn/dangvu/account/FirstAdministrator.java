package vn.dangvu.account;

import java.security.SecureRandom;
import java.util.Base64;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Role;

/**
 * Makes sure someone can sign in on a new database: an administrator (DISTRICT_STAFF over the root of
 * the tree) from DANGVU_ADMIN_USERNAME / DANGVU_ADMIN_PASSWORD, or "admin" with a generated password that
 * is printed once in the log. An empty tree gets a root unit first.
 */
@Component
@Order(20)
@RequiredArgsConstructor
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AccountService accounts;
    private final AccountLoader loader;
    private final OrganisationService organisation;

    @Value("${dangvu.admin.username:}")
    private final String username;

    @Value("${dangvu.admin.password:}")
    private final String password;

    @Value("${dangvu.root-unit-name:Đảng bộ huyện}")
    private final String rootName;

    @Override
    public void run(ApplicationArguments args) {
        boolean named = !username.isBlank();
        if (named ? accounts.exists(username) : accounts.anyOfRole(Role.DISTRICT_STAFF)) {
            return;
        }
        UnitView root = organisation.rootOrCreate(rootName);
        String login = named ? username : "admin";
        String secret = password.isBlank() ? generatedPassword() : password;
        if (secret.length() < AccountService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "DANGVU_ADMIN_PASSWORD must have at least " + AccountService.MIN_PASSWORD_LENGTH + " characters");
        }
        loader.createSystemAccount(login, secret, "Quản trị viên", Role.DISTRICT_STAFF, root.id());
        if (password.isBlank()) {
            log.warn(
                    "Created the first administrator '{}' with the password: {}  (shown once; change it)",
                    login,
                    secret);
        } else {
            log.info("Created the first administrator '{}'", login);
        }
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
