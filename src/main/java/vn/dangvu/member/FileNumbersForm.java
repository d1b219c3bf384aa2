package vn.dangvu.member;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The numbers of a member's paper file that a transfer letter prints: Số LL (số lý lịch) and SĐV (the number
 * in the committee's sổ đảng viên). Either may be left blank (not known yet: the letter prints dots); spaces
 * typed around a number are dropped.
 */
public record FileNumbersForm(
        @Size(max = 24) @Pattern(regexp = " *[0-9A-Za-z./-]{0,20} *")
        String fileNumber,

        @Size(max = 24) @Pattern(regexp = " *[0-9A-Za-z./-]{0,20} *")
        String registerNumber,

        Long version) {}
