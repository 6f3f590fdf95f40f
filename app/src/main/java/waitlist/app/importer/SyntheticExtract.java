package waitlist.app.importer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import waitlist.app.output.SpreadsheetCsv;
import waitlist.scenarios.Demand;
import waitlist.scenarios.InterventionMode;
import waitlist.scenarios.Pathway;
import waitlist.scenarios.PriorityClass;
import waitlist.scenarios.Scenario;
import waitlist.simulator.arrivals.DailyRates;
import waitlist.simulator.arrivals.PoissonArrivals;
import waitlist.simulator.random.RandomStreams;
import waitlist.simulator.random.Samplers;
import waitlist.simulator.random.Source;

/**
 * A seeded referral extract with known demand, for testing the importer against the truth and for
 * the example shipped with the tool. Referrals arrive per alliance as the simulator's Poisson process
 * with the given {@link Demand} (growth counted from {@code from}); each referral's fate is drawn
 * independently: redirected at triage, or a wait to first assessment (lognormal with coefficient of
 * variation 0.5 and a mean moving linearly from {@code meanWaitFirst} to {@code meanWaitLast} days
 * over the history, so the series shows waits falling or rising), dropout while waiting at the
 * pathway's weekly rate, then a group place (exponential wait) or one-to-one, an intervention of the
 * pathway's length, discharge. Statuses are as on the day before {@code to}. No queue is simulated:
 * the waits are what they are drawn to be.
 */
final class SyntheticExtract {

    /** What the extract is drawn from. */
    record Truth(Demand demand, LocalDate from, LocalDate to, double meanWaitFirst, double meanWaitLast, double placeWaitMeanDays) {

        /** Referrals a year per alliance at {@code day}, as the simulator's demand gives them. */
        double annual(String alliance, LocalDate day) {
            double[] rates = DailyRates.of(demand, alliance, from, (int) ChronoUnit.DAYS.between(from, day) + 1);
            double season = demand.seasonality() == null ? 1
                    : demand.seasonality().get(day.getMonthValue() - 1)
                            / demand.seasonality().stream().mapToDouble(Double::doubleValue).average().orElse(1);
            return rates[rates.length - 1] / season * DemandFit.DAYS_A_YEAR;
        }
    }

    private record Arrival(double day, String alliance) {
    }

    private SyntheticExtract() {
    }

