package vn.dangvu.transfer.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.dangvu.member.MemberGroup;
import vn.dangvu.transfer.CohortKind;

/** One directive's wave of transfers (đợt chuyển sinh hoạt): a cohort, its target, a deadline. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    private Long id;

    private Long directiveId;
    private String name;
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private CohortKind cohortKind;

    @Enumerated(EnumType.STRING)
    private MemberGroup memberGroup;

    @ElementCollection
    @CollectionTable(name = "campaign_commune", joinColumns = @JoinColumn(name = "campaign_id"))
    @Column(name = "commune_id")
    private Set<Long> communeIds = new LinkedHashSet<>();

    @Version
    private long version;

    protected Campaign() {}

    public Campaign(
            long directiveId,
            String name,
            LocalDate deadline,
            CohortKind cohortKind,
            MemberGroup memberGroup,
            Set<Long> communeIds) {
        this.directiveId = directiveId;
        this.name = name.trim();
        this.deadline = deadline;
        this.cohortKind = cohortKind;
        this.memberGroup = cohortKind == CohortKind.MEMBER_GROUP ? memberGroup : null;
        this.communeIds.addAll(communeIds);
    }

    /** The year whose rating members should have before they move: the year before the deadline. */
    public int ratingYear() {
        return deadline.getYear() - 1;
    }

    public Long getId() {
        return id;
    }

    public Long getDirectiveId() {
        return directiveId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public CohortKind getCohortKind() {
        return cohortKind;
    }

    public MemberGroup getMemberGroup() {
        return memberGroup;
    }

    public Set<Long> getCommuneIds() {
        return Set.copyOf(communeIds);
    }
}
