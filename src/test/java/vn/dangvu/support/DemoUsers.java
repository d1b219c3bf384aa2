package vn.dangvu.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ActorHolder;

/** Signs requests in as a demo account, exactly as the login form would load it. */
@Component
public class DemoUsers {

    private final UserDetailsService users;

    DemoUsers(UserDetailsService users) {
        this.users = users;
    }

    public RequestPostProcessor as(String username) {
        return user(details(username));
    }

    public Actor actor(String username) {
        return ((ActorHolder) details(username)).actor();
    }

    private UserDetails details(String username) {
        return users.loadUserByUsername(username);
    }
}
