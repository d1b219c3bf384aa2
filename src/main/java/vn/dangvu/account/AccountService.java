package vn.dangvu.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.account.domain.UserAccount;
import vn.dangvu.account.domain.UserAccountRepository;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitChoice;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditDetails;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.ConflictException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.shared.RecordLink;
import vn.dangvu.shared.RecordLinks;
import vn.dangvu.shared.Role;

/** User accounts: administration by district staff within their scope, and the accounts for sign-in. */
@Service
@Transactional(readOnly = true)
public class AccountService {

    public static final String AUDIT_TYPE = "ACCOUNT";

    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserAccountRepository accounts;
    private final OrganisationService organisation;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final org.springframework.session.FindByIndexNameSessionRepository<?> sessions;
    private final AccountPolicy policy;
    private final RecordLinks links;
    private final MemberAccountService memberAccounts;

    AccountService(
            UserAccountRepository accounts,
            OrganisationService organisation,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            org.springframework.session.FindByIndexNameSessionRepository<?> sessions,
            AccountPolicy policy,
            RecordLinks links,
            MemberAccountService memberAccounts) {
        this.memberAccounts = memberAccounts;
        this.policy = policy;
        this.links = links;
        this.audit = audit;
        this.sessions = sessions;
        this.accounts = accounts;
        this.organisation = organisation;
        this.passwordEncoder = passwordEncoder;
    }

    // ---- sign-in ----

    Optional<AccountPrincipal> principal(String username) {
        return accounts.findByUsername(UserAccount.normalise(username))
                .flatMap(account -> account.getRole() == Role.MEMBER
                        ? memberAccounts.principal(account)
                        : organisation
                                .find(account.getScopeUnitId())
                                .map(scope -> new AccountPrincipal(
                                        actor(account, scope), account.getPasswordHash(), account.isEnabled())));
    }

    /** The signed-in user; an account of an ended unit reads that unit's former subtree (its history). */
    private Actor actor(UserAccount account, UnitView unit) {
        java.time.LocalDate endedOn = unit.active() ? null : endedOn(unit);
        return new Actor(
                account.getId(),
                account.getUsername(),
                account.getFullName(),
                account.getRole(),
                unit.id(),
                unit.path(),
                endedOn,
                endedOn == null ? null : organisation.formerScope(unit, endedOn));
    }

    /** The day an ended unit ended; a unit ended before the records began has no day, so today stands in. */
    private static java.time.LocalDate endedOn(UnitView scope) {
        return scope.dissolvedOn() == null ? java.time.LocalDate.now() : scope.dissolvedOn();
    }

    // ---- administration ----

    public PageView<AccountView> list(Actor actor, int page) {
        policy.requireManageAccounts(actor);
        List<Long> unitIds =
                organisation.subtreeOfKinds(actor.scopePath(), java.util.EnumSet.allOf(UnitKind.class), false).stream()
                        .map(UnitView::id)
                        .toList();
        Page<UserAccount> found =
                accounts.findInUnitsOrderByUsername(unitIds, PageRequest.of(page, PageView.DEFAULT_SIZE));
        Map<Long, Long> unitOf = memberAccounts.unitsNow(found.getContent());
        Map<Long, UnitView> units = organisation.findAll(unitOf.values());
        return new PageView<>(
                found.getContent().stream()
                        .map(a -> view(a, units.get(unitOf.get(a.getId()))))
                        .toList(),
                page,
                PageView.DEFAULT_SIZE,
                found.getTotalElements());
    }

    /** Enabled accounts of one role within the administrator's scope (e.g. district leaders to assign as liaisons). */
    public List<AccountView> ofRole(Actor actor, Role role) {
        policy.requireManageAccounts(actor);
        List<Long> unitIds =
                organisation.subtreeOfKinds(actor.scopePath(), java.util.EnumSet.allOf(UnitKind.class), false).stream()
                        .map(UnitView::id)
                        .toList();
        List<UserAccount> found = accounts.findByRoleAndEnabledTrueAndScopeUnitIdInOrderByFullName(role, unitIds);
        Map<Long, UnitView> units = organisation.findAll(
                found.stream().map(UserAccount::getScopeUnitId).toList());
        return found.stream().map(a -> view(a, units.get(a.getScopeUnitId()))).toList();
    }

