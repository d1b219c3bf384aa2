package vn.dangvu.account.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;
import vn.dangvu.shared.Role;

@Entity
@Table(name = "app_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    private String username;
    private String passwordHash;
    private String fullName;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long scopeUnitId;
    private boolean enabled = true;

    /** The member a MEMBER account belongs to; null for every other role. */
    private Long memberId;

    /** A one-time activation code, hashed as passwords are, and when it stops working; both null once used. */
    private String activationCodeHash;

    private java.time.Instant activationExpiresAt;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(String username, String passwordHash, String fullName, Role role, long scopeUnitId) {
        this.username = normalise(username);
        this.passwordHash = passwordHash;
        this.fullName = fullName.trim();
        this.role = role;
        this.scopeUnitId = scopeUnitId;
    }

    /**
     * A member's own account, waiting for its activation code: its password is a random one nobody was
     * told, so that only the code opens it.
     */
    public static UserAccount forMember(
            String username, String unusablePasswordHash, String fullName, long branchId, long memberId) {
        UserAccount account = new UserAccount(username, unusablePasswordHash, fullName, Role.MEMBER, branchId);
        account.memberId = memberId;
        return account;
    }

    /** A new code replaces any earlier one (which stops working), and the old password with one nobody knows. */
    public void issueActivationCode(String codeHash, java.time.Instant expiresAt, String unusablePasswordHash) {
        if (role != Role.MEMBER) {
            throw new IllegalStateException("only a member's account is activated by a code");
        }
        this.activationCodeHash = codeHash;
        this.activationExpiresAt = expiresAt;
        this.passwordHash = unusablePasswordHash;
    }

    /** The code is used up: the password the member chose opens the account from now on. */
    public void activate(String passwordHash) {
        this.passwordHash = passwordHash;
        this.activationCodeHash = null;
        this.activationExpiresAt = null;
    }

    public boolean awaitsActivation() {
        return activationCodeHash != null;
    }

    public static String normalise(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    public void update(String fullName, Role role, long scopeUnitId) {
        this.fullName = fullName.trim();
        this.role = role;
        this.scopeUnitId = scopeUnitId;
    }

    public void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getFullName() {
        return fullName;
    }

    public Role getRole() {
        return role;
    }

    public Long getScopeUnitId() {
        return scopeUnitId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getActivationCodeHash() {
        return activationCodeHash;
    }

    public java.time.Instant getActivationExpiresAt() {
        return activationExpiresAt;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getVersion() {
        return version;
    }
}
