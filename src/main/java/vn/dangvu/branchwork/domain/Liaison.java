package vn.dangvu.branchwork.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A committee member of a level above a branch assigned to attend its meetings (cấp ủy viên cấp trên dự
 * sinh hoạt chi bộ; Huyện ủy viên in the seed): the account that comments, and the member it stands for
 * (null for assignments made before committee seats were dated).
 */
@Entity
@Table(name = "liaison")
public class Liaison {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "liaison_seq")
    @SequenceGenerator(name = "liaison_seq", sequenceName = "liaison_seq", allocationSize = 50)
    private Long id;

    private long userId;
    private long branchId;
    private Long memberId;
    private LocalDate assignedOn;
    private String assignedBy;

    protected Liaison() {}

    public Liaison(long userId, long branchId, Long memberId, LocalDate assignedOn, String assignedBy) {
        this.userId = userId;
        this.branchId = branchId;
        this.memberId = memberId;
        this.assignedOn = assignedOn;
        this.assignedBy = assignedBy;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public long getBranchId() {
        return branchId;
    }

    public LocalDate getAssignedOn() {
        return assignedOn;
    }
}
