package waitlist.simulator.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import waitlist.scenarios.Dated;
import waitlist.scenarios.Demand;
import waitlist.scenarios.StepChange;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.random.Source;
import waitlist.simulator.stats.ConfidenceIntervals;
import waitlist.simulator.stats.Estimate;
import waitlist.simulator.stats.RunningStat;

class ArrivalsTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 1);

    @Test
    void seasonalityIsNormalisedSoTheYearKeepsItsVolume() {
        List<Double> season = List.of(1.1, 1.1, 1.1, 1.0, 1.0, 1.0, 1.0, 0.8, 1.0, 1.0, 1.0, 0.85);
        double[] rates = DailyRates.of(new Demand(730, Map.of("a", 0.5), season, 0, null), "a", START, 365);
        double mean = season.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double perDay = 365 / 365.25; // 365 referrals a year for this alliance, before seasonality
        assertThat(rates[0]).isCloseTo(perDay * 1.1 / mean, offset(1e-12));     // 1 January
        assertThat(rates[220]).isCloseTo(perDay * 0.8 / mean, offset(1e-12));   // 9 August
        // months differ in length, so the year's total is 365 × (day-weighted mean / plain mean) ≈ 365
        assertThat(Arrays.stream(rates).sum()).isCloseTo(365, offset(365 * 0.01));
    }

    @Test
    void aDatedVolumeRestatesTheLevelOnItsDateAndGrowthRunsFromThere() {
        // 365.25 a year (1 a day) at the start, growing 10 % a year; from day 100, 730.5 a year (2 a day) on that day,
        // growing from then; a step change ×0.5 from day 200 applies on top of the dated level
        Demand demand = new Demand(new Dated(365.25, List.of(new Dated.Change(START.plusDays(100), 730.5))), Map.of("a", 1.0),
                null, 0.10, List.of(new StepChange(START.plusDays(200), null, 0.5)));
        double[] rates = DailyRates.of(demand, "a", START, 300);
        assertThat(rates[99]).isCloseTo(Math.pow(1.1, 99 / 365.25), offset(1e-12));
        assertThat(rates[100]).isCloseTo(2.0, offset(1e-12));
        assertThat(rates[150]).isCloseTo(2 * Math.pow(1.1, 50 / 365.25), offset(1e-12));
        assertThat(rates[250]).isCloseTo(0.5 * 2 * Math.pow(1.1, 150 / 365.25), offset(1e-12));
    }

    @Test
    void growthCompoundsAndStepChangesMultiplyFromTheirDate() {
        Demand demand = new Demand(365.25, Map.of("a", 1.0, "b", 0.0), null, 0.10,
                List.of(new StepChange(START.plusDays(100), "a", 2.0), new StepChange(START.plusDays(200), null, 0.5),
                        new StepChange(START.plusDays(50), "b", 3.0)));
        double[] rates = DailyRates.of(demand, "a", START, 731);
        assertThat(rates[0]).isCloseTo(1, offset(1e-12));
        assertThat(rates[99]).isCloseTo(Math.pow(1.1, 99 / 365.25), offset(1e-12));
        assertThat(rates[100]).isCloseTo(2 * Math.pow(1.1, 100 / 365.25), offset(1e-12));
        assertThat(rates[730]).isCloseTo(2 * 0.5 * Math.pow(1.1, 730 / 365.25), offset(1e-12));
    }

    @Test
    void poissonCountsMatchTheIntegratedRate() {
        // A rate that jumps between days: the number of arrivals is Poisson with mean Σ rates.
        double[] rates = new double[200];
        for (int d = 0; d < rates.length; d++) {
            rates[d] = d % 7 < 5 ? 3.0 : 0.2;
        }
        double expected = Arrays.stream(rates).sum();
        RunningStat counts = new RunningStat();
        RunningStat firstWeekendShare = new RunningStat();
        for (int r = 0; r < 400; r++) {
            PoissonArrivals arrivals = new PoissonArrivals(rates, new RandomStreams(5, r).stream(Source.ARRIVALS));
            int n = 0;
            int weekend = 0;
            for (double t = arrivals.nextAfter(0); t < rates.length; t = arrivals.nextAfter(t)) {
                n++;
                if ((int) t % 7 >= 5) {
                    weekend++;
                }
            }
            counts.add(n);
            firstWeekendShare.add((double) weekend / n);
        }
        Estimate count = ConfidenceIntervals.studentT(counts);
        assertThat(expected).isBetween(count.low(), count.high());
        assertThat(counts.variance() / counts.mean()).as("Poisson: variance = mean").isBetween(0.85, 1.15);
        // weekend share of arrivals = weekend rate mass / total mass
        double weekendMass = 0.2 * 2 * (200 / 7) + 0.2 * Math.max(0, 200 % 7 - 5);
        assertThat(firstWeekendShare.mean()).isCloseTo(weekendMass / expected, offset(0.005));
    }
}
