package vn.dangvu.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A criteria group of the score sheet (Hướng dẫn 43-HD/BTCTW) and its maximum points; unconfirmed ones say so.
 * {@code form} and {@code validFrom} name the sheet it belongs to, which the points given on it refer to.
 */
public record SheetGroup(
        int position, String title, BigDecimal maxPoints, boolean confirmed, String form, LocalDate validFrom) {}
