package vn.dangvu.account;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.dangvu.organisation.UnitsChanged;

/**
 * A signed-in user carries the path of their scope unit from the moment they signed in. When a
 * reorganisation moves or ends that unit, the path no longer matches the tree and every page would answer
 * 404, or a write would go through for a unit that has ended: so, once the reorganisation is committed, the
 * users whose scope it changed are signed out, as a change of their rights signs them out, and sign in
 * again to their unit as it now stands.
 */
@Component
@RequiredArgsConstructor
class ReorganisedScopes {

    private final AccountService accounts;

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void signOutUsersOf(UnitsChanged changed) {
        accounts.signOutUsersScopedTo(changed.unitIds());
    }
}
