package waitlist.app.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

import waitlist.app.importer.FittedDemand.Interval;
import waitlist.scenarios.Demand;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;

/** The demand fit against known truth: closed forms on simple cases, coverage of its intervals over many seeded extracts. */
class DemandFitTest {

    static final Scenario BASE = Scenarios.bundled("reconnect-baseline").scenario();
    static final List<String> ALLIANCES = BASE.alliances().stream().map(a -> a.id()).toList();
    static final LocalDate FROM = LocalDate.of(2023, 1, 2);
    static final LocalDate TO = LocalDate.of(2026, 1, 5); // 1,099 days: three years and a bit
    /** Truth: 660 a year at FROM, the baseline's shares, +8 % a year, a strong winter peak. */
    static final Demand TRUTH = new Demand(660, BASE.demand().allianceShares(),
            List.of(1.3, 1.2, 1.1, 1.0, 1.0, 0.9, 0.9, 0.7, 1.0, 1.0, 1.0, 0.9), 0.08, null);

    private static FittedDemand fit(long seed, Demand truth, DemandFit.Choice growth, DemandFit.Choice season) {
        List<ExtractRow> rows = SyntheticExtract.generate(BASE, new SyntheticExtract.Truth(truth, FROM, TO, 30, 30, 10), seed);
        return DemandFit.fit(rows, FROM, TO, ALLIANCES, BASE.demand(), growth, season);
    }

    private static boolean covers(Interval i, double truth) {
        return i.low() <= truth && truth <= i.high();
    }

