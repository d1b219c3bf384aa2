package vn.dangvu.transfer;

import java.time.LocalDate;
import vn.dangvu.organisation.BodyName;
import vn.dangvu.organisation.UnitOnDay;

/**
 * The committee that handles a transfer ({@code unit}, as it stood on {@code on}), why, and the body that
 * approves it and issues its letter, named from that unit's data: "Ban Tổ chức Huyện ủy Tân Hồng" before
 * 1/7/2025, "Ban Tổ chức Tỉnh ủy Đồng Tháp" or a commune's "Ban Xây dựng Đảng" after.
 */
public record TransferHandling(UnitOnDay unit, HandlingBasis basis, LocalDate on) {

    /** The body that approves and issues the letter. */
    public BodyName body() {
        return unit.organisationBody();
    }

    /** The committee the letter is signed for (T/M …). */
    public BodyName committee() {
        return unit.committee();
    }
}
