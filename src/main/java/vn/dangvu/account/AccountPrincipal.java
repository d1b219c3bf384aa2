package vn.dangvu.account;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.ActorHolder;

/** The signed-in user: Spring Security's view and the services' {@link Actor}. */
record AccountPrincipal(Actor actor, String passwordHash, boolean enabled)
        implements UserDetails, ActorHolder, java.io.Serializable {

    AccountPrincipal withoutPasswordHash() {
        return new AccountPrincipal(actor, null, enabled);
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