    static List<ExtractRow> generate(Scenario base, Truth truth, long seed) {
        Pathway p = base.pathway();
        int days = (int) ChronoUnit.DAYS.between(truth.from(), truth.to());
        RandomStreams streams = new RandomStreams(seed, 0);
        List<Arrival> arrivals = new ArrayList<>();
        for (int a = 0; a < base.alliances().size(); a++) {
            String id = base.alliances().get(a).id();
            PoissonArrivals process = new PoissonArrivals(DailyRates.of(truth.demand(), id, truth.from(), days), streams.stream(Source.ARRIVALS, a));
            for (double t = process.nextAfter(0); t < days; t = process.nextAfter(t)) {
                arrivals.add(new Arrival(t, id));
            }
        }
        arrivals.sort(Comparator.comparingDouble(Arrival::day));

        UniformRandomProvider priority = streams.stream(Source.PRIORITY);
        UniformRandomProvider triage = streams.stream(Source.TRIAGE);
        UniformRandomProvider waitRng = streams.stream(Source.SERVICE);
        ContinuousSampler unitNormal = ZigguratSampler.NormalizedGaussian.of(waitRng);
        double dropoutRate = -Math.log1p(-p.dropoutPerWeek()) / 7;
        ContinuousSampler dropout = ZigguratSampler.Exponential.of(streams.stream(Source.DROPOUT));
        UniformRandomProvider mix = streams.stream(Source.INTERVENTION_MIX);
        ContinuousSampler placeWait = ZigguratSampler.Exponential.of(streams.stream(Source.BOOKING), truth.placeWaitMeanDays());
        ContinuousSampler lengthWeeks = Samplers.of(p.intervention().lengthWeeks(), streams.stream(Source.INTERVENTION_LENGTH));
        double triageDays = p.triage().delayDays().mean();
        double sigma = Math.sqrt(Math.log1p(0.25)); // coefficient of variation 0.5

        List<ExtractRow> rows = new ArrayList<>();
        for (Arrival arrival : arrivals) {
            double t0 = arrival.day();
            String prio = drawPriority(p.priorities(), priority.nextDouble());
            int line = rows.size() + 2;
            String id = String.format("R%05d", rows.size() + 1);
            LocalDate referred = date(truth, t0);
            if (triage.nextDouble() < p.triage().redirectedShare()) {
                LocalDate left = date(truth, t0 + triageDays);
                rows.add(left.isBefore(truth.to())
                        ? row(line, id, referred, arrival, prio, ReferralStatus.REDIRECTED, null, null, null, left, null)
                        : row(line, id, referred, arrival, prio, ReferralStatus.WAITING, null, null, null, null, null));
                continue;
            }
            double share = t0 / days;
            double mean = truth.meanWaitFirst() + share * (truth.meanWaitLast() - truth.meanWaitFirst());
            double wait = Math.exp(Math.log(mean) - sigma * sigma / 2 + sigma * unitNormal.sample());
            double gone = dropoutRate > 0 ? dropout.sample() / dropoutRate : Double.POSITIVE_INFINITY;
            boolean group = mix.nextDouble() < p.intervention().groupShare();
            double startAfter = group ? placeWait.sample() : 7 * mix.nextDouble();
            double length = 7 * lengthWeeks.sample();
            if (!group) {
                length = Math.max(length, 7.0 * p.intervention().oneToOne().weeks());
            }
            if (gone < wait) {
                LocalDate left = date(truth, t0 + gone);
                rows.add(left.isBefore(truth.to())
                        ? row(line, id, referred, arrival, prio, ReferralStatus.DROPPED_OUT, null, null, null, left, null)
                        : row(line, id, referred, arrival, prio, ReferralStatus.WAITING, null, null, null, null, null));
                continue;
            }
            LocalDate assessed = date(truth, t0 + wait);
            LocalDate started = date(truth, t0 + wait + startAfter);
            LocalDate discharged = date(truth, t0 + wait + startAfter + length);
            InterventionMode mode = group ? InterventionMode.GROUP : InterventionMode.ONE_TO_ONE;
            if (!assessed.isBefore(truth.to())) {
                rows.add(row(line, id, referred, arrival, prio, ReferralStatus.WAITING, null, null, null, null, null));
            } else if (!started.isBefore(truth.to())) {
                rows.add(row(line, id, referred, arrival, prio, ReferralStatus.ASSESSED, assessed, null, null, null, null));
            } else if (!discharged.isBefore(truth.to())) {
                rows.add(row(line, id, referred, arrival, prio, ReferralStatus.IN_SERVICE, assessed, started, null, null, mode));
            } else {
                rows.add(row(line, id, referred, arrival, prio, ReferralStatus.DISCHARGED, assessed, started, discharged, null, mode));
            }
        }
        return rows;
    }

    /** The rows as an extract file with the default header. */
    static String csv(List<ExtractRow> rows) {
        StringBuilder text = new StringBuilder();
        SpreadsheetCsv csv = new SpreadsheetCsv(text);
        csv.row(ExtractColumns.ALL);
        for (ExtractRow r : rows) {
            csv.row(r.id(), r.referral().toString(), r.alliance(), r.priority(), r.status().code(), text(r.firstAssessment()),
                    text(r.interventionStart()), text(r.discharge()), text(r.left()),
                    r.mode() == null ? "" : r.mode() == InterventionMode.GROUP ? "group" : "one-to-one");
        }
        return text.toString();
    }

    private static ExtractRow row(int line, String id, LocalDate referred, Arrival arrival, String priority, ReferralStatus status,
                                  LocalDate assessed, LocalDate started, LocalDate discharged, LocalDate left, InterventionMode mode) {
        return new ExtractRow(line, id, referred, arrival.alliance(), priority, status, assessed, started, discharged, left, mode);
    }

    private static String drawPriority(List<PriorityClass> classes, double u) {
        double total = classes.stream().mapToDouble(PriorityClass::share).sum();
        double sum = 0;
        for (PriorityClass c : classes) {
            sum += c.share() / total;
            if (u < sum) {
                return c.name();
            }
        }
        return classes.getLast().name();
    }

    private static LocalDate date(Truth truth, double day) {
        return truth.from().plusDays((long) Math.floor(day));
    }

    private static String text(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
