package vn.dangvu.transfer;

import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dangvu.organisation.LevelRole;
import vn.dangvu.shared.Actor;
import vn.dangvu.shared.AuditLog;
import vn.dangvu.shared.BusinessRuleException;
import vn.dangvu.shared.NotFoundException;
import vn.dangvu.shared.PageView;
import vn.dangvu.transfer.domain.PublicHolidays;

/**
 * The holiday calendar that transfer deadlines count their working days over (issue 18, item 3): everyone
 * reads it, the organisation board of the province or district keeps it ({@link TransferPolicy}). A day
 * is its own key, so a correction may move it to another date that is free.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class HolidayCalendar {

    static final String AUDIT_TYPE = "PUBLIC_HOLIDAY";

    private final PublicHolidays holidays;
    private final TransferPolicy policy;
    private final TransferHandlings handlings;
    private final AuditLog audit;

    public HolidayPage year(Actor actor, int year, int page) {
        requireYear(year);
        int size = PageView.DEFAULT_SIZE;
        var days = holidays.ofYear(year, page * size, size).stream()
                .map(HolidayCalendar::view)
                .toList();
        return new HolidayPage(year, new PageView<>(days, page, size, holidays.countOfYear(year)), mayKeep(actor));
    }

    /** An empty form, to those who keep the calendar. */
    public HolidayForm newForm(Actor actor) {
        requireKeep(actor);
        return HolidayForm.empty();
    }

    /** One day, to those who keep the calendar (to correct or remove it); a day not in it: 404. */
    public HolidayView day(Actor actor, LocalDate day) {
        requireKeep(actor);
        return holidays.find(day).map(HolidayCalendar::view).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public void add(Actor actor, HolidayForm form) {
        requireKeep(actor);
        requireYear(form.day().getYear());
        if (!holidays.add(row(form))) {
            throw BusinessRuleException.onField("day", "holiday.dayTaken");
        }
        audit.record(
                actor, AUDIT_TYPE, key(form.day()), "ADDED", view(row(form)).seen());
    }

    /**
     * Corrects the day as {@code seen} describes it ({@link HolidayView#seen()}); if someone changed it
     * since, nothing is saved and the form is shown again with the day as it is now.
     */
    @Transactional
    public void correct(Actor actor, LocalDate day, HolidayForm form, String seen) {
        HolidayView before = lockedAsSeen(actor, day, seen);
        requireYear(form.day().getYear());
        if (!form.day().equals(day) && holidays.find(form.day()).isPresent()) {
            throw BusinessRuleException.onField("day", "holiday.dayTaken");
        }
        holidays.replace(day, row(form));
        audit.record(
                actor,
                AUDIT_TYPE,
                key(form.day()),
                "CORRECTED",
                before.seen() + " → " + view(row(form)).seen());
    }

    /** Removes the day as {@code seen} describes it; if someone changed it since, nothing is removed. */
    @Transactional
    public void remove(Actor actor, LocalDate day, String seen) {
        HolidayView before = lockedAsSeen(actor, day, seen);
        holidays.remove(day);
        audit.record(actor, AUDIT_TYPE, key(day), "REMOVED", before.seen());
    }

    private HolidayView lockedAsSeen(Actor actor, LocalDate day, String seen) {
        requireKeep(actor);
        HolidayView now = holidays.findForUpdate(day).map(HolidayCalendar::view).orElseThrow(NotFoundException::new);
        if (!now.seen().equals(seen)) {
            throw new BusinessRuleException("holiday.changedMeanwhile", now.seen());
        }
        return now;
    }

    public boolean mayKeep(Actor actor) {
        return policy.mayKeepHolidays(actor, scopeLevel(actor));
    }

    private void requireKeep(Actor actor) {
        policy.requireKeepHolidays(actor, scopeLevel(actor));
    }

    private LevelRole scopeLevel(Actor actor) {
        return handlings.levelOf(actor.scopeUnitId(), LocalDate.now()).orElse(null);
    }

    /** Years outside the Party's records are no calendar page. */
    private static void requireYear(int year) {
        if (year < 1930 || year > 2100) {
            throw new NotFoundException();
        }
    }

    /** The audit names a day by its date written as a number, yyyyMMdd. */
    static long key(LocalDate day) {
        return day.getYear() * 10_000L + day.getMonthValue() * 100L + day.getDayOfMonth();
    }

    private static PublicHolidays.Row row(HolidayForm form) {
        return new PublicHolidays.Row(form.day(), form.name().trim(), form.provisional());
    }

    private static HolidayView view(PublicHolidays.Row row) {
        return new HolidayView(row.day(), row.name(), row.provisional());
    }
}
