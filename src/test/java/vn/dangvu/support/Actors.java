package vn.dangvu.support;

import vn.dangvu.shared.Actor;
import vn.dangvu.shared.Role;

/** Signed-in users for policy tests, without a database: a role and a scope path. */
public final class Actors {

    private Actors() {}

    public static Actor of(Role role, String scopePath) {
        return new Actor(1, role.name().toLowerCase(), role.name(), role, 1, scopePath);
    }

    /** The usual scope of each role in the tests: the district /1/, a commune /1/2/, a branch /1/2/3/. */
    public static Actor of(Role role) {
        return of(
                role,
                switch (role) {
                    case DISTRICT_STAFF, DISTRICT_LEADER -> "/1/";
                    case COMMUNE_OFFICIAL -> "/1/2/";
                    case BRANCH_SECRETARY, MEMBER -> "/1/2/3/";
                });
    }
}
