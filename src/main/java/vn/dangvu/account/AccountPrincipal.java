package vn.dangvu.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ActorHolder;

/**
 * The signed-in user: Spring Security's view and the services' {@link Actor}. {@code left}: a member's own
 * account whose member has left the Party, refused at sign-in.
 */
record AccountPrincipal(Actor actor, String passwordHash, boolean enabled, boolean left)
        implements UserDetails, ActorHolder, java.io.Serializable {

    AccountPrincipal(Actor actor, String passwordHash, boolean enabled) {
        this(actor, passwordHash, enabled, false);
    }

    AccountPrincipal withoutPasswordHash() {
        return new AccountPrincipal(actor, null, enabled, left);
    }

    /** The same user as another actor (a member's account once their branch changed). */
    AccountPrincipal as(Actor current) {
        return new AccountPrincipal(current, passwordHash, enabled, left);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
