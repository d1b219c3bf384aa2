package vn.dangvu.shared;

import java.time.LocalDate;

/**
 * The signed-in user as the services see them: a role and a scope, the subtree of the organisation
 * tree below (and including) {@code scopeUnitId}, whose materialised path is {@code scopePath}.
 * {@code scopeEndedOn}: the day the scope unit ended (merged, ended by a reorganisation, dissolved), or
 * null while it is active; such an account still reads its history but writes nothing ({@link #writes}).
 * {@code scope}: what the actor reads — {@code scopePath} alone for an active unit; for an ended one, the
 * units that were under it the day before it ended, at their paths of today (see {@link Scope}). Lists
 * filter by it and {@link #covers} tests it; {@code scopePath} stays the unit's own subtree for writes.
 * {@code memberId}: the member a {@link Role#MEMBER} account belongs to (null for every other role); such an
 * actor's scope is that member's current branch, and it reads only its own records.
 */
public record Actor(
        long userId,
        String username,
        String fullName,
        Role role,
        long scopeUnitId,
        String scopePath,
        LocalDate scopeEndedOn,
        Scope scope,
        Long memberId)
        implements java.io.Serializable {

    /** A null scope (an actor built without one, or a session stored before scopes had it) is the one subtree. */
    public Actor {
        if (scope == null && scopePath != null) {
            scope = Scope.of(scopePath);
        }
    }

    /** An actor who is no member's own account. */
    public Actor(
            long userId,
            String username,
            String fullName,
            Role role,
            long scopeUnitId,
            String scopePath,
            LocalDate scopeEndedOn,
            Scope scope) {
        this(userId, username, fullName, role, scopeUnitId, scopePath, scopeEndedOn, scope, null);
    }

    /**
     * Whether the actor reaches only their own pages: a member's own account (issue 21), whose menu and
     * home are {@code /me}.
     */
    public boolean ownPagesOnly() {
        return role == Role.MEMBER;
    }

    /** Whether this is the member's own account of member {@code id}. */
    public boolean isMember(long id) {
        return role == Role.MEMBER && memberId != null && memberId == id;
    }

    /** An actor whose scope is its unit's current subtree. */
    public Actor(
            long userId,
            String username,
            String fullName,
            Role role,
            long scopeUnitId,
            String scopePath,
            LocalDate scopeEndedOn) {
        this(userId, username, fullName, role, scopeUnitId, scopePath, scopeEndedOn, null);
    }

    /** An actor whose scope unit is active. */
    public Actor(long userId, String username, String fullName, Role role, long scopeUnitId, String scopePath) {
        this(userId, username, fullName, role, scopeUnitId, scopePath, null, null, null);
    }

    /** Whether a unit with this materialised path lies in what the actor reads. */
    public boolean covers(String unitPath) {
        return scope != null && scope.covers(unitPath);
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

    /**
     * Whether the actor may write at all: the one rule every policy's write decision starts from. An
     * account whose unit has ended keeps reading that unit's history, and writes nothing until staff move
     * it to a unit that carries the work on.
     */
    public boolean writes() {
        return scopeEndedOn == null;
    }
}
