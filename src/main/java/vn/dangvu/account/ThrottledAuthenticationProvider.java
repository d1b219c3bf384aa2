package vn.dangvu.account;

import lombok.RequiredArgsConstructor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import vn.dangvu.shared.DataLoading;

/**
 * The sign-in: refused unchecked while the first data is loading or while its address or name is held
 * back, otherwise the password checked
 * by {@code passwords} (which tells an account's state, such as disabled, only after a correct password),
 * each wrong one counted. The client address is the request's remote address: the proxy's client once
 * forwarded headers are trusted ({@code server.forward-headers-strategy}).
 */
@RequiredArgsConstructor
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final DataLoading loading;

    @Override
    public Authentication authenticate(Authentication attempt) {
        if (loading.inProgress()) {
            // the accounts may not exist yet: no password is judged, and nothing is counted against anyone
            throw new DataLoadingException();
        }
        String username = attempt.getName();
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        throttle.delay(address, username).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        Authentication signedIn;
        try {
            signedIn = passwords.authenticate(attempt);
        } catch (BadCredentialsException e) {
            throttle.failed(address, username);
            throw e;
        }
        throttle.succeeded(username);
        return withoutPasswordHash(signedIn);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    /** The session (stored in PostgreSQL) keeps the signed-in user, not their password hash. */
    private static Authentication withoutPasswordHash(Authentication signedIn) {
        if (!(signedIn.getPrincipal() instanceof AccountPrincipal principal)) {
            return signedIn;
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                principal.withoutPasswordHash(), null, signedIn.getAuthorities());
        token.setDetails(signedIn.getDetails());
        return token;
    }
}
