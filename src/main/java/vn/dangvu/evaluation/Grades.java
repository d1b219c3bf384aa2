package vn.dangvu.evaluation;

import java.math.BigDecimal;

/**
 * The grade that follows from a 100-point score under Quy định 366-QĐ/TW (Điều 11): 90 and above with every
 * task done and at least 30% above requirement is Hoàn thành xuất sắc nhiệm vụ (without those conditions
 * it stays Hoàn thành tốt nhiệm vụ), 70 to under 90 Hoàn thành tốt, 50 to under 70 Hoàn thành, under 50
 * Không hoàn thành nhiệm vụ.
 */
public final class Grades {

    static final BigDecimal EXCELLENT_FROM = BigDecimal.valueOf(90);
    static final BigDecimal GOOD_FROM = BigDecimal.valueOf(70);
    static final BigDecimal PASS_FROM = BigDecimal.valueOf(50);

    private Grades() {}

    public static Rating fromScore(BigDecimal score, boolean aboveRequirement) {
        if (score.compareTo(EXCELLENT_FROM) >= 0 && aboveRequirement) {
            return Rating.EXCELLENT;
        }
        if (score.compareTo(GOOD_FROM) >= 0) {
            return Rating.GOOD;
        }
        if (score.compareTo(PASS_FROM) >= 0) {
            return Rating.PASS;
        }
        return Rating.FAIL;
    }
}