    public AccountView get(Actor actor, long id) {
        policy.requireManageAccounts(actor);
        UserAccount account = loadInScope(actor, id);
        return view(
                account,
                organisation
                        .find(memberAccounts.unitsNow(List.of(account)).get(id))
                        .orElseThrow());
    }

    /**
     * The account form's page: the account (null for a new one), the roles and scopes to choose from, and
     * other modules' links; only for those who manage accounts.
     */
    public FormPage formPage(Actor actor, Long id) {
        policy.requireManageAccounts(actor);
        AccountView account = id == null ? null : get(actor, id);
        return new FormPage(
                account,
                policy.formRoles(),
                organisation.choices(actor.scopePath(), java.util.EnumSet.allOf(UnitKind.class), true),
                id == null ? List.of() : links.on(actor, AUDIT_TYPE, id));
    }

    public record FormPage(AccountView account, List<Role> roles, List<UnitChoice> scopes, List<RecordLink> links) {}

    /** The user names of these accounts, by id, for modules that name who did something (no scope check). */
    public Map<Long, String> usernames(java.util.Collection<Long> ids) {
        return ids.isEmpty()
                ? Map.of()
                : accounts.findAllById(ids).stream()
                        .collect(java.util.stream.Collectors.toMap(UserAccount::getId, UserAccount::getUsername));
    }

    public AccountForm editForm(Actor actor, long id) {
        policy.requireManageAccounts(actor);
        UserAccount account = loadInScope(actor, id);
        return new AccountForm(
                account.getUsername(),
                account.getFullName(),
                account.getRole(),
                account.getScopeUnitId(),
                "",
                account.getVersion());
    }

    @Transactional
    public long create(Actor actor, AccountForm form) {
        policy.requireManageAccounts(actor);
        checkScope(actor, form.role(), form.scopeUnitId());
        if (!organisation.find(form.scopeUnitId()).orElseThrow().active()) {
            throw BusinessRuleException.onField("scopeUnitId", "account.scopeEnded");
        }
        return register(actor, form.username(), form.password(), form.fullName(), form.role(), form.scopeUnitId());
    }

    /** An account whose scope was checked: a unique username and a long enough password, audited. */
    long register(Actor actor, String username, String rawPassword, String fullName, Role role, long scopeUnitId) {
        String normalised = UserAccount.normalise(username);
        if (accounts.existsByUsername(normalised)) {
            throw BusinessRuleException.onField("username", "account.usernameTaken");
        }
        checkPassword("password", rawPassword);
        long id = accounts.save(
                        new UserAccount(normalised, passwordEncoder.encode(rawPassword), fullName, role, scopeUnitId))
                .getId();
        audit.record(actor, AUDIT_TYPE, id, "CREATED", normalised + ", " + role + ", " + scopeUnitId);
        return id;
    }

    @Transactional
    public void update(Actor actor, long id, AccountForm form) {
        policy.requireManageAccounts(actor);
        UserAccount account = loadInScope(actor, id);
        if (form.version() == null || form.version() != account.getVersion()) {
            throw new ConflictException();
        }
        change(actor, account, form.fullName(), form.role(), form.scopeUnitId());
    }

    /**
     * Moves a system-made account to another unit (the demo's accounts after the reform of 1/7/2025), under
     * the form's rules for its role, audited as done by the system.
     */
    @Transactional
    void moveSystemAccount(String username, String fullName, long scopeUnitId) {
        UserAccount account =
                accounts.findByUsername(UserAccount.normalise(username)).orElseThrow(NotFoundException::new);
        change(null, account, fullName, account.getRole(), scopeUnitId);
    }

