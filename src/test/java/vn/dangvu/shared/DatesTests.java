package vn.dangvu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.dangvu.shared.web.LocalDateFormatter;

class DatesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @ParameterizedTest
    @ValueSource(
            strings = {"05/01/2019", "5/1/2019", "05.01.2019", "5.1.2019", "05-01-2019", "2019-01-05", " 05/01/2019 "})
    void shouldReadEveryCommonFormWithAFourDigitYear(String text) {
        assertThat(Dates.parse(text)).isEqualTo(new Dates.Parsed(LocalDate.of(2019, 1, 5), null));
    }

    @Test
    void shouldTakeALeapDayOnlyInALeapYear() {
        assertThat(Dates.parse("29/02/2024").date()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Dates.parse("29/02/2000").date()).isEqualTo(LocalDate.of(2000, 2, 29));
        assertThat(Dates.parse("29/02/2023")).isEqualTo(new Dates.Parsed(null, Dates.Problem.NO_SUCH_DAY));
        assertThat(Dates.parse("29/02/1900").problem()).isEqualTo(Dates.Problem.NO_SUCH_DAY);
        assertThat(Dates.parse("2023-02-29").problem()).isEqualTo(Dates.Problem.NO_SUCH_DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/04/2025", "31/02/2020", "30.02.2020", "31-06-2025", "31/09/2025", "31/11/2025"})
    void shouldSayWhenTheDayDoesNotExist(String text) {
        assertThat(Dates.parse(text)).isEqualTo(new Dates.Parsed(null, Dates.Problem.NO_SUCH_DAY));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "hôm qua",
                "abc",
                "32/01/2020",
                "00/01/2020",
                "05/13/2019",
                "05/00/2019",
                "05/01-2019",
                "05/01/20190",
                "05/01/019",
                "1/1/0999",
                "2019/01/05",
                "05 01 2019",
                "5/1/2019 10:00",
                "٠٥/٠١/٢٠١٩",
                "05/01/19"
            })
    void shouldSayWhenTheTextIsNoDate(String text) {
        assertThat(Dates.parse(text)).isEqualTo(new Dates.Parsed(null, Dates.Problem.NOT_A_DATE));
    }

    @Test
    void shouldSayNoDateForNothing() {
        assertThat(Dates.parse(null).problem()).isEqualTo(Dates.Problem.NOT_A_DATE);
    }

    @ParameterizedTest
    @CsvSource({
        "5-1-19, 2019-01-05",
        "05/01/19, 2019-01-05",
        "12/3/62, 1962-03-12",
        "15/06/26, 2026-06-15",
        "16/06/26, 1926-06-16",
        "01.07.26, 1926-07-01",
        "31/12/99, 1999-12-31",
        "01/01/00, 2000-01-01",
        "29/02/24, 2024-02-29",
        "29/02/00, 2000-02-29",
        "05/01/2019, 2019-01-05"
    })
    void shouldPutTwoDigitYearsInTheHundredYearsUpToToday(String text, LocalDate expected) {
        assertThat(Dates.parseWithTwoDigitYears(text, TODAY).date()).isEqualTo(expected);
    }

    @Test
    void shouldStillRefuseImpossibleDaysWithTwoDigitYears() {
        assertThat(Dates.parseWithTwoDigitYears("29/02/23", TODAY).problem()).isEqualTo(Dates.Problem.NO_SUCH_DAY);
        assertThat(Dates.parseWithTwoDigitYears("31/04/25", TODAY).problem()).isEqualTo(Dates.Problem.NO_SUCH_DAY);
        assertThat(Dates.parseWithTwoDigitYears("1/2/3", TODAY).problem()).isEqualTo(Dates.Problem.NOT_A_DATE);
        assertThat(Dates.parseWithTwoDigitYears("hôm qua", TODAY).problem()).isEqualTo(Dates.Problem.NOT_A_DATE);
    }

    @Test
    void shouldNameAMessageForEachProblemInBothLanguages() throws IOException {
        assertThat(Dates.Problem.NOT_A_DATE.messageKey()).isEqualTo("date.invalid");
        assertThat(Dates.Problem.NO_SUCH_DAY.messageKey()).isEqualTo("date.nonexistent");
        assertThat(bundle("messages.properties").getProperty("date.nonexistent"))
                .isEqualTo("Ngày {0} không tồn tại.");
        assertThat(bundle("messages_en.properties").getProperty("date.invalid"))
                .isEqualTo("Invalid date; enter day/month/year, e.g. 05/01/2019.");
    }

    @Test
    void shouldLetTheFormsTellWhichProblemATextHas() throws ParseException {
        LocalDateFormatter formatter = new LocalDateFormatter();

        assertThat(formatter.parse("5.1.2019", Locale.ROOT)).isEqualTo(LocalDate.of(2019, 1, 5));
        assertThatThrownBy(() -> formatter.parse("31/02/2020", Locale.ROOT))
                .isInstanceOf(ParseException.class)
                .hasMessage("date.nonexistent");
        assertThatThrownBy(() -> formatter.parse("5/1/19", Locale.ROOT))
                .isInstanceOf(ParseException.class)
                .hasMessage("date.invalid");
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DatesTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
