package vn.dangvu.dues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.dangvu.dues.domain.Assignment;
import vn.dangvu.dues.domain.Rate;

/** Amounts in whole đồng, rounded in one place; which rate a month follows at the boundary of two rules. */
class DuesRulesTests {

    static final LocalDate RULE_2026 = LocalDate.of(2026, 2, 3);

    static final List<Rate> RATES = List.of(
            new Rate(1, "SALARY", "342", 100, null, LocalDate.of(2011, 1, 1), RULE_2026, null),
            new Rate(2, "SALARY", "01", 100, null, RULE_2026, null, null),
            new Rate(3, "STUDENT", "342", null, 3_000L, LocalDate.of(2011, 1, 1), RULE_2026, null),
            new Rate(4, "STUDENT", "01", null, 5_000L, RULE_2026, null, null),
            new Rate(5, "PENSION", "01", 50, null, RULE_2026, null, null));

    @Test
    void shouldRoundAPercentToTheNearestDongHalfUp() {
        // 1% of 7,345,678 = 73,456.78
        assertThat(DuesRules.percentOf(7_345_678, 100)).isEqualTo(73_457);
        // 0.5% of 4,321,099 = 21,605.495; of 4,321,100 = 21,605.5
        assertThat(DuesRules.percentOf(4_321_099, 50)).isEqualTo(21_605);
        assertThat(DuesRules.percentOf(4_321_100, 50)).isEqualTo(21_606);
        assertThat(DuesRules.percentOf(2_500_000, 100)).isEqualTo(25_000);
    }

    @Test
    void shouldTakeAReductionOffTheRoundedAmount() {
        assertThat(DuesRules.reduced(25_000, 30)).isEqualTo(17_500);
        // 21,605 × 50% = 10,802.5
        assertThat(DuesRules.reduced(21_605, 50)).isEqualTo(10_803);
        assertThat(DuesRules.reduced(5_000, 70)).isEqualTo(1_500);
        assertThat(DuesRules.reduced(25_000, 0)).isEqualTo(25_000);
    }

    @Test
    void shouldFollowTheRuleThatHoldsOnTheMonthsLastDay() {
        assertThat(DuesRules.rateFor(RATES, "STUDENT", YearMonth.of(2026, 1))
                        .orElseThrow()
                        .amount())
                .as("January 2026 ends before 3/2/2026: the 2010 rule")
                .isEqualTo(3_000);
        assertThat(DuesRules.rateFor(RATES, "STUDENT", YearMonth.of(2026, 2))
                        .orElseThrow()
                        .amount())
                .as("February 2026 ends under the rule of 3/2/2026")
                .isEqualTo(5_000);
        assertThat(DuesRules.rateFor(RATES, "PENSION", YearMonth.of(2026, 1))).isEmpty();
        assertThat(DuesRules.rateFor(RATES, "PENSION", YearMonth.of(2026, 2))
                        .orElseThrow()
                        .basisPoints())
                .isEqualTo(50);
    }

    @Test
    void shouldComputeTheDueOfAnAssignmentUnderARate() {
        Assignment salary = new Assignment(1, 9, "SALARY", 7_345_678L, 0, LocalDate.of(2026, 1, 1), null, "tochuc");
        assertThat(DuesRules.due(RATES.get(0), salary)).contains(73_457L);
        Assignment reduced = new Assignment(1, 9, "SALARY", 2_500_000L, 30, LocalDate.of(2026, 1, 1), null, "tochuc");
        assertThat(DuesRules.due(RATES.get(1), reduced)).contains(17_500L);
        Assignment noBase = new Assignment(1, 9, "SALARY", null, 0, LocalDate.of(2026, 1, 1), null, "tochuc");
        assertThat(DuesRules.due(RATES.get(1), noBase))
                .as("a percent without a base")
                .isEmpty();
    }

    @Test
    void shouldReadAmountsPercentsAndMonthsAsPeopleTypeThem() {
        assertThat(Money.parse("25.000")).contains(25_000L);
        assertThat(Money.parse("25,000 đ")).contains(25_000L);
        assertThat(Money.parse("1 000 000")).contains(1_000_000L);
        assertThat(Money.parse("25000")).contains(25_000L);
        assertThat(Money.parse("25,5")).isEmpty();
        assertThat(Money.parse("-5")).isEmpty();
        assertThat(Money.parse("abc")).isEmpty();
        assertThat(Money.parse("")).isEmpty();
        assertThat(Money.parsePercent("0,5")).contains(50);
        assertThat(Money.parsePercent("1%")).contains(100);
        assertThat(Money.parsePercent("12.25")).contains(1_225);
        assertThat(Money.parsePercent("101")).isEmpty();
        assertThat(Money.parseMonth("3/2026")).contains(YearMonth.of(2026, 3));
        assertThat(Money.parseMonth("15/03/2026")).contains(YearMonth.of(2026, 3));
        assertThat(Money.parseMonth("13/2026")).isEmpty();
    }

    @Test
    void shouldWriteAmountsWithThousandsSeparators() {
        try {
            LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
            assertThat(new Money().format(25_000L)).isEqualTo("25.000 đ");
            assertThat(new Money().format(1_234_567L)).isEqualTo("1.234.567 đ");
            assertThat(new Money().format(0L)).isEqualTo("0 đ");
            assertThat(new Money().percent(50)).isEqualTo("0,5%");
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            assertThat(new Money().format(25_000L)).isEqualTo("25,000 đ");
            assertThat(new Money().percent(1_225)).isEqualTo("12.25%");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }
}
