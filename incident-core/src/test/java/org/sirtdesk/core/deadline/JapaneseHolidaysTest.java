package org.sirtdesk.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sirtdesk.core.deadline.Holiday.Kind;

class JapaneseHolidaysTest {

    private static List<LocalDate> datesIn(int year) {
        return JapaneseHolidays.holidaysIn(year).stream().map(Holiday::date).toList();
    }

    private static List<LocalDate> dates(int year, String monthDays) {
        return Arrays.stream(monthDays.trim().split("\\s+"))
                .map(md -> MonthDay.parse("--" + md).atYear(year))
                .toList();
    }

    private static Holiday holidayOn(String date) {
        return JapaneseHolidays.holidayOn(LocalDate.parse(date)).orElseThrow();
    }

    @Nested
    class OfficialLists {

        @Test
        void matchesTheCabinetOfficeListFor2025() {
            assertThat(datesIn(2025))
                    .containsExactlyElementsOf(dates(
                            2025,
                            "01-01 01-13 02-11 02-23 02-24 03-20 04-29 05-03 05-04 05-05 05-06"
                                    + " 07-21 08-11 09-15 09-23 10-13 11-03 11-23 11-24"));
        }

        @Test
        void matchesTheCabinetOfficeListFor2026() {
            assertThat(datesIn(2026))
                    .containsExactlyElementsOf(dates(
                            2026,
                            "01-01 01-12 02-11 02-23 03-20 04-29 05-03 05-04 05-05 05-06"
                                    + " 07-20 08-11 09-21 09-22 09-23 10-12 11-03 11-23"));
        }

        @Test
        void matchesTheCabinetOfficeListFor2027() {
            assertThat(datesIn(2027))
                    .containsExactlyElementsOf(dates(
                            2027,
                            "01-01 01-11 02-11 02-23 03-21 03-22 04-29 05-03 05-04 05-05"
                                    + " 07-19 08-11 09-20 09-23 10-11 11-03 11-23"));
        }

        /**
         * 2016–2027 as published by the Cabinet Office; 2028–2030 as the current law projects them
         * (the equinox days are announced each February for the following year).
         */
        private static final String REFERENCE_2016_TO_2030 = """
                2016: 01-01 01-11 02-11 03-20 03-21 04-29 05-03 05-04 05-05 07-18 08-11 09-19 09-22 10-10 11-03 11-23 12-23
                2017: 01-01 01-02 01-09 02-11 03-20 04-29 05-03 05-04 05-05 07-17 08-11 09-18 09-23 10-09 11-03 11-23 12-23
                2018: 01-01 01-08 02-11 02-12 03-21 04-29 04-30 05-03 05-04 05-05 07-16 08-11 09-17 09-23 09-24 10-08 11-03 11-23 12-23 12-24
                2019: 01-01 01-14 02-11 03-21 04-29 04-30 05-01 05-02 05-03 05-04 05-05 05-06 07-15 08-11 08-12 09-16 09-23 10-14 10-22 11-03 11-04 11-23
                2020: 01-01 01-13 02-11 02-23 02-24 03-20 04-29 05-03 05-04 05-05 05-06 07-23 07-24 08-10 09-21 09-22 11-03 11-23
                2021: 01-01 01-11 02-11 02-23 03-20 04-29 05-03 05-04 05-05 07-22 07-23 08-08 08-09 09-20 09-23 11-03 11-23
                2022: 01-01 01-10 02-11 02-23 03-21 04-29 05-03 05-04 05-05 07-18 08-11 09-19 09-23 10-10 11-03 11-23
                2023: 01-01 01-02 01-09 02-11 02-23 03-21 04-29 05-03 05-04 05-05 07-17 08-11 09-18 09-23 10-09 11-03 11-23
                2024: 01-01 01-08 02-11 02-12 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-15 08-11 08-12 09-16 09-22 09-23 10-14 11-03 11-04 11-23
                2025: 01-01 01-13 02-11 02-23 02-24 03-20 04-29 05-03 05-04 05-05 05-06 07-21 08-11 09-15 09-23 10-13 11-03 11-23 11-24
                2026: 01-01 01-12 02-11 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-20 08-11 09-21 09-22 09-23 10-12 11-03 11-23
                2027: 01-01 01-11 02-11 02-23 03-21 03-22 04-29 05-03 05-04 05-05 07-19 08-11 09-20 09-23 10-11 11-03 11-23
                2028: 01-01 01-10 02-11 02-23 03-20 04-29 05-03 05-04 05-05 07-17 08-11 09-18 09-22 10-09 11-03 11-23
                2029: 01-01 01-08 02-11 02-12 02-23 03-20 04-29 04-30 05-03 05-04 05-05 07-16 08-11 09-17 09-23 09-24 10-08 11-03 11-23
                2030: 01-01 01-14 02-11 02-23 03-20 04-29 05-03 05-04 05-05 05-06 07-15 08-11 08-12 09-16 09-23 10-14 11-03 11-04 11-23
                """;

