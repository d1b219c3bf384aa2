package vn.dangvu.account;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked while the first data (and with it the accounts) is still being loaded. */
class DataLoadingException extends AuthenticationException {

    DataLoadingException() {
        super("the first data is still loading");
    }
}
