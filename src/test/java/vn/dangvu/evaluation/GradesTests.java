package vn.dangvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The grade that follows from a 2025 score, at each boundary of Quy định 366-QĐ/TW. */
class GradesTests {

    @Test
    void shouldFailUnderFiftyAndPassFromFifty() {
        assertThat(Grades.fromScore(new BigDecimal("49"), false)).isEqualTo(Rating.FAIL);
        assertThat(Grades.fromScore(new BigDecimal("49.9"), true)).isEqualTo(Rating.FAIL);
        assertThat(Grades.fromScore(new BigDecimal("50"), false)).isEqualTo(Rating.PASS);
        assertThat(Grades.fromScore(new BigDecimal("0"), false)).isEqualTo(Rating.FAIL);
    }

    @Test
    void shouldPassUnderSeventyAndBeGoodFromSeventy() {
        assertThat(Grades.fromScore(new BigDecimal("69"), false)).isEqualTo(Rating.PASS);
        assertThat(Grades.fromScore(new BigDecimal("69.9"), true)).isEqualTo(Rating.PASS);
        assertThat(Grades.fromScore(new BigDecimal("70"), false)).isEqualTo(Rating.GOOD);
    }

    @Test
    void shouldBeExcellentFromNinetyOnlyWithItsExtraConditions() {
        assertThat(Grades.fromScore(new BigDecimal("89"), true)).isEqualTo(Rating.GOOD);
        assertThat(Grades.fromScore(new BigDecimal("89.9"), true)).isEqualTo(Rating.GOOD);
        assertThat(Grades.fromScore(new BigDecimal("90"), false))
                .as("90 points without every task done and 30% above requirement")
                .isEqualTo(Rating.GOOD);
        assertThat(Grades.fromScore(new BigDecimal("90"), true)).isEqualTo(Rating.EXCELLENT);
        assertThat(Grades.fromScore(new BigDecimal("100"), false)).isEqualTo(Rating.GOOD);
        assertThat(Grades.fromScore(new BigDecimal("100"), true)).isEqualTo(Rating.EXCELLENT);
    }

    @Test
    void shouldTellTheRatingDateOfEachPeriod() {
        assertThat(RatingPeriod.Y.lastDay(2025)).isEqualTo(java.time.LocalDate.of(2025, 12, 31));
        assertThat(RatingPeriod.Q1.firstDay(2025)).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
        assertThat(RatingPeriod.Q1.lastDay(2025)).isEqualTo(java.time.LocalDate.of(2025, 3, 31));
        assertThat(RatingPeriod.Q2.lastDay(2025)).isEqualTo(java.time.LocalDate.of(2025, 6, 30));
        assertThat(RatingPeriod.Q4.firstDay(2025)).isEqualTo(java.time.LocalDate.of(2025, 10, 1));
        assertThat(RatingPeriod.Q4.lastDay(2025)).isEqualTo(java.time.LocalDate.of(2025, 12, 31));
    }
}