        @Test
        void matchesTheReferenceListForEveryYearFrom2016To2030() {
            Map<Integer, List<LocalDate>> expected = REFERENCE_2016_TO_2030
                    .lines()
                    .map(line -> line.split(":", 2))
                    .collect(Collectors.toMap(
                            parts -> Integer.parseInt(parts[0]),
                            parts -> dates(Integer.parseInt(parts[0]), parts[1]),
                            (a, b) -> a,
                            TreeMap::new));

            assertThat(expected.keySet()).hasSize(15);
            expected.forEach((year, days) ->
                    assertThat(datesIn(year)).as("holidays of %d", year).containsExactlyElementsOf(days));
        }
    }

    @Nested
    class SubstituteAndCitizensHolidays {

        @Test
        void movesASundayHolidayToTheNextDayThatIsNotAHoliday() {
            assertThat(holidayOn("2026-05-06").kind()).isEqualTo(Kind.SUBSTITUTE_HOLIDAY);
            assertThat(holidayOn("2025-02-24").nameJa()).isEqualTo("振替休日");
            assertThat(JapaneseHolidays.isHoliday(LocalDate.parse("2027-03-22")))
                    .isTrue();
        }

        @Test
        void makesADayBetweenTwoHolidaysACitizensHoliday() {
            assertThat(holidayOn("2026-09-22"))
                    .isEqualTo(new Holiday(
                            LocalDate.parse("2026-09-22"), "国民の休日", "Citizens' holiday", Kind.CITIZENS_HOLIDAY));
            assertThat(holidayOn("2032-09-21").kind()).isEqualTo(Kind.CITIZENS_HOLIDAY);
        }

        @Test
        void keptMay4AsCitizensHolidayUntil2006AndMadeItGreeneryDayFrom2007() {
            assertThat(holidayOn("2006-05-04").kind()).isEqualTo(Kind.CITIZENS_HOLIDAY);
            assertThat(holidayOn("2006-04-29").nameJa()).isEqualTo("みどりの日");
            assertThat(holidayOn("2007-05-04").nameJa()).isEqualTo("みどりの日");
            assertThat(holidayOn("2007-04-29").nameJa()).isEqualTo("昭和の日");
        }

        @Test
        void usedTheMondayOnlySubstituteRuleBefore2007() {
            assertThat(holidayOn("2001-12-24").kind()).isEqualTo(Kind.SUBSTITUTE_HOLIDAY);
            assertThat(holidayOn("2006-01-02").kind()).isEqualTo(Kind.SUBSTITUTE_HOLIDAY);
        }
    }

    @Nested
    class SpecialYears {

        @Test
        void closedTheEnthronementDaysOf2019() {
            assertThat(holidayOn("2019-04-30").kind()).isEqualTo(Kind.CITIZENS_HOLIDAY);
            assertThat(holidayOn("2019-05-01").nameJa()).isEqualTo("天皇の即位の日");
            assertThat(holidayOn("2019-05-02").kind()).isEqualTo(Kind.CITIZENS_HOLIDAY);
            assertThat(holidayOn("2019-10-22").nameJa()).isEqualTo("即位礼正殿の儀の行われる日");
        }

