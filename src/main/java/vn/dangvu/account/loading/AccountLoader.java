package vn.dangvu.account.loading;

import vn.dangvu.shared.Role;

/**
 * Accounts made by the system. They keep the rules of the administration form (a scope of the role's
 * level, a unique username, a long enough password) and leave an audit entry by the system.
 */
public interface AccountLoader {

    long createSystemAccount(String username, String rawPassword, String fullName, Role role, long scopeUnitId);

    /**
     * Moves an account to another unit, keeping its role (e.g. to the unit that carries its work on after
     * a reorganisation): the form's rules for the role's scope, an audit entry by the system.
     */
    /**
     * A member's own account made by the system (the demo): activated with {@code rawPassword}, or, when
     * that is null, waiting for activation by {@code activationCode}.
     */
    void createMemberAccount(String username, long memberId, String rawPassword, String activationCode);

    void moveSystemAccount(String username, String fullName, long scopeUnitId);
}
