package vn.dangvu.account;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked because its address or name failed too often (see {@link LoginThrottle}). */
class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    LoginThrottledException(Duration wait) {
        super("too many failed sign-ins; wait " + wait);
        this.wait = wait;
    }

    /** The wait in whole minutes, rounded up, as the login page shows it. */
    long minutes() {
        return minutes(wait);
    }

    static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
