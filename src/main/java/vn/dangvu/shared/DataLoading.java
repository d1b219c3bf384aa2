package vn.dangvu.shared;

import org.springframework.stereotype.Component;

/**
 * Whether the application is still loading its first data (the demo district on a first start). The web
 * server already answers then, but the accounts are not there yet: sign-in says so instead of calling a
 * correct password wrong.
 */
@Component
public class DataLoading {

    private volatile boolean inProgress;

    public void begin() {
        inProgress = true;
    }

    public void end() {
        inProgress = false;
    }

    public boolean inProgress() {
        return inProgress;
    }
}
