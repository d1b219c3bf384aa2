package vn.dangvu.branchwork.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A district committee member assigned to attend a branch's meetings (Huyện ủy viên dự sinh hoạt). */
@Entity
@Table(name = "liaison")
public class Liaison {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "liaison_seq")
    @SequenceGenerator(name = "liaison_seq", sequenceName = "liaison_seq", allocationSize = 50)
    private Long id;

    private long userId;
    private long branchId;
    private LocalDate assignedOn;
    private String assignedBy;

    protected Liaison() {}

    public Liaison(long userId, long branchId, LocalDate assignedOn, String assignedBy) {
        this.userId = userId;
        this.branchId = branchId;
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
