package vn.dangvu.organisation;

import java.time.LocalDate;

/** The decision behind a change of units: its number, date and the body that issued it (all optional). */
public record Decision(String number, LocalDate date, String body) {

    public static final Decision NONE = new Decision(null, null, null);

    /** "12-QĐ/HU ngày 15/01/2019 của Huyện ủy Tân Hồng", for the audit trail and the history. */
    public String describe() {
        StringBuilder text = new StringBuilder(number == null ? "" : number);
        if (date != null) {
            text.append(text.isEmpty() ? "" : " ")
                    .append(date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        if (body != null && !body.isBlank()) {
            text.append(text.isEmpty() ? "" : " — ").append(body);
        }
        return text.toString();
    }
}
