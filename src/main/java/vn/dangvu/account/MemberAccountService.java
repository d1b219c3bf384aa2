package vn.dangvu.account;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.account.domain.UserAccount;
import vn.dangvu.account.domain.UserAccountRepository;
import vn.dangvu.member.MemberService;
import vn.dangvu.member.MemberSummary;
import vn.dangvu.organisation.OrganisationService;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.Role;

/**
 * Members' own accounts (issue 21): issued by the branch secretary with a one-time activation code printed
 * on a slip (no e-mail or SMS), activated by the member, who then chooses a password. A member's account
 * follows the member: its scope is the member's branch as it stands at each request, and it stops working
 * when the member leaves the Party.
 */
@Service
@Transactional(readOnly = true)
public class MemberAccountService {

    /** How long a code works: long enough for the slip to reach the member at the next branch meeting. */
    static final Duration CODE_LIFETIME = Duration.ofDays(14);

    /** No 0/O, 1/I/L: a code is read from paper and typed on a phone. */
    static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    static final int CODE_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final MemberService members;
    private final OrganisationService organisation;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final LoginThrottle throttle;
    private final AccountPolicy policy;

    MemberAccountService(
            UserAccountRepository accounts,
            MemberService members,
            OrganisationService organisation,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            FindByIndexNameSessionRepository<?> sessions,
            LoginThrottle throttle,
            AccountPolicy policy) {
        this.accounts = accounts;
        this.members = members;
        this.organisation = organisation;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
        this.throttle = throttle;
        this.policy = policy;
    }

    /** A member's account state as the secretary's list shows it. */
    public enum State {
        NONE,
        WAITING,
        EXPIRED,
        ACTIVE,
        DISABLED
    }

    /** One member of the branch and their account, if any. */
    public record Row(
            long memberId, String fullName, Integer birthYear, Long accountId, String username, State state) {}

    /** What the secretary reads on a slip: shown once, right after the code is made (only its hash is kept). */
    public record Slip(String fullName, String username, String code, Instant expiresAt)
            implements java.io.Serializable {

        /** The last day the code works, as the member reads it (the app's users are all in Vietnam). */
        public java.time.LocalDate expiresOn() {
            return expiresAt.atZone(java.time.ZoneId.systemDefault()).toLocalDate();
        }
    }

    /** The secretary's page: the members who attend their branch, and their accounts. */
    public record BranchAccounts(UnitView branch, List<Row> rows) {
        public long withoutAccount() {
            return rows.stream().filter(r -> r.state() == State.NONE).count();
        }
    }

    public BranchAccounts branchAccounts(Actor actor) {
        policy.requireIssueMemberAccounts(actor);
        UnitView branch = organisation.find(actor.scopeUnitId()).orElseThrow(NotFoundException::new);
        List<MemberSummary> attending = members.attending(List.of(branch.id()), null);
        Map<Long, UserAccount> byMember = accountsOf(attending);
        Instant now = Instant.now();
        List<Row> rows = attending.stream()
                .map(m -> {
                    UserAccount account = byMember.get(m.id());
                    return new Row(
                            m.id(),
                            m.fullName(),
                            m.birthYear(),
                            account == null ? null : account.getId(),
                            account == null ? null : account.getUsername(),
                            state(account, now));
                })
                .toList();
        return new BranchAccounts(branch, rows);
    }

    /**
     * An account with a code for every member of the secretary's branch who has none yet; the slips to
     * print, by name. All or nothing: one transaction.
     */
    @Transactional
    public List<Slip> issueAll(Actor actor) {
        policy.requireIssueMemberAccounts(actor);
        List<MemberSummary> attending = members.attending(List.of(actor.scopeUnitId()), null);
        Map<Long, UserAccount> byMember = accountsOf(attending);
        List<Slip> slips = new ArrayList<>();
        for (MemberSummary member : attending) {
            if (!byMember.containsKey(member.id())) {
                slips.add(issue(actor, member, usernameFor(member)));
            }
        }
        return slips;
    }

