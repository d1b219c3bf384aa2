package vn.dangvu.branchwork;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The attendance screen: one row per member listed for the meeting. A JavaBean rather than a record,
 * so that the indexed fields ({@code rows[3].status}) bind by setters.
 */
public class AttendanceForm {

    @NotNull
    private Long version;

    @Valid
    private List<Row> rows = new ArrayList<>();

    public AttendanceForm() {}

    public AttendanceForm(Long version, List<Row> rows) {
        this.version = version;
        this.rows = new ArrayList<>(rows);
    }

    public Long version() {
        return version;
    }

    public List<Row> rows() {
        return rows;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows == null ? new ArrayList<>() : rows;
    }

    /** One member's attendance and contributions. */
    public static class Row {

        @NotNull
        private Long memberId;

        @NotNull
        private AttendanceStatus status;

        private boolean spoke;
        private boolean contributed;
        private boolean directingTone;

        @Size(max = 500)
        private String note;

        public Row() {}

        public Row(
                Long memberId,
                AttendanceStatus status,
                boolean spoke,
                boolean contributed,
                boolean directingTone,
                String note) {
            this.memberId = memberId;
            this.status = status;
            this.spoke = spoke;
            this.contributed = contributed;
            this.directingTone = directingTone;
            this.note = note;
        }

        public Long memberId() {
            return memberId;
        }

        public AttendanceStatus status() {
            return status;
        }

        public boolean spoke() {
            return spoke;
        }

        public boolean contributed() {
            return contributed;
        }

        public boolean directingTone() {
            return directingTone;
        }

        public String note() {
            return note;
        }

        public Long getMemberId() {
            return memberId;
        }

        public void setMemberId(Long memberId) {
            this.memberId = memberId;
        }

        public AttendanceStatus getStatus() {
            return status;
        }

        public void setStatus(AttendanceStatus status) {
            this.status = status;
        }

        public boolean isSpoke() {
            return spoke;
        }

        public void setSpoke(boolean spoke) {
            this.spoke = spoke;
        }

        public boolean isContributed() {
            return contributed;
        }

        public void setContributed(boolean contributed) {
            this.contributed = contributed;
        }

        public boolean isDirectingTone() {
            return directingTone;
        }

        public void setDirectingTone(boolean directingTone) {
            this.directingTone = directingTone;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
