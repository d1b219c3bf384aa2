package vn.dangvu.shared.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The submissions of token-carrying forms, in PostgreSQL (V12) so that every app instance sees the same
 * claims. Each statement runs on its own (autocommit): a claim must be visible to a second request at once,
 * not when the first one's work commits.
 */
@Component
@EnableScheduling
@RequiredArgsConstructor
class FormSubmissions {

    /** Who sent which form with which values. */
    record Key(String owner, String token, String fingerprint) {}

    /** The outcome a first submission left for the ones after it. */
    record Outcome(String redirectTo, byte[] flash) {}

    /** What a request found when it tried to claim its submission. */
    sealed interface Claim {
        /** This request is the first: it does the work. */
        record Won() implements Claim {}

        /** A first request is still at work. */
        record Pending() implements Claim {}

        /** A first request finished; this one answers as it did. */
        record Done(Outcome outcome) implements Claim {}
    }

    /** A row as long as a day: a form is not submitted twice a day apart by a double tap. */
    static final Duration KEPT = Duration.ofHours(24);

    private final JdbcClient jdbc;

    /**
     * Claims the submission for this request, unless another request holds it. A claim older than {@code
     * abandoned} whose request never finished (its instance stopped) is taken over.
     */
    Claim claim(Key key, Duration abandoned) {
        int inserted = jdbc.sql("""
                        insert into form_submission (owner, token, fingerprint, state)
                        values (:owner, :token, :fingerprint, 'PENDING')
                        on conflict do nothing""").params(params(key)).update();
        if (inserted == 1) {
            return new Claim.Won();
        }
        int replayed = jdbc.sql("""
                        update form_submission set replays = replays + 1
                        where owner = :owner and token = :token and fingerprint = :fingerprint and state = 'DONE'""").params(params(key)).update();
        if (replayed == 1) {
            return outcome(key).<Claim>map(Claim.Done::new).orElseGet(Claim.Pending::new);
        }
        int takenOver = jdbc.sql("""
                        update form_submission set claimed_at = now()
                        where owner = :owner and token = :token and fingerprint = :fingerprint and state = 'PENDING'
                          and claimed_at < now() - make_interval(secs => :abandoned)""")
                .params(params(key))
                .param("abandoned", abandoned.toSeconds())
                .update();
        // a row that is gone was released by a first request that failed: the next attempt claims it
        return takenOver == 1 ? new Claim.Won() : new Claim.Pending();
    }

    /** Records how the first request answered, for the ones that repeat it. */
    void finish(Key key, String redirectTo, byte[] flash) {
        jdbc.sql("""
                        update form_submission set state = 'DONE', redirect_to = :redirectTo, flash = :flash
                        where owner = :owner and token = :token and fingerprint = :fingerprint""")
                .params(params(key))
                .param("redirectTo", redirectTo)
                .param("flash", flash)
                .update();
    }

    /** Forgets a submission that saved nothing (the form was shown again with errors, or it failed). */
    void release(Key key) {
        jdbc.sql("delete from form_submission where owner = :owner and token = :token and fingerprint = :fingerprint")
                .params(params(key))
                .update();
    }

    /** The flash attributes a finished submission of this owner left (null: none, or no such submission). */
    byte[] flashOf(String owner, String token) {
        return jdbc.sql("""
                        select flash from form_submission
                        where owner = :owner and token = :token and state = 'DONE' and flash is not null
                        order by claimed_at desc limit 1""")
                .param("owner", owner)
                .param("token", token)
                .query((rs, row) -> rs.getBytes(1))
                .optional()
                .orElse(null);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    void forgetOldSubmissions() {
        jdbc.sql("delete from form_submission where claimed_at < now() - make_interval(secs => :kept)")
                .param("kept", KEPT.toSeconds())
                .update();
    }

    private static Map<String, Object> params(Key key) {
        return Map.of("owner", key.owner(), "token", key.token(), "fingerprint", key.fingerprint());
    }

    private Optional<Outcome> outcome(Key key) {
        return jdbc.sql("""
                        select redirect_to, flash from form_submission
                        where owner = :owner and token = :token and fingerprint = :fingerprint and state = 'DONE'""")
                .params(params(key))
                .query((rs, row) -> new Outcome(rs.getString(1), rs.getBytes(2)))
                .optional();
    }
}
