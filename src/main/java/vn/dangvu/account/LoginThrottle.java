package vn.dangvu.account;

import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.account.domain.UserAccount;

/**
 * Holds back password guessing, per client address and per user name, with a delay that grows.
 *
 * <p>Failed sign-ins are counted per address and per name (whether or not an account has that name, so
 * the delay tells nothing about which names exist). After {@code address-max-failures} from one address,
 * or {@code account-max-failures} for one name from anywhere, every attempt is refused unchecked for
 * {@code first-delay-seconds}; each failure after a delay doubles it, up to {@code max-delay-minutes}.
 * The count is forgotten {@code window-minutes} after the last failure or the end of the delay. The
 * address limit is the lower one, so a stranger at one address is held back long before the owner of
 * the account they guess at is; a correct password clears the name's count (not the address's, or one
 * account of one's own would reset the address between guesses at others).
 *
 * <p>The counts live in PostgreSQL, not in each instance's memory: instances behind a load balancer
 * share the sessions already, and a per-instance count would multiply every limit by the number of
 * instances. It costs two short statements on a failure, one on every attempt, beside a password
 * hash that takes far longer. The table is unlogged: the counts are worth nothing after a crash.
 */
@Component
@EnableScheduling
class LoginThrottle {

    private static final int LONGEST_SUBJECT = 100;

    private final JdbcClient jdbc;
    private final long windowSeconds;
    private final int addressMaxFailures;
    private final int accountMaxFailures;
    private final long firstDelaySeconds;
    private final long maxDelaySeconds;

    LoginThrottle(
            JdbcClient jdbc,
            @Value("${dangvu.security.window-minutes:15}") long windowMinutes,
            @Value("${dangvu.security.address-max-failures:10}") int addressMaxFailures,
            @Value("${dangvu.security.account-max-failures:30}") int accountMaxFailures,
            @Value("${dangvu.security.first-delay-seconds:30}") long firstDelaySeconds,
            @Value("${dangvu.security.max-delay-minutes:15}") long maxDelayMinutes) {
        if (accountMaxFailures <= addressMaxFailures) {
            throw new IllegalStateException("dangvu.security.account-max-failures (" + accountMaxFailures
                    + ") must be larger than dangvu.security.address-max-failures (" + addressMaxFailures
                    + "): otherwise a stranger at one address could delay anyone's sign-in");
        }
        this.jdbc = jdbc;
        this.windowSeconds = Duration.ofMinutes(windowMinutes).toSeconds();
        this.addressMaxFailures = addressMaxFailures;
        this.accountMaxFailures = accountMaxFailures;
        this.firstDelaySeconds = firstDelaySeconds;
        this.maxDelaySeconds = Duration.ofMinutes(maxDelayMinutes).toSeconds();
    }

    /** How long attempts for this name are still refused, if they are. */
    Optional<Duration> delay(String username) {
        return delay(null, username);
    }

    /** How long attempts from this address or for this name are still refused, if they are. */
    Optional<Duration> delay(String address, String username) {
        return jdbc.sql("""
                        select ceil(extract(epoch from blocked_until - now()))::bigint
                        from login_throttle
                        where blocked_until > now()
                          and ((kind = 'ADDRESS' and subject = :address) or (kind = 'ACCOUNT' and subject = :account))
                        order by blocked_until desc
                        limit 1
                        """)
                .param("address", address == null ? null : subject(address))
                .param("account", account(username))
                .query(Long.class)
                .optional()
                .map(seconds -> Duration.ofSeconds(Math.max(seconds, 1)));
    }

    /** Counts a wrong password (or unknown name) from this address for this name. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String address, String username) {
        count("ADDRESS", subject(address), addressMaxFailures);
        count("ACCOUNT", account(username), accountMaxFailures);
    }

    /** Counts a wrong current password given on the user's own password page. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void failed(String username) {
        count("ACCOUNT", account(username), accountMaxFailures);
    }

    /** The right password: the name starts afresh. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username) {
        jdbc.sql("delete from login_throttle where kind = 'ACCOUNT' and subject = :account")
                .param("account", account(username))
                .update();
    }

    /** Forgets the counts nobody added to within the window (names sprayed at random would pile up). */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    void forgetOldFailures() {
        jdbc.sql("""
                        delete from login_throttle
                        where greatest(last_failure, blocked_until) + make_interval(secs => :window) < now()
                        """).param("window", windowSeconds).update();
    }

    /**
     * One more failure for the subject, starting over when the last one is older than the window; from
     * the limit on, the subject is refused for the first delay, doubled for each failure past the limit.
     * Both statements run in one transaction, so they read the same {@code now()}.
     */
    private void count(String kind, String subject, int limit) {
        jdbc.sql("""
                        insert into login_throttle as t (kind, subject, failures, last_failure)
                        values (:kind, :subject, 1, now())
                        on conflict (kind, subject) do update set
                            failures = case
                                when greatest(t.last_failure, t.blocked_until) + make_interval(secs => :window) < now()
                                then 1 else t.failures + 1 end,
                            last_failure = now(),
                            blocked_until = null
                        """)
                .param("kind", kind)
                .param("subject", subject)
                .param("window", windowSeconds)
                .update();
        jdbc.sql("""
                        update login_throttle
                        set blocked_until = now() + make_interval(secs =>
                                least(:first * power(2, least(failures - :limit, 30)), :max))
                        where kind = :kind and subject = :subject and failures >= :limit
                        """)
                .param("kind", kind)
                .param("subject", subject)
                .param("limit", limit)
                .param("first", firstDelaySeconds)
                .param("max", maxDelaySeconds)
                .update();
    }

    private static String account(String username) {
        return subject(username == null ? "" : UserAccount.normalise(username));
    }

    private static String subject(String value) {
        String text = value == null ? "" : value;
        return text.length() > LONGEST_SUBJECT ? text.substring(0, LONGEST_SUBJECT) : text;
    }
}