    /**
     * A new name, role or scope, by the actor (the system when null): the scope fits the role and lies in
     * the actor's reach, and a new scope is a unit still active; changed rights sign the user out.
     */
    private void change(Actor actor, UserAccount account, String fullName, Role role, long scopeUnitId) {
        boolean scopeChanged = account.getScopeUnitId() != scopeUnitId;
        checkScope(actor, role, scopeUnitId);
        if (scopeChanged && !organisation.find(scopeUnitId).orElseThrow().active()) {
            throw BusinessRuleException.onField("scopeUnitId", "account.scopeEnded");
        }
        boolean rightsChanged = account.getRole() != role || scopeChanged;
        account.update(fullName, role, scopeUnitId);
        if (rightsChanged) {
            signOut(account.getUsername());
        }
        audit.recordDetails(
                actor,
                AUDIT_TYPE,
                account.getId(),
                "UPDATED",
                AuditDetails.of().text("fullName", fullName).code("role", role).unit("scopeUnitId", scopeUnitId));
    }

    @Transactional
    public void resetPassword(Actor actor, long id, PasswordForm form) {
        policy.requireManageAccounts(actor);
        UserAccount account = loadInScope(actor, id);
        checkPassword("password", form.password());
        if (!form.password().equals(form.confirmation())) {
            throw BusinessRuleException.onField("confirmation", "account.passwordMismatch");
        }
        account.changePassword(passwordEncoder.encode(form.password()));
        signOut(account.getUsername());
        audit.record(actor, AUDIT_TYPE, id, "PASSWORD_RESET", null);
    }

    @Transactional
    public void setEnabled(Actor actor, long id, boolean enabled) {
        policy.requireManageAccounts(actor);
        UserAccount account = loadInScope(actor, id);
        if (!enabled && account.getId() == actor.userId()) {
            throw new BusinessRuleException("account.cannotDisableSelf");
        }
        account.setEnabled(enabled);
        if (!enabled) {
            signOut(account.getUsername());
        }
        audit.record(actor, AUDIT_TYPE, id, enabled ? "ENABLED" : "DISABLED", null);
    }

    // ---- for the first start ----

    boolean exists(String username) {
        return accounts.existsByUsername(UserAccount.normalise(username));
    }

    boolean anyOfRole(Role role) {
        return accounts.existsByRole(role);
    }

    /** Ends the open sessions of the users whose scope is one of these units (they changed place or ended). */
    void signOutUsersScopedTo(List<Long> unitIds) {
        accounts.findByScopeUnitIdIn(unitIds).forEach(account -> signOut(account.getUsername()));
    }

    /**
     * Ends the user's open sessions, so that a disabled account, changed rights or a password reset take
     * effect at once.
     */
    private void signOut(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    private UserAccount loadInScope(Actor actor, long id) {
        UserAccount account = accounts.findById(id).orElseThrow(NotFoundException::new);
        UnitView scope = organisation
                .find(memberAccounts.unitsNow(List.of(account)).get(id))
                .orElseThrow(NotFoundException::new);
        actor.requireCovers(scope.path());
        return account;
    }

    /**
     * A role's scope must be a unit of the matching level, inside the administrator's own scope (a
     * system loader, with no actor, has the whole tree).
     */
    void checkScope(Actor actor, Role role, long scopeUnitId) {
        UnitView scope = organisation.find(scopeUnitId).orElse(null);
        if (scope == null || (actor != null && !actor.covers(scope.path()))) {
            throw BusinessRuleException.onField("scopeUnitId", "account.scopeOutOfReach");
        }
        if (!policy.scopeFits(role, scope.kind(), scope.levelRole())) {
            throw BusinessRuleException.onField("scopeUnitId", "account.scopeNotForRole");
        }
    }

    static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw BusinessRuleException.onField(field, "account.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
    }

    private static AccountView view(UserAccount account, UnitView scope) {
        return new AccountView(
                account.getId(),
                account.getUsername(),
                account.getFullName(),
                account.getRole(),
                scope,
                account.isEnabled());
    }
}
