package waitlist.scenarios.snapshot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.TreeMap;

/**
 * The days a community service in England is closed when a snapshot does not list its own: the
 * bank holidays of England and Wales, and the Christmas period.
 *
 * <p>Bank holidays follow the standing rules (New Year's Day, Good Friday, Easter Monday, the first
 * and last Mondays of May, the last Monday of August, Christmas Day and Boxing Day; a holiday on a
 * weekend moves to the next free weekday). One-off holidays proclaimed for a single year (a jubilee,
 * a coronation) cannot be computed: a snapshot that spans one lists its closed days itself. No
 * holiday library was used: the well-kept ones read their rules through an older Jackson than this
 * project's, and these rules fit in a page.
 *
 * <p>The Christmas period (an assumption, not a published rule): the service runs no appointments
 * or groups from 24 December to 1 January, as community teams commonly close between the holidays.
 */
public final class ServiceCalendar {

    public static final MonthDay CHRISTMAS_CLOSURE_FROM = MonthDay.of(12, 24);
    public static final MonthDay CHRISTMAS_CLOSURE_TO = MonthDay.of(1, 1);

    private ServiceCalendar() {
    }

    /** England and Wales bank holidays of a year, by date, with their names. */
    public static Map<LocalDate, String> bankHolidays(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        days.put(weekdayOnOrAfter(LocalDate.of(year, 1, 1)), "New Year's Day");
        LocalDate easter = easterSunday(year);
        days.put(easter.minusDays(2), "Good Friday");
        days.put(easter.plusDays(1), "Easter Monday");
        days.put(firstMonday(LocalDate.of(year, 5, 1)), "Early May bank holiday");
        days.put(lastMonday(LocalDate.of(year, 5, 31)), "Spring bank holiday");
        days.put(lastMonday(LocalDate.of(year, 8, 31)), "Summer bank holiday");
        LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, 12, 25));
        days.put(christmas, "Christmas Day");
        LocalDate boxing = weekdayOnOrAfter(LocalDate.of(year, 12, 26));
        if (!boxing.isAfter(christmas)) {
            boxing = weekdayOnOrAfter(christmas.plusDays(1));
        }
        days.put(boxing, "Boxing Day");
        return days;
    }

    /** Why the service is closed on this day by default, or null if it is open. */
    public static String closure(LocalDate day) {
        String holiday = bankHolidays(day.getYear()).get(day);
        if (holiday != null) {
            return holiday;
        }
        MonthDay md = MonthDay.from(day);
        if (!md.isBefore(CHRISTMAS_CLOSURE_FROM) || !md.isAfter(CHRISTMAS_CLOSURE_TO)) {
            return "the Christmas period";
        }
        return null;
    }

    /** Every default closure from {@code start} to {@code end}, both included, weekends left out (no one works them anyway). */
    public static Map<LocalDate, String> closures(LocalDate start, LocalDate end) {
        Map<LocalDate, String> days = new TreeMap<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            String why = closure(d);
            if (why != null && !isWeekend(d)) {
                days.put(d, why);
            }
        }
        return days;
    }

    /** The Monday after {@code day} (a week later if it is a Monday). */
    public static LocalDate nextMonday(LocalDate day) {
        return day.plusDays(8 - day.getDayOfWeek().getValue());
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static LocalDate weekdayOnOrAfter(LocalDate d) {
        while (isWeekend(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate firstMonday(LocalDate d) {
        while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate lastMonday(LocalDate d) {
        while (d.getDayOfWeek() != DayOfWeek.MONDAY) {
            d = d.minusDays(1);
        }
        return d;
    }
}
