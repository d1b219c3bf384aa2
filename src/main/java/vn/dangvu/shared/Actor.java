package vn.dangvu.shared;

/**
 * The signed-in user as the services see them: a role and a scope, the subtree of the organisation
 * tree below (and including) {@code scopeUnitId}, whose materialised path is {@code scopePath}.
 */
public record Actor(long userId, String username, String fullName, Role role, long scopeUnitId, String scopePath)
        implements java.io.Serializable {

    /** Whether a unit with this materialised path lies in the actor's subtree. */
    public boolean covers(String unitPath) {
        return unitPath != null && unitPath.startsWith(scopePath);
    }

    /** Throws {@link NotFoundException} unless the unit lies in scope: other scopes do not exist for this user. */
    public void requireCovers(String unitPath) {
        if (!covers(unitPath)) {
            throw new NotFoundException();
        }
    }

    public boolean is(Role other) {
        return role == other;
    }
}