        @Test
        void hadNoEmperorsBirthdayIn2019() {
            assertThat(JapaneseHolidays.isHoliday(LocalDate.parse("2019-12-23")))
                    .isFalse();
            assertThat(JapaneseHolidays.isHoliday(LocalDate.parse("2019-02-23")))
                    .isFalse();
            assertThat(holidayOn("2018-12-23").nameJa()).isEqualTo("天皇誕生日");
            assertThat(holidayOn("2020-02-23").nameJa()).isEqualTo("天皇誕生日");
        }

        @Test
        void movedMarineSportsAndMountainDayForTheOlympics() {
            assertThat(holidayOn("2020-07-23").nameJa()).isEqualTo("海の日");
            assertThat(holidayOn("2020-07-24").nameJa()).isEqualTo("スポーツの日");
            assertThat(holidayOn("2020-08-10").nameJa()).isEqualTo("山の日");
            assertThat(holidayOn("2021-07-22").nameJa()).isEqualTo("海の日");
            assertThat(holidayOn("2021-07-23").nameJa()).isEqualTo("スポーツの日");
            assertThat(holidayOn("2021-08-08").nameJa()).isEqualTo("山の日");
            assertThat(holidayOn("2021-08-09").kind()).isEqualTo(Kind.SUBSTITUTE_HOLIDAY);
            assertThat(JapaneseHolidays.isHoliday(LocalDate.parse("2020-10-12")))
                    .isFalse();
            assertThat(JapaneseHolidays.isHoliday(LocalDate.parse("2021-10-11")))
                    .isFalse();
        }

        @Test
        void keptFixedMarineAndRespectForTheAgedDaysUntil2002() {
            assertThat(holidayOn("2002-07-20").nameJa()).isEqualTo("海の日");
            assertThat(holidayOn("2002-09-15").nameJa()).isEqualTo("敬老の日");
            assertThat(holidayOn("2003-07-21").nameJa()).isEqualTo("海の日");
            assertThat(holidayOn("2003-09-15").nameJa()).isEqualTo("敬老の日");
        }
    }

    @Nested
    class Equinoxes {

        @Test
        void followTheAstronomicalApproximation() {
            assertThat(NationalHolidayRules.vernalEquinoxDay(2024)).isEqualTo("2024-03-20");
            assertThat(NationalHolidayRules.vernalEquinoxDay(2027)).isEqualTo("2027-03-21");
            assertThat(NationalHolidayRules.autumnalEquinoxDay(2024)).isEqualTo("2024-09-22");
            assertThat(NationalHolidayRules.autumnalEquinoxDay(2025)).isEqualTo("2025-09-23");
            assertThat(NationalHolidayRules.autumnalEquinoxDay(2012)).isEqualTo("2012-09-22");
            assertThat(NationalHolidayRules.vernalEquinoxDay(2099)).isEqualTo("2099-03-20");
        }
    }

    @Nested
    class SupportedRange {

        @ParameterizedTest
        @ValueSource(ints = {1999, 2100})
        void rejectsYearsOutsideTheSupportedRange(int year) {
            assertThatThrownBy(() -> JapaneseHolidays.holidaysIn(year))
                    .isInstanceOfSatisfying(
                            UnsupportedYearException.class,
                            e -> assertThat(e.year()).isEqualTo(year))
                    .hasMessageContaining("2000–2099")
                    .hasMessageContaining(String.valueOf(year));
            assertThatThrownBy(() -> JapaneseHolidays.isHoliday(LocalDate.of(year, 1, 1)))
                    .isInstanceOf(UnsupportedYearException.class);
        }

        @Test
        void computesEveryYearOfTheRangeWithoutGaps() {
            IntStream.rangeClosed(JapaneseHolidays.FIRST_SUPPORTED_YEAR, JapaneseHolidays.LAST_SUPPORTED_YEAR)
                    .forEach(year -> assertThat(JapaneseHolidays.holidaysIn(year))
                            .as("holidays of %d", year)
                            .hasSizeBetween(15, 25)
                            .allSatisfy(h -> assertThat(h.date().getYear()).isEqualTo(year)));
        }
    }
}
