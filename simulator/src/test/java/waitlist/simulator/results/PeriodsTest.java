package waitlist.simulator.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.Horizon;
import waitlist.scenarios.ReportingPeriod;

/** Reporting periods as NHS and council readers name them: financial years start on 1 April. */
class PeriodsTest {

    private static List<String> labels(LocalDate start, int weeks, ReportingPeriod kind) {
        return new Periods(new Horizon(start, weeks, 0), kind).all().stream().map(Period::label).toList();
    }

    @Test
    void financialQuartersRunAprilToMarchAndNameTheYearTheyBelongTo() {
        // the bundled baseline's horizon: the first Monday of 2027 to the end of the contract year 2027/28
        Periods p = new Periods(new Horizon(LocalDate.of(2027, 1, 4), 65, 0), ReportingPeriod.FINANCIAL_QUARTER);
        assertThat(p.all()).extracting(Period::label)
                .containsExactly("2026/27 Q4", "2027/28 Q1", "2027/28 Q2", "2027/28 Q3", "2027/28 Q4", "whole horizon");
        assertThat(p.all().get(0).start()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(p.all().get(0).end()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(p.all().get(1).start()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(p.all().get(4).start()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(p.all().get(4).end()).isEqualTo(LocalDate.of(2028, 4, 1));
    }

    @Test
    void financialQuartersCutOnTheSameDaysAsCalendarQuarters() {
        LocalDate start = LocalDate.of(2027, 1, 4);
        Periods calendar = new Periods(new Horizon(start, 169, 0), ReportingPeriod.QUARTER);
        Periods financial = new Periods(new Horizon(start, 169, 0), ReportingPeriod.FINANCIAL_QUARTER);
        assertThat(financial.all()).extracting(Period::start).isEqualTo(calendar.all().stream().map(Period::start).toList());
        assertThat(financial.all()).extracting(Period::end).isEqualTo(calendar.all().stream().map(Period::end).toList());
        assertThat(labels(start, 169, ReportingPeriod.QUARTER)).contains("2030 Q1");
        assertThat(labels(start, 169, ReportingPeriod.FINANCIAL_QUARTER)).contains("2029/30 Q4").doesNotContain("2030/31 Q1");
    }

    @Test
    void financialYearsStartOnTheFirstOfApril() {
        Periods p = new Periods(new Horizon(LocalDate.of(2027, 1, 4), 169, 0), ReportingPeriod.FINANCIAL_YEAR);
        assertThat(p.all()).extracting(Period::label)
                .containsExactly("2026/27", "2027/28", "2028/29", "2029/30", "whole horizon");
        assertThat(p.all()).extracting(Period::start).containsExactly(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 4, 1),
                LocalDate.of(2028, 4, 1), LocalDate.of(2029, 4, 1), LocalDate.of(2027, 1, 4));
        // the first of April belongs to the new year, the thirty-first of March to the old
        assertThat(Periods.financialYearLabel(LocalDate.of(2028, 3, 31))).isEqualTo("2027/28");
        assertThat(Periods.financialYearLabel(LocalDate.of(2028, 4, 1))).isEqualTo("2028/29");
        assertThat(Periods.financialYearLabel(LocalDate.of(2099, 12, 31))).isEqualTo("2099/00");
    }

    @Test
    void everyMonthFallsInTheFinancialQuarterItsMonthSays() {
        String[] quarterOfMonth = {"Q4", "Q4", "Q4", "Q1", "Q1", "Q1", "Q2", "Q2", "Q2", "Q3", "Q3", "Q3"};
        for (int month = 1; month <= 12; month++) {
            LocalDate first = LocalDate.of(2027, month, 1);
            String label = labels(first, 2, ReportingPeriod.FINANCIAL_QUARTER).get(0);
            assertThat(label).as("month %d", month).endsWith(quarterOfMonth[month - 1])
                    .startsWith(month >= 4 ? "2027/28" : "2026/27");
        }
    }
}
