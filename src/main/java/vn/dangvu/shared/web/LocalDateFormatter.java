package vn.dangvu.shared.web;

import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Dates as people in Vietnam write them: shown dd/MM/yyyy; typed d/M/yyyy, with dots or dashes too.
 */
public class LocalDateFormatter implements Formatter<LocalDate> {

    public static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter INPUT =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        String normalised = text.trim().replace('.', '/').replace('-', '/');
        try {
            LocalDate date = LocalDate.parse(normalised, INPUT);
            if (date.getYear() < 1000 || date.getYear() > 9999) { // "+99999": four digits, as typed by people
                throw new ParseException(text, 0);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new ParseException(text, e.getErrorIndex());
        }
    }

    @Override
    public String print(LocalDate date, Locale locale) {
        return DISPLAY.format(date);
    }
}
