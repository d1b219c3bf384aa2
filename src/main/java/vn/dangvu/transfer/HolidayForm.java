package vn.dangvu.transfer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A day off as staff type it: a provisional one was announced ahead of the government's notice. */
public record HolidayForm(
        @NotNull LocalDate day, @NotBlank @Size(max = 200) String name, Boolean provisional) {

    /** An unticked box sends nothing (a browser sends only its marker field): not provisional. */
    public HolidayForm {
        provisional = Boolean.TRUE.equals(provisional);
    }

    /** A new day in the year shown, its date left for staff to type. */
    public static HolidayForm empty() {
        return new HolidayForm(null, "", false);
    }
}