    /**
     * A new code for a member of the secretary's branch (a lost slip, an expired code, a forgotten
     * password): the old code and password stop working, and the member's open sessions end.
     */
    @Transactional
    public Slip reissue(Actor actor, long accountId) {
        policy.requireIssueMemberAccounts(actor);
        UserAccount account = accounts.findById(accountId)
                .filter(a -> a.getRole() == Role.MEMBER)
                .orElseThrow(NotFoundException::new);
        MemberSummary member = members.find(account.getMemberId()).orElseThrow(NotFoundException::new);
        if (member.branchId() != actor.scopeUnitId() || member.hasLeft()) {
            throw new NotFoundException();
        }
        String code = newCode();
        Instant expiresAt = Instant.now().plus(CODE_LIFETIME);
        account.issueActivationCode(passwordEncoder.encode(code), expiresAt, unusablePassword());
        signOut(account.getUsername());
        audit.record(actor, AccountService.AUDIT_TYPE, account.getId(), "CODE_REISSUED", account.getUsername());
        return new Slip(member.fullName(), account.getUsername(), display(code), expiresAt);
    }

    /**
     * A member's account made by the system (the demo): activated with {@code rawPassword}, or, when that
     * is null, waiting for {@code code}, as a secretary's slip would have it.
     */
    @Transactional
    void createSystemAccount(String username, long memberId, String rawPassword, String code) {
        MemberSummary member = members.find(memberId).orElseThrow(NotFoundException::new);
        Slip slip = issue(null, member, UserAccount.normalise(username), code == null ? newCode() : code);
        if (rawPassword != null) {
            activate(new ActivationForm(slip.username(), slip.code(), rawPassword, rawPassword), "system");
        }
    }

    private Slip issue(Actor actor, MemberSummary member, String username) {
        return issue(actor, member, username, newCode());
    }

    private Slip issue(Actor actor, MemberSummary member, String username, String code) {
        if (accounts.existsByUsername(username)) {
            throw BusinessRuleException.onField("username", "account.usernameTaken");
        }
        Instant expiresAt = Instant.now().plus(CODE_LIFETIME);
        UserAccount account =
                UserAccount.forMember(username, unusablePassword(), member.fullName(), member.branchId(), member.id());
        account.issueActivationCode(passwordEncoder.encode(code), expiresAt, account.getPasswordHash());
        long id = accounts.save(account).getId();
        audit.record(
                actor, AccountService.AUDIT_TYPE, id, "MEMBER_ACCOUNT_ISSUED", username + ", member " + member.id());
        return new Slip(member.fullName(), username, display(code), expiresAt);
    }

    /**
     * The member's first sign-in: their username, the code from the slip and the password they choose
     * (the rules of every password change). A wrong code counts against the name and the address in the
     * sign-in throttle, as a wrong password does; an expired or used code is refused.
     */
    @Transactional
    public void activate(ActivationForm form, String address) {
        String username = UserAccount.normalise(form.username());
        throttle.delay(address, username).ifPresent(wait -> {
            throw BusinessRuleException.onField(
                    "code", "account.activation.wait", LoginThrottledException.minutes(wait));
        });
        UserAccount account = accounts.findByUsername(username)
                .filter(a -> a.getRole() == Role.MEMBER && a.awaitsActivation())
                .orElse(null);
        String code = normaliseCode(form.code());
        if (account == null || !passwordEncoder.matches(code, account.getActivationCodeHash())) {
            throttle.failed(address, username);
            throw BusinessRuleException.onField("code", "account.activation.wrong");
        }
        if (!Instant.now().isBefore(account.getActivationExpiresAt())) {
            throw BusinessRuleException.onField("code", "account.activation.expired");
        }
        AccountService.checkPassword("password", form.password());
        if (!form.password().equals(form.confirmation())) {
            throw BusinessRuleException.onField("confirmation", "account.passwordMismatch");
        }
        account.activate(passwordEncoder.encode(form.password()));
        throttle.succeeded(username);
        audit.record(null, AccountService.AUDIT_TYPE, account.getId(), "ACTIVATED", username);
    }

    // ---- the signed-in member ----

    /** Whether a member's account may be used now, and as whom. */
    public enum Standing {
        OK,
        LEFT,
        DISABLED
    }