    @Test
    void countsMoreScatteredThanPoissonWidenTheIntervalsByTheSquareRootOfTheDispersion() {
        // Daily counts from a gamma-mixed Poisson (negative binomial) with mean 2 and shape 2: variance 2 + 2²/2 = 4,
        // so the dispersion is 2 and a Poisson interval would be √2 too narrow.
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(11);
        org.apache.commons.rng.sampling.distribution.SharedStateContinuousSampler gamma =
                org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler.of(rng, 2, 1);
        Demand flat = new Demand(100, Map.of("mid", 1.0), null, 0, null);
        LocalDate from = LocalDate.of(2024, 1, 1);
        int days = 730;
        List<ExtractRow> rows = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            int n = org.apache.commons.rng.sampling.distribution.PoissonSampler.of(rng, gamma.sample()).sample();
            for (int i = 0; i < n; i++) {
                rows.add(new ExtractRow(rows.size() + 2, "R" + rows.size(), from.plusDays(d), "mid", "routine", ReferralStatus.WAITING,
                        null, null, null, null, null));
            }
        }
        FittedDemand d = DemandFit.fit(rows, from, from.plusDays(days), List.of("mid"), flat, DemandFit.Choice.BASE, DemandFit.Choice.BASE);
        assertThat(d.dispersion()).isCloseTo(2.0, offset(0.3));
        double poissonHalf = 1.959964 / Math.sqrt(rows.size());
        double half = Math.log(d.county().high() / d.county().value());
        assertThat(half / poissonHalf).isCloseTo(Math.sqrt(d.dispersion()), offset(1e-6));
    }

    @Test
    void aConstantRateIsCountOverExposureWithTheTextbookInterval() {
        // one alliance's worth of rows on known days, no growth or seasonality fitted (the base's are offsets):
        // the MLE of a constant rate is n / T and its log has standard error 1 / sqrt(n)
        Demand flat = new Demand(100, Map.of("mid", 1.0), null, 0, null);
        List<ExtractRow> rows = new ArrayList<>();
        LocalDate from = LocalDate.of(2025, 1, 6);
        for (int i = 0; i < 90; i++) {
            rows.add(new ExtractRow(i + 2, "R" + i, from.plusDays((i * 7L) % 200), "mid", "routine", ReferralStatus.WAITING,
                    null, null, null, null, null));
        }
        FittedDemand d = DemandFit.fit(rows, from, from.plusDays(200), List.of("mid"), flat, DemandFit.Choice.BASE, DemandFit.Choice.BASE);
        double rate = 90 / 200.0 * 365.25;
        double half = 1.959964 / Math.sqrt(90);
        assertThat(d.county().value()).isCloseTo(rate, offset(1e-6));
        assertThat(d.county().low()).isCloseTo(rate * Math.exp(-half), offset(1e-3));
        assertThat(d.county().high()).isCloseTo(rate * Math.exp(half), offset(1e-3));
        assertThat(d.shares().getFirst().value()).isEqualTo(1.0);
        assertThat(d.growth().value()).isZero();
        assertThat(d.growthFitted()).isFalse();
    }

    @Test
    void recoversRatesGrowthAndSeasonalityWithinTheirIntervalsOverManySeeds() {
        int seeds = 40;
        int countyHits = 0;
        int growthHits = 0;
        int allianceHits = 0;
        int monthHits = 0;
        int shareHits = 0;
        double growthSum = 0;
        for (long seed = 1; seed <= seeds; seed++) {
            FittedDemand d = fit(seed, TRUTH, DemandFit.Choice.AUTO, DemandFit.Choice.AUTO);
            assertThat(d.growthFitted()).isTrue();
            assertThat(d.seasonalityFitted()).isTrue();
            SyntheticExtract.Truth truth = new SyntheticExtract.Truth(TRUTH, FROM, TO, 30, 30, 10);
            double county = 0;
            for (int a = 0; a < ALLIANCES.size(); a++) {
                double annual = truth.annual(ALLIANCES.get(a), TO);
                county += annual;
                allianceHits += covers(d.annual().get(a), annual) ? 1 : 0;
            }
            countyHits += covers(d.county(), county) ? 1 : 0;
            for (int a = 0; a < ALLIANCES.size(); a++) {
                shareHits += covers(d.shares().get(a), TRUTH.allianceShares().get(ALLIANCES.get(a))) ? 1 : 0;
            }
            growthHits += covers(d.growth(), 0.08) ? 1 : 0;
            growthSum += d.growth().value();
            double mean = TRUTH.seasonality().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            for (int m = 0; m < 12; m++) {
                monthHits += covers(d.seasonality().get(m), TRUTH.seasonality().get(m) / mean) ? 1 : 0;
            }
        }
        // 95 % intervals: out of 40, fewer than 34 hits has probability under 1 % (binomial); pooled ones are held to 90 %
        assertThat(countyHits).isGreaterThanOrEqualTo(34);
        assertThat(growthHits).isGreaterThanOrEqualTo(34);
        assertThat(allianceHits / (5.0 * seeds)).isGreaterThanOrEqualTo(0.9);
        assertThat(monthHits / (12.0 * seeds)).isGreaterThanOrEqualTo(0.9);
        assertThat(shareHits / (5.0 * seeds)).isGreaterThanOrEqualTo(0.9);
        // and the estimates centre on the truth: the mean of 40 growth estimates (sd of one about 0.03) is within 0.02
        assertThat(growthSum / seeds).isCloseTo(0.08, offset(0.02));
    }

    @Test
    void seasonalityAndGrowthAreTestedAgainstSimplerModels() {
        // strong seasonality is detected; with none and one growth for all, the tests do not reject (p well above 0.001)
        FittedDemand seasonal = fit(3, TRUTH, DemandFit.Choice.AUTO, DemandFit.Choice.AUTO);
        assertThat(seasonal.seasonalityP()).isLessThan(0.001);
        Demand flat = new Demand(660, BASE.demand().allianceShares(), null, 0.08, null);
        FittedDemand plain = fit(3, flat, DemandFit.Choice.AUTO, DemandFit.Choice.AUTO);
        assertThat(plain.seasonalityP()).isGreaterThan(0.001);
        assertThat(plain.growthDiffersP()).isGreaterThan(0.001);
        assertThat(plain.dispersion()).isCloseTo(1, offset(0.1));
    }

    @Test
    void aShortHistoryKeepsTheBasesGrowthAndSeasonality() {
        List<ExtractRow> rows = SyntheticExtract.generate(BASE, new SyntheticExtract.Truth(TRUTH, FROM, FROM.plusDays(300), 30, 30, 10), 1);
        FittedDemand d = DemandFit.fit(rows, FROM, FROM.plusDays(300), ALLIANCES, BASE.demand(), DemandFit.Choice.AUTO, DemandFit.Choice.AUTO);
        assertThat(d.growthFitted()).isFalse();
        assertThat(d.seasonalityFitted()).isFalse();
        assertThat(d.growth().value()).isEqualTo(BASE.demand().growthPerYear());
        assertThat(Double.isNaN(d.seasonalityP())).isTrue();
    }

    @Test
    void anAllianceWithNoReferralsHasRateZeroAndAnUpperBound() {
        List<ExtractRow> rows = SyntheticExtract.generate(BASE, new SyntheticExtract.Truth(TRUTH, FROM, TO, 30, 30, 10), 2).stream()
                .filter(r -> !r.alliance().equals("west")).toList();
        FittedDemand d = DemandFit.fit(rows, FROM, TO, ALLIANCES, BASE.demand(), DemandFit.Choice.AUTO, DemandFit.Choice.AUTO);
        int west = ALLIANCES.indexOf("west");
        assertThat(d.annual().get(west).value()).isZero();
        // no events in T years: the exact 95 % upper bound is -ln(0.025) / T
        assertThat(d.annual().get(west).high()).isCloseTo(-Math.log(0.025) / (d.days() / 365.25), offset(1e-9));
        assertThat(d.shares().get(west).value()).isZero();
        assertThat(d.shares().stream().mapToDouble(Interval::value).sum()).isCloseTo(1, offset(1e-12));
    }
}
