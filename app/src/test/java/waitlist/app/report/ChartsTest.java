package waitlist.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import waitlist.simulator.stats.Estimate;

/** Charts drawn by JFreeChart into SVG: the same figures give the same bytes, and every chart says what it shows. */
class ChartsTest {

    private static Estimate e(double mean, double halfWidth) {
        return new Estimate(mean, mean - halfWidth, mean + halfWidth, 100);
    }

    static Charts.Chart attainment(String id) {
        List<String> periods = List.of("2026/27 Q4", "2027/28 Q1", "2027/28 Q2");
        List<Charts.Series> series = List.of(
                new Charts.Series("Mid Essex", List.of(e(0.93, 0.02), e(0.95, 0.01), e(0.97, 0.01))),
                new Charts.Series("County", List.of(e(0.96, 0.01), e(0.97, 0.01), e(0.98, 0.005)), true));
        return Charts.byCategory(id, "Attainment by quarter", "financial quarter", "first assessed within 42 days, %",
                Charts.Scale.PERCENT, periods, series, List.of(new Charts.Line(0.95, "target 95%")), false, Charts.WIDE, Charts.TALL);
    }

    @Test
    void sameFiguresGiveTheSameBytesWithIdsFromTheChartNotTheClock() {
        Charts.Chart one = attainment("attainment");
        Charts.Chart two = attainment("attainment");
        assertThat(one.svg()).isEqualTo(two.svg());
        assertThat(one.svg()).startsWith("<svg id='attainment'").contains("<title>Attainment by quarter</title>");
        // JFreeSVG's clip paths are named from the chart id, never from System.nanoTime()
        assertThat(one.svg()).contains("id='attainment-clip-0'").doesNotContainPattern("id='_\\d{6,}");
        assertThat(one.points()).isEqualTo(6);
        assertThat(one.svg().chars().allMatch(c -> c < 128)).isTrue();
    }

    @Test
    void everyChartCarriesItsTitleAxisLabelsAndReferenceLine() {
        String svg = attainment("a").svg();
        assertThat(svg).contains(">Attainment by quarter<", ">financial quarter<", ">first assessed within 42 days, %<",
                ">target 95%<", ">2027/28 Q1<", ">Mid Essex<", ">County<");
    }

    @Test
    void weeklyBandsAndBarsAndCurvesDrawTheirPoints() {
        List<LocalDate> weeks = new ArrayList<>();
        List<Estimate> values = new ArrayList<>();
        for (int w = 0; w < 20; w++) {
            weeks.add(LocalDate.of(2027, 1, 4).plusWeeks(w));
            values.add(e(100 + w, 5));
        }
        Charts.Chart weekly = Charts.weekly("list", "Waiting list", "people waiting", Charts.Scale.PEOPLE, weeks,
                List.of(new Charts.Series("County", values, true)), List.of(), Charts.WIDE, Charts.TALL);
        assertThat(weekly.points()).isEqualTo(20);
        if (System.getenv("WAITLIST_DUMP_CHARTS") != null) { // to look at while developing
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(System.getenv("WAITLIST_DUMP_CHARTS"), "charts.html"),
                        "<html><body>" + attainment("a").svg() + weekly.svg() + "</body></html>");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertThat(weekly.svg()).contains(">Feb 2027<", ">week starting<", ">people waiting<");

        Charts.Chart bars = Charts.bars("cost", "Staff cost", "alliance", "pounds a year", Charts.Scale.POUNDS, List.of("Mid", "West"),
                List.of(new Charts.Bars("OT", List.of(48000.0, 24000.0)), new Charts.Bars("coach", java.util.Arrays.asList(30000.0, null))),
                List.of(), true, Charts.WIDE, Charts.TALL);
        assertThat(bars.points()).isEqualTo(3);
        assertThat(bars.svg()).contains("&#xA3;");

        Charts.Chart none = Charts.byCategory("none", "Nothing", "x", "y", Charts.Scale.DAYS, List.of("a"),
                List.of(new Charts.Series("s", java.util.Arrays.asList((Estimate) null))), List.of(), false, 300, 200);
        assertThat(none.points()).isZero();
    }
}
