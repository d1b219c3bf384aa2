package vn.dangvu.shared.jobs;

import org.springframework.stereotype.Component;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.NotFoundException;

/**
 * Who sees a job: the user who started it, whatever their role (the start already checked what they may
 * do). Anyone else's job does not exist for them.
 */
@Component
public class JobPolicy {

    public boolean mayRead(Actor actor, long ownerId) {
        return actor.userId() == ownerId;
    }

    public void requireRead(Actor actor, long ownerId) {
        if (!mayRead(actor, ownerId)) {
            throw new NotFoundException();
        }
    }
}
