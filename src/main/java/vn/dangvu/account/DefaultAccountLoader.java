package vn.dangvu.account;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.account.loading.AccountLoader;
import vn.dangvu.shared.Role;

/** Makes accounts through the same checks as the administration form, with no actor's scope to keep. */
@Component
@Transactional
class DefaultAccountLoader implements AccountLoader {

    private final AccountService accounts;

    DefaultAccountLoader(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public long createSystemAccount(String username, String rawPassword, String fullName, Role role, long scopeUnitId) {
        accounts.checkScope(null, role, scopeUnitId);
        return accounts.register(null, username, rawPassword, fullName, role, scopeUnitId);
    }
}
