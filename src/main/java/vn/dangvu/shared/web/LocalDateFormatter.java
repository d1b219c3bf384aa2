package vn.dangvu.shared.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.format.Formatter;
import vn.dangvu.shared.Dates;

/**
 * Dates as people in Vietnam write them: shown dd/MM/yyyy; typed as {@link Dates} reads them. A text
 * that is not a date fails with the message key of its {@link Dates.Problem} as the exception's message.
 */
public class LocalDateFormatter implements Formatter<LocalDate> {

    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        return Dates.parse(text).orElseThrow(problem -> new ParseException(problem.messageKey(), 0));
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return DISPLAY.format(date);
    }
}
