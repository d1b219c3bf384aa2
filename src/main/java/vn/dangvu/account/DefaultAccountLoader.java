package vn.dangvu.account;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.shared.Role;

/**
 * Makes accounts through the same checks as the administration form (its bean validation, then the
 * service's), with no actor's scope to keep.
 */
@Component
@Transactional
@RequiredArgsConstructor
class DefaultAccountLoader implements AccountLoader {

    private final AccountService accounts;
    private final Validator validator;
    private final MemberAccountService memberAccounts;

    @Override
    public long createSystemAccount(String username, String rawPassword, String fullName, Role role, long scopeUnitId) {
        var violations = validator.validate(new AccountForm(username, fullName, role, scopeUnitId, rawPassword, null));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        accounts.checkScope(null, role, scopeUnitId);
        return accounts.register(null, username, rawPassword, fullName, role, scopeUnitId);
    }

    @Override
    public void createMemberAccount(String username, long memberId, String rawPassword, String activationCode) {
        memberAccounts.createSystemAccount(username, memberId, rawPassword, activationCode);
    }

    @Override
    public void moveSystemAccount(String username, String fullName, long scopeUnitId) {
        accounts.moveSystemAccount(username, fullName, scopeUnitId);
    }
}
