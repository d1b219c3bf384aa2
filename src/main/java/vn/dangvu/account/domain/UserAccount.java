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

    public boolean isEnabled() {
        return enabled;
    }

    public long getVersion() {
        return version;
    }
}
