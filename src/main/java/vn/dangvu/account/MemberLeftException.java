package vn.dangvu.account;

import org.springframework.security.authentication.AccountStatusException;

/** A member's own account whose member has left the Party: told so after a correct password. */
class MemberLeftException extends AccountStatusException {

    MemberLeftException() {
        super("member left the Party");
    }
}
