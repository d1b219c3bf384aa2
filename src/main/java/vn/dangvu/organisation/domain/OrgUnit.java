package vn.dangvu.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.organisation.UnitKind;
import vn.dangvu.organisation.UnitStatus;
import vn.dangvu.organisation.UnitView;
import vn.dangvu.shared.BusinessRuleException;

@Entity
@Table(name = "org_unit")
public class OrgUnit {

    /** Taken from org_unit_seq before the insert, so that the path can hold it. */
    @Id
    private Long id;

    private String code;
    private String name;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    private Long parentId;
    private String path;

    @Enumerated(EnumType.STRING)
    private UnitStatus status = UnitStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    private LevelRole levelRole;

    private LocalDate dissolvedOn;
    private String dissolutionDecision;

    @Column(insertable = false, updatable = false)
    private java.time.Instant createdAt;

    @Version
    private Long version;

    protected OrgUnit() {}

    private OrgUnit(long id, String code, String name, UnitKind kind, LevelRole levelRole, OrgUnit parent) {
        this.id = id;
        this.code = code;
        this.name = name.trim();
        this.kind = kind;
        this.levelRole = levelRole;
        this.parentId = parent == null ? null : parent.id;
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    /** A unit whose id comes from the sequence beforehand, so that its path is known when inserted. */
    public static OrgUnit create(
            long id, String code, String name, UnitKind kind, LevelRole levelRole, OrgUnit parent) {
        if (parent != null && !parent.isActive()) {
            throw new BusinessRuleException("unit.parentDissolved");
        }
        if (kind.isBranch() && (parent == null || !LevelRole.holdsBranches(parent.levelRole, parent.kind))) {
            throw BusinessRuleException.onField("kind", "unit.branchNeedsCommune");
        }
        return new OrgUnit(id, code, name, kind, levelRole, parent);
    }

    public void rename(String newName) {
        this.name = newName.trim();
    }

    public void dissolve(String decision, LocalDate on) {
        if (!isActive()) {
            throw new BusinessRuleException("unit.alreadyDissolved");
        }
        if (!kind.isBranch()) {
            throw new BusinessRuleException("unit.onlyBranchesDissolve");
        }
        this.status = UnitStatus.DISSOLVED;
        this.dissolutionDecision = decision.trim();
        this.dissolvedOn = on;
    }

    public boolean isActive() {
        return status == UnitStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getPath() {
        return path;
    }

    public LevelRole getLevelRole() {
        return levelRole;
    }

    public UnitKind getKind() {
        return kind;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    public UnitView toView() {
        return new UnitView(
                id,
                code,
                name,
                kind,
                status,
                parentId,
                path,
                dissolvedOn,
                dissolutionDecision,
                getVersion(),
                levelRole);
    }
}