    /** The member's actor as of now (their branch today), or why the account no longer opens. */
    public record CurrentMember(Standing standing, Actor actor) {}

    /**
     * Each account's unit now, by account id: a member's account follows the branch the member attends
     * (a transfer moves it, as it moves what the member sees), any other account keeps its scope.
     */
    Map<Long, Long> unitsNow(List<UserAccount> found) {
        List<Long> memberIds = found.stream()
                .map(UserAccount::getMemberId)
                .filter(Objects::nonNull)
                .toList();
        Map<Long, Long> branchOf = new HashMap<>();
        if (!memberIds.isEmpty()) {
            members.findAll(memberIds).forEach(m -> branchOf.put(m.id(), m.branchId()));
        }
        Map<Long, Long> units = new HashMap<>();
        for (UserAccount account : found) {
            Long memberId = account.getMemberId();
            units.put(
                    account.getId(),
                    memberId == null
                            ? account.getScopeUnitId()
                            : branchOf.getOrDefault(memberId, account.getScopeUnitId()));
        }
        return units;
    }

    /** The actor of a member's account with their branch as it stands now, or why they are refused. */
    CurrentMember current(long accountId) {
        UserAccount account = accounts.findById(accountId).orElse(null);
        if (account == null || account.getRole() != Role.MEMBER || !account.isEnabled()) {
            return new CurrentMember(Standing.DISABLED, null);
        }
        MemberSummary member = members.find(account.getMemberId()).orElse(null);
        if (member == null || member.hasLeft()) {
            return new CurrentMember(Standing.LEFT, null);
        }
        UnitView branch = organisation.find(member.branchId()).orElseThrow();
        return new CurrentMember(Standing.OK, actor(account, branch));
    }

    /** The principal of a member's account at sign-in: refused (after a correct password) once they left. */
    Optional<AccountPrincipal> principal(UserAccount account) {
        return members.find(account.getMemberId())
                .flatMap(member -> organisation
                        .find(member.branchId())
                        .map(branch -> new AccountPrincipal(
                                actor(account, branch),
                                account.getPasswordHash(),
                                account.isEnabled(),
                                member.hasLeft())));
    }

    private static Actor actor(UserAccount account, UnitView branch) {
        return new Actor(
                account.getId(),
                account.getUsername(),
                account.getFullName(),
                Role.MEMBER,
                branch.id(),
                branch.path(),
                null,
                null,
                account.getMemberId());
    }

    private Map<Long, UserAccount> accountsOf(List<MemberSummary> attending) {
        return accounts
                .findByMemberIdIn(attending.stream().map(MemberSummary::id).toList())
                .stream()
                .collect(Collectors.toMap(UserAccount::getMemberId, Function.identity()));
    }

    private static State state(UserAccount account, Instant now) {
        if (account == null) {
            return State.NONE;
        }
        if (!account.isEnabled()) {
            return State.DISABLED;
        }
        if (account.awaitsActivation()) {
            return now.isBefore(account.getActivationExpiresAt()) ? State.WAITING : State.EXPIRED;
        }
        return State.ACTIVE;
    }

    /** The member's given name without marks, and their number: short to type, and never taken twice. */
    private String usernameFor(MemberSummary member) {
        String[] words = fold(member.fullName()).split("\\s+");
        String base = words[words.length - 1] + "." + member.id();
        String username = base;
        for (int i = 2; accounts.existsByUsername(username); i++) {
            username = base + "-" + i;
        }
        return username;
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed
                .replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9 ]", "")
                .trim()
                .toLowerCase(Locale.ROOT);
    }

    static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** As printed: two groups of five, easier to read aloud and to copy. */
    static String display(String code) {
        return code.substring(0, 5) + "-" + code.substring(5);
    }

    /** As typed: spaces and dashes dropped, small letters read as capitals. */
    static String normaliseCode(String typed) {
        return typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** A password nobody is told: the account opens only by its code until the member chooses one. */
    private String unusablePassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return passwordEncoder.encode(HexFormat.of().formatHex(secret));
    }

    private void signOut(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }
}
