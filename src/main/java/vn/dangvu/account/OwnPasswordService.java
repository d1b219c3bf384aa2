package vn.dangvu.account;

import lombok.RequiredArgsConstructor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.account.domain.UserAccount;
import vn.dangvu.account.domain.UserAccountRepository;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ForbiddenException;

/**
 * Any signed-in user's own password. A change needs the current password (a session left open on a
 * shared computer must not be enough to take the account over; a wrong one counts against the name in
 * the sign-in throttle, as on the sign-in page) and ends the user's other sessions, so
 * that whoever else knew the old password is signed out everywhere.
 */
@Service
@RequiredArgsConstructor
public class OwnPasswordService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final LoginThrottle throttle;

    /** Changes the actor's password and ends every session of theirs except {@code keepSessionId}. */
    @Transactional
    public void change(Actor actor, OwnPasswordForm form, String keepSessionId) {
        UserAccount account = accounts.findById(actor.userId()).orElseThrow(ForbiddenException::new);
        throttle.delay(account.getUsername()).ifPresent(wait -> {
            throw BusinessRuleException.onField(
                    "currentPassword", "account.currentPasswordWait", LoginThrottledException.minutes(wait));
        });
        if (!passwordEncoder.matches(form.currentPassword(), account.getPasswordHash())) {
            throttle.failed(account.getUsername());
            throw BusinessRuleException.onField("currentPassword", "account.currentPasswordWrong");
        }
        AccountService.checkPassword("password", form.password());
        if (!form.password().equals(form.confirmation())) {
            throw BusinessRuleException.onField("confirmation", "account.passwordMismatch");
        }
        account.changePassword(passwordEncoder.encode(form.password()));
        audit.record(actor, AccountService.AUDIT_TYPE, account.getId(), "PASSWORD_CHANGED", null);
        sessions.findByPrincipalName(account.getUsername()).keySet().stream()
                .filter(id -> !id.equals(keepSessionId))
                .forEach(sessions::deleteById);
    }
}
