package org.sirtdesk.core.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The national holidays proper (国民の祝日, Art. 2 of the 国民の祝日に関する法律) of one year, as the
 * law and the special laws stood in that year, from 2000 on. Substitute and citizens' holidays
 * are derived from these by {@link JapaneseHolidays}.
 *
 * <p>Changes modelled: Happy Monday for 成人の日 and 体育の日 (2000), for 海の日 and 敬老の日 (2003);
 * 昭和の日 and みどりの日 on 5/4 (2007); 山の日 (2016); the 2019 enthronement days and no 天皇誕生日
 * in 2019, 2/23 from 2020; スポーツの日 replacing 体育の日 (2020); the Olympic moves of 2020 and
 * 2021 (特措法).
 */
final class NationalHolidayRules {

    private NationalHolidayRules() {}

    static List<Holiday> of(int year) {
        var days = new ArrayList<Holiday>();
        add(days, LocalDate.of(year, 1, 1), "元日", "New Year's Day");
        add(days, nthMonday(year, Month.JANUARY, 2), "成人の日", "Coming of Age Day");
        add(days, LocalDate.of(year, 2, 11), "建国記念の日", "National Foundation Day");
        if (year >= 2020) {
            add(days, LocalDate.of(year, 2, 23), "天皇誕生日", "Emperor's Birthday");
        }
        add(days, vernalEquinoxDay(year), "春分の日", "Vernal Equinox Day");
        if (year >= 2007) {
            add(days, LocalDate.of(year, 4, 29), "昭和の日", "Showa Day");
        } else {
            add(days, LocalDate.of(year, 4, 29), "みどりの日", "Greenery Day");
        }
        if (year == 2019) {
            add(days, LocalDate.of(2019, 5, 1), "天皇の即位の日", "Enthronement Day");
        }
        add(days, LocalDate.of(year, 5, 3), "憲法記念日", "Constitution Memorial Day");
        if (year >= 2007) {
            add(days, LocalDate.of(year, 5, 4), "みどりの日", "Greenery Day");
        }
        add(days, LocalDate.of(year, 5, 5), "こどもの日", "Children's Day");
        add(days, marineDay(year), "海の日", "Marine Day");
        if (year >= 2016) {
            add(days, mountainDay(year), "山の日", "Mountain Day");
        }
        add(days, respectForTheAgedDay(year), "敬老の日", "Respect for the Aged Day");
        add(days, autumnalEquinoxDay(year), "秋分の日", "Autumnal Equinox Day");
        if (year < 2020) {
            add(days, nthMonday(year, Month.OCTOBER, 2), "体育の日", "Health and Sports Day");
        } else {
            add(days, sportsDay(year), "スポーツの日", "Sports Day");
        }
        if (year == 2019) {
            add(days, LocalDate.of(2019, 10, 22), "即位礼正殿の儀の行われる日", "Enthronement Ceremony Day");
        }
        add(days, LocalDate.of(year, 11, 3), "文化の日", "Culture Day");
        add(days, LocalDate.of(year, 11, 23), "勤労感謝の日", "Labour Thanksgiving Day");
        if (year <= 2018) {
            add(days, LocalDate.of(year, 12, 23), "天皇誕生日", "Emperor's Birthday");
        }
        return days;
    }

    /**
     * 春分の日 by the usual approximation of the equinox (valid 1980–2099); the official date is
     * fixed each February for the next year in the 官報 and has matched this formula so far.
     */
    static LocalDate vernalEquinoxDay(int year) {
        return LocalDate.of(year, 3, equinoxDay(year, 20_843_100L));
    }

    /** 秋分の日 by the same approximation (valid 1980–2099). */
    static LocalDate autumnalEquinoxDay(int year) {
        return LocalDate.of(year, 9, equinoxDay(year, 23_248_800L));
    }

    /**
     * {@code floor(base + 0.242194 (Y - 1980) - floor((Y - 1980) / 4))}, computed in millionths
     * of a day so that no floating-point rounding can move the date.
     */
    private static int equinoxDay(int year, long baseMillionths) {
        long years = year - 1980L;
        long millionths = baseMillionths + 242_194L * years - 1_000_000L * Math.floorDiv(years, 4);
        return (int) Math.floorDiv(millionths, 1_000_000L);
    }

    private static LocalDate marineDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 23);
            case 2021 -> LocalDate.of(2021, 7, 22);
            default -> year < 2003 ? LocalDate.of(year, 7, 20) : nthMonday(year, Month.JULY, 3);
        };
    }

    private static LocalDate mountainDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 8, 10);
            case 2021 -> LocalDate.of(2021, 8, 8);
            default -> LocalDate.of(year, 8, 11);
        };
    }

    private static LocalDate respectForTheAgedDay(int year) {
        return year < 2003 ? LocalDate.of(year, 9, 15) : nthMonday(year, Month.SEPTEMBER, 3);
    }

    private static LocalDate sportsDay(int year) {
        return switch (year) {
            case 2020 -> LocalDate.of(2020, 7, 24);
            case 2021 -> LocalDate.of(2021, 7, 23);
            default -> nthMonday(year, Month.OCTOBER, 2);
        };
    }

    private static LocalDate nthMonday(int year, Month month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, DayOfWeek.MONDAY));
    }

    private static void add(List<Holiday> days, LocalDate date, String nameJa, String nameEn) {
        days.add(Holiday.national(date, nameJa, nameEn));
    }
}
