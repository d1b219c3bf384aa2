package vn.dangvu.dues;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * What a transfer letter prints of the ledger: "đã đóng đảng phí hết tháng …", the last month paid in full
 * with every owed month before it paid, by the payments made up to the letter's day. Templates call it as
 * {@code @duesLetters}; the letter page itself is scope-checked by the transfer module.
 */
@Component("duesLetters")
@RequiredArgsConstructor
public class DuesLetters {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final String BLANK = "........";

    private final DuesBook dues;

    public String paidThrough(Long memberId, LocalDate day) {
        if (memberId == null) {
            return BLANK;
        }
        return dues.paidThrough(memberId, day == null ? LocalDate.now() : day)
                .map(MONTH::format)
                .orElse(BLANK);
    }
}
