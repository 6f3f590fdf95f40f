package waitlist.benchmarks.simulator;

import java.util.List;
import java.util.Map;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.Demand;
import waitlist.scenarios.Distribution;
import waitlist.scenarios.Horizon;
import waitlist.scenarios.Network;
import waitlist.scenarios.ReportingPeriod;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;
import waitlist.scenarios.Stage;
import waitlist.scenarios.Target;

/** The scenarios the simulator benchmarks run. */
final class BenchScenarios {

    private BenchScenarios() {
    }

    /** M/M/10 at utilisation 0.9 for a year: 9 referrals a day, mean service 1 day. */
    static Scenario mmc() {
        Scenario s = Scenarios.bundled("mmc-queue").scenario();
        return new Scenario("mmc-bench", "M/M/10, utilisation 0.9", new Horizon(s.horizon().start(), 52, 0),
                new Target(2, 0.95, ReportingPeriod.QUARTER), List.of(new Alliance("county", "County")),
                new Demand(9 * 365.25, Map.of("county", 1.0), null, 0, null), null,
                new Network(Map.of("assessment", Stage.of(null, 10, new Distribution.Exponential(1))), "assessment"),
                null, null, null);
    }

    /** Customers the M/M/5 benchmark puts through the queue (in expectation: arrivals are Poisson). */
    static final int MILLION = 1_000_000;
    static final double MM5_ARRIVALS_PER_DAY = 4.5;
    static final int MM5_SERVERS = 5;

    /**
     * M/M/5 at utilisation 0.9 (4.5 arrivals a day, mean service 1 day) for as many whole weeks as a million arrivals
     * take: 31,747 weeks, about 608 years, reported by year with the weekly census on. The scenario record is built
     * directly, so the 1,040-week limit a scenario file is checked against does not apply.
     */
    static Scenario mm5Million() {
        Scenario s = Scenarios.bundled("mmc-queue").scenario();
        int weeks = (int) Math.ceil(MILLION / (MM5_ARRIVALS_PER_DAY * 7));
        return new Scenario("mm5-million", "M/M/5, utilisation 0.9, a million customers", new Horizon(s.horizon().start(), weeks, 0),
                new Target(2, 0.95, ReportingPeriod.YEAR), List.of(new Alliance("county", "County")),
                new Demand(MM5_ARRIVALS_PER_DAY * 365.25, Map.of("county", 1.0), null, 0, null), null,
                new Network(Map.of("service", Stage.of(null, MM5_SERVERS, new Distribution.Exponential(1))), "service"),
                null, null, null);
    }

    /** The bundled baseline, as shipped. */
    static Scenario baseline() {
        return Scenarios.bundled("reconnect-baseline").scenario();
    }

    /** The bundled baseline run for five years (261 weeks) instead of to the contract's end. */
    static Scenario baselineFiveYears() {
        return baselineYears(5);
    }

    /**
     * The bundled baseline run for {@code years} years (52.18 weeks each, to the nearest week: 5 years is 261 weeks, 30 years 1,565, past the
     * 1,040 a scenario file may ask for: the record is built directly).
     */
    static Scenario baselineYears(int years) {
        Scenario s = baseline();
        return new Scenario(s.name() + "-" + years + "y", s.description(), new Horizon(s.horizon().start(), (int) Math.round(years * 365.25 / 7), 0),
                s.target(), s.alliances(), s.demand(), s.pathway(), s.network(), s.workforce(), s.booking(), s.initialState());
    }
}
