package vn.dangvu.dues;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A branch's month on one screen: the day the money was received and, per member, whether they paid, how
 * much (pre-filled with what remains due; more pays the next months ahead), how (cash at the branch, or
 * online with the portal's transaction reference). Amounts and the day are kept as typed, so that a bad
 * value comes back as it was with its message. A JavaBean so that {@code rows[3].amount} binds by setters.
 */
public class MonthForm {

    @Size(max = 20)
    private String paidOn;

    @Valid
    private List<Row> rows = new ArrayList<>();

    public MonthForm() {}

    public MonthForm(String paidOn, List<Row> rows) {
        this.paidOn = paidOn;
        this.rows = new ArrayList<>(rows);
    }

    public String getPaidOn() {
        return paidOn;
    }

    public void setPaidOn(String paidOn) {
        this.paidOn = paidOn;
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows == null ? new ArrayList<>() : rows;
    }

    /** One member's payment on the screen. */
    public static class Row {

        @NotNull
        private Long memberId;

        private boolean paid;

        @Size(max = 20)
        private String amount;

        @Size(max = 10)
        private String channel;

        @Size(max = 100)
        private String reference;

        public Row() {}

        public Row(Long memberId, boolean paid, String amount, String channel, String reference) {
            this.memberId = memberId;
            this.paid = paid;
            this.amount = amount;
            this.channel = channel;
            this.reference = reference;
        }

        public Long getMemberId() {
            return memberId;
        }

        public void setMemberId(Long memberId) {
            this.memberId = memberId;
        }

        public boolean isPaid() {
            return paid;
        }

        public void setPaid(boolean paid) {
            this.paid = paid;
        }

        public String getAmount() {
            return amount;
        }

        public void setAmount(String amount) {
            this.amount = amount;
        }

        public String getChannel() {
            return channel;
        }

        public void setChannel(String channel) {
            this.channel = channel;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }
    }
}
