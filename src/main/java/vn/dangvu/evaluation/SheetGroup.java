package vn.dangvu.evaluation;

import java.math.BigDecimal;

/** A criteria group of the score sheet (Hướng dẫn 43-HD/BTCTW) and its maximum points; unconfirmed ones say so. */
public record SheetGroup(int position, String title, BigDecimal maxPoints, boolean confirmed) {}
