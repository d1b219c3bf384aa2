package vn.dangvu.evaluation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.dangvu.shared.BusinessRuleException;

/**
 * A justified exception to a rating rule, with its reason and the body that decided it: more excellent ratings
 * than a grassroots organisation's quota ({@code extra} more), or a branch dissolved without its year's rating.
 */
@Entity
@Table(name = "rating_override")
public class RatingOverride {

    public enum Kind {
        QUOTA,
        DISSOLUTION
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_override_seq")
    @SequenceGenerator(name = "rating_override_seq", sequenceName = "rating_override_seq", allocationSize = 50)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private long unitId;
    private int year;
    private Integer extra;
    private String reason;
    private String decidingBody;

    @Version
    private long version;

    protected RatingOverride() {}

    public RatingOverride(Kind kind, long unitId, int year) {
        this.kind = kind;
        this.unitId = unitId;
        this.year = year;
    }

    public void decide(Integer extra, String reason, String decidingBody) {
        if (kind == Kind.QUOTA && (extra == null || extra < 1)) {
            throw BusinessRuleException.onField("extra", "evaluation.override.extraRequired");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessRuleException.onField("reason", "evaluation.override.reasonRequired");
        }
        if (decidingBody == null || decidingBody.isBlank()) {
            throw BusinessRuleException.onField("decidingBody", "evaluation.override.bodyRequired");
        }
        this.extra = kind == Kind.QUOTA ? extra : null;
        this.reason = reason.trim();
        this.decidingBody = decidingBody.trim();
    }

    public Kind getKind() {
        return kind;
    }

    public Integer getExtra() {
        return extra;
    }

    public String getReason() {
        return reason;
    }

    public String getDecidingBody() {
        return decidingBody;
    }
}
