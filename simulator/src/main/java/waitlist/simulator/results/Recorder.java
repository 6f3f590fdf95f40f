package waitlist.simulator.results;

import waitlist.simulator.stats.WaitHistogram;

/**
 * Collects what happens in one replication into per-period, per-alliance tallies, and turns them
 * into one value per (period, area, metric) at the end. Models call it as things happen; it knows
 * the reporting calendar, so events in the warm-up are simply not counted. The county is the sum
 * of its alliances (its waits are the merged histogram, not an average of averages).
 *
 * <p>Each event is tallied once, in the row of {@link PeriodRows} its day falls in; the whole
 * horizon's tallies and histograms are summed from the others at the end.
 */
public final class Recorder {

    private enum Tally {
        REFERRALS, REDIRECTED, TARGET_DUE, TARGET_MET, BREACHES, DROPOUTS, DISCHARGES, REVIEWS,
        OT_ASSESSMENT_MIN, OT_REVIEW_MIN, OT_ONE_TO_ONE_MIN, OT_AVAILABLE_MIN, OT_DEMANDED_MIN,
        COACH_USED_MIN, COACH_AVAILABLE_MIN, COACH_DEMANDED_MIN, OT_COST, COACH_COST, PLACE_WAIT_SUM, PLACE_STARTS, WAITING_AREA, FLOW_DAYS_SUM, FLOW_COUNT,
        WAITING_END, CASELOAD_END, AWAITING_END
    }

    private static final int TALLIES = Tally.values().length;
    private static final int WEEK_METRICS = WeekMetric.values().length;
    /** Tallies set from the census rather than summed: the whole horizon's are its own, not the sum of its periods'. */
    private static final java.util.Set<Tally> SET_NOT_SUMMED = java.util.EnumSet.of(Tally.WAITING_END, Tally.CASELOAD_END, Tally.AWAITING_END);
    /** Read, never written: the histogram of an alliance and period nobody was assessed in. */
    private static final WaitHistogram NONE = new WaitHistogram();

    private final Periods periods;
    private final int alliances;
    private final double targetDays;
    private final double attainmentThreshold;
    private final int reportedWeeks;
    private final int warmUpWeeks;
    private final PeriodRows rows;
    private final int wholeIndex;

    private final double[] tallies;
    private final WaitHistogram[] waits;
    private final WaitHistogram[] urgentWaits;
    private final double[] weekValues;

    private final double[] waitingSince;
    private final int[] waitingNow;

    public Recorder(Periods periods, int alliances, double targetDays, double attainmentThreshold) {
        this.periods = periods;
        this.alliances = alliances;
        this.targetDays = targetDays;
        this.attainmentThreshold = attainmentThreshold;
        this.rows = new PeriodRows(periods);
        this.wholeIndex = rows.whole;
        this.warmUpWeeks = periods.firstReportedDay() / 7;
        this.reportedWeeks = periods.horizonDays() / 7 - warmUpWeeks;
        this.tallies = new double[rows.count * alliances * TALLIES];
        this.waits = new WaitHistogram[rows.count * alliances];
        this.urgentWaits = new WaitHistogram[rows.count * alliances];
        this.weekValues = new double[reportedWeeks * (alliances + 1) * WEEK_METRICS];
        this.waitingSince = new double[alliances];
        this.waitingNow = new int[alliances];
    }

    public Periods periods() {
        return periods;
    }

    public double targetDays() {
        return targetDays;
    }

    private void add(double day, int alliance, Tally t, double amount) {
        int row = rows.of(day);
        if (row >= 0) {
            tallies[(row * alliances + alliance) * TALLIES + t.ordinal()] += amount;
        }
    }

    private double tally(int p, int alliance, Tally t) {
        return tallies[(p * alliances + alliance) * TALLIES + t.ordinal()];
    }

    private void set(int p, int alliance, Tally t, double value) {
        tallies[(p * alliances + alliance) * TALLIES + t.ordinal()] = value;
    }

    public void referral(double day, int alliance) {
        add(day, alliance, Tally.REFERRALS, 1);
    }

    public void redirected(double day, int alliance) {
        add(day, alliance, Tally.REDIRECTED, 1);
    }

    /**
     * A first assessment on {@code day} after waiting {@code waitDays} since referral. It settles the
     * person's target outcome, counted in the period of their target day: met if seen by then,
     * otherwise a breach on the day the target passed.
     */
    public void firstAssessment(double day, int alliance, double waitDays) {
        double targetDay = day - waitDays + targetDays;
        add(targetDay, alliance, Tally.TARGET_DUE, 1);
        add(targetDay, alliance, waitDays <= targetDays ? Tally.TARGET_MET : Tally.BREACHES, 1);
        int row = rows.of(day);
        if (row < 0) {
            return;
        }
        histogram(waits, row, alliance).add(waitDays, targetDays);
        int week = (int) (day / 7) - warmUpWeeks;
        weekValues[(week * (alliances + 1) + alliance) * WEEK_METRICS + WeekMetric.FIRST_ASSESSMENTS.ordinal()]++;
        weekValues[(week * (alliances + 1) + alliances) * WEEK_METRICS + WeekMetric.FIRST_ASSESSMENTS.ordinal()]++;
    }

    /** The same first assessment again, for someone in the most urgent class (when there are several). */
    public void urgentFirstAssessment(double day, int alliance, double waitDays) {
        int row = rows.of(day);
        if (row >= 0) {
            histogram(urgentWaits, row, alliance).add(waitDays, targetDays);
        }
    }

    /**
     * Someone referred on {@code referralDay} left the list without a first assessment on
     * {@code leftDay} (dropped out, or still waiting when the run ends). If their target day had
     * passed by then, they count against the target in its period, as a breach; if not, they were
     * never due and do not count at all.
     */
    public void leftUnassessed(double referralDay, double leftDay, int alliance) {
        double targetDay = referralDay + targetDays;
        if (leftDay > targetDay) {
            add(targetDay, alliance, Tally.TARGET_DUE, 1);
            add(targetDay, alliance, Tally.BREACHES, 1);
        }
    }

    public void dropout(double day, int alliance) {
        add(day, alliance, Tally.DROPOUTS, 1);
    }

    /** Discharged; {@code referralDay} is NaN for people already in service at the start (flow time unknown). */
    public void discharge(double day, int alliance, double referralDay) {
        add(day, alliance, Tally.DISCHARGES, 1);
        if (!Double.isNaN(referralDay)) {
            add(day, alliance, Tally.FLOW_DAYS_SUM, day - referralDay);
            add(day, alliance, Tally.FLOW_COUNT, 1);
        }
    }

    public void review(double day, int alliance, double otMinutes) {
        add(day, alliance, Tally.REVIEWS, 1);
        add(day, alliance, Tally.OT_REVIEW_MIN, otMinutes);
    }

    public void assessmentBooked(double day, int alliance, double otMinutes) {
        add(day, alliance, Tally.OT_ASSESSMENT_MIN, otMinutes);
    }

    public void oneToOne(double day, int alliance, double otMinutes) {
        add(day, alliance, Tally.OT_ONE_TO_ONE_MIN, otMinutes);
    }

    public void otAvailable(double day, int alliance, double minutes) {
        add(day, alliance, Tally.OT_AVAILABLE_MIN, minutes);
    }

    /** OT work that fell due, whether or not there was time to do it: what staffing must cover. */
    public void otDemanded(double day, int alliance, double minutes) {
        add(day, alliance, Tally.OT_DEMANDED_MIN, minutes);
    }

    /**
     * The staff cost in pounds of the week starting on {@code day}, by staff group; spread over its seven days, so a period
     * ending mid-week pays only for its own days.
     */
    public void staffCost(double day, int alliance, double otPounds, double coachPounds) {
        for (int d = 0; d < 7; d++) {
            add(day + d, alliance, Tally.OT_COST, otPounds / 7);
            add(day + d, alliance, Tally.COACH_COST, coachPounds / 7);
        }
    }

    /** One week's coaching: minutes running groups, minutes available, minutes the groups everyone needs would take. */
    public void coach(double day, int alliance, double usedMinutes, double availableMinutes, double demandedMinutes) {
        add(day, alliance, Tally.COACH_USED_MIN, usedMinutes);
        add(day, alliance, Tally.COACH_AVAILABLE_MIN, availableMinutes);
        add(day, alliance, Tally.COACH_DEMANDED_MIN, demandedMinutes);
    }

    public void placeStarted(double day, int alliance, double waitDays) {
        add(day, alliance, Tally.PLACE_WAIT_SUM, waitDays);
        add(day, alliance, Tally.PLACE_STARTS, 1);
    }

    /** The number waiting for a first assessment changed by {@code delta}; keeps the time integral. */
    public void waitingChanged(double day, int alliance, int delta) {
        integrateWaiting(alliance, day);
        waitingNow[alliance] += delta;
    }

    private void integrateWaiting(int alliance, double until) {
        double t = waitingSince[alliance];
        int count = waitingNow[alliance];
        if (count > 0) {
            // day by day, so each day's area lands in the period holding that day
            while (t < until) {
                double segmentEnd = Math.min(until, Math.floor(t) + 1);
                add(t, alliance, Tally.WAITING_AREA, count * (segmentEnd - t));
                t = segmentEnd;
            }
        }
        waitingSince[alliance] = Math.max(waitingSince[alliance], until);
    }

    /** The weekly census taken at {@code day} (the end of a week): state counts for one alliance. */
    public void census(double day, int alliance, int waiting, int caseload, int awaitingPlace) {
        if (!periods.reported(day - 0.5)) {
            return;
        }
        for (int q : periods.endedBy(day)) {
            set(q, alliance, Tally.WAITING_END, waiting);
            set(q, alliance, Tally.CASELOAD_END, caseload);
            set(q, alliance, Tally.AWAITING_END, awaitingPlace);
        }
        int week = (int) Math.round(day / 7) - 1 - warmUpWeeks;
        if (week >= 0 && week < reportedWeeks) {
            int m = WEEK_METRICS;
            int base = (week * (alliances + 1) + alliance) * m;
            int county = (week * (alliances + 1) + alliances) * m;
            weekValues[base + WeekMetric.WAITING_LIST.ordinal()] = waiting;
            weekValues[base + WeekMetric.CASELOAD.ordinal()] = caseload;
            weekValues[base + WeekMetric.AWAITING_PLACE.ordinal()] = awaitingPlace;
            weekValues[county + WeekMetric.WAITING_LIST.ordinal()] += waiting;
            weekValues[county + WeekMetric.CASELOAD.ordinal()] += caseload;
            weekValues[county + WeekMetric.AWAITING_PLACE.ordinal()] += awaitingPlace;
        }
    }

    private WaitHistogram histogram(WaitHistogram[] table, int p, int alliance) {
        int i = p * alliances + alliance;
        if (table[i] == null) {
            table[i] = new WaitHistogram();
        }
        return table[i];
    }

    /**
     * The whole horizon's tallies and histograms of each alliance: the sums, in calendar order, of its periods' and the
     * stub's (except the end-of-period counts the census set).
     */
    private void sumWholeHorizon() {
        for (int a = 0; a < alliances; a++) {
            int whole = (wholeIndex * alliances + a) * TALLIES;
            for (Tally k : Tally.values()) {
                if (SET_NOT_SUMMED.contains(k)) {
                    continue;
                }
                double sum = 0;
                for (int row = 0; row < rows.count; row++) {
                    if (row != wholeIndex) {
                        sum += tallies[(row * alliances + a) * TALLIES + k.ordinal()];
                    }
                }
                tallies[whole + k.ordinal()] = sum;
            }
            sumHistograms(waits, a);
            sumHistograms(urgentWaits, a);
        }
    }

    private void sumHistograms(WaitHistogram[] table, int alliance) {
        WaitHistogram whole = null;
        for (int row = 0; row < rows.count; row++) {
            WaitHistogram h = table[row * alliances + alliance];
            if (row != wholeIndex && h != null) {
                if (whole == null) {
                    whole = new WaitHistogram();
                }
                whole.addAll(h);
            }
        }
        table[wholeIndex * alliances + alliance] = whole;
    }

    /** One value per (period, area, metric), areas being the alliances then the county. Call once, at the end of the run. */
    public ReplicationResult finish(long events) {
        for (int a = 0; a < alliances; a++) {
            integrateWaiting(a, periods.horizonDays());
        }
        sumWholeHorizon();
        int areas = alliances + 1;
        int metrics = Metric.values().length;
        double[] values = new double[periods.count() * areas * metrics];
        WaitHistogram county = new WaitHistogram();
        WaitHistogram countyUrgent = new WaitHistogram();
        double[] t = new double[TALLIES];
        double[] countyTallies = new double[TALLIES];
        for (int p = 0; p < periods.count(); p++) {
            county.clear();
            countyUrgent.clear();
            java.util.Arrays.fill(countyTallies, 0);
            for (int a = 0; a < alliances; a++) {
                WaitHistogram h = waits[p * alliances + a];
                if (h != null) {
                    county.addAll(h);
                }
                WaitHistogram u = urgentWaits[p * alliances + a];
                if (u != null) {
                    countyUrgent.addAll(u);
                }
                for (Tally k : Tally.values()) {
                    t[k.ordinal()] = tally(p, a, k);
                    countyTallies[k.ordinal()] += t[k.ordinal()];
                }
                fill(values, (p * areas + a) * metrics, t, h == null ? NONE : h, u == null ? NONE : u, periods.all().get(p));
            }
            fill(values, (p * areas + alliances) * metrics, countyTallies, county, countyUrgent, periods.all().get(p));
        }
        for (int a = 0; a < areas; a++) {
            values[(periods.wholeIndex() * areas + a) * metrics + Metric.ALL_PERIODS_HOLD.ordinal()] = allPeriodsHold(values, a);
        }
        return new ReplicationResult(values, weekValues.clone(), new double[0], events);
    }

    /**
     * 1 if the target held in every calendar period of this replication, else 0. A period in which
     * nobody was due cannot fail; NaN only if nobody was due in any period.
     */
    private double allPeriodsHold(double[] values, int area) {
        int areas = alliances + 1;
        int metrics = Metric.values().length;
        boolean any = false;
        for (int p = 0; p < periods.wholeIndex(); p++) {
            double holds = values[(p * areas + area) * metrics + Metric.TARGET_HOLDS.ordinal()];
            if (holds == 0) {
                return 0;
            }
            any |= holds == 1;
        }
        return any ? 1 : Double.NaN;
    }

    private void fill(double[] out, int base, double[] t, WaitHistogram h, WaitHistogram urgent, Period period) {
        out[base + Metric.URGENT_WAIT_MEAN.ordinal()] = urgent.mean();
        out[base + Metric.URGENT_ATTAINMENT.ordinal()] = urgent.shareWithinTarget();
        out[base + Metric.REFERRALS.ordinal()] = t[Tally.REFERRALS.ordinal()];
        out[base + Metric.REDIRECTED.ordinal()] = t[Tally.REDIRECTED.ordinal()];
        out[base + Metric.FIRST_ASSESSMENTS.ordinal()] = h.count();
        out[base + Metric.WAIT_MEAN.ordinal()] = h.mean();
        out[base + Metric.WAIT_MEDIAN.ordinal()] = h.quantile(0.5);
        out[base + Metric.WAIT_P90.ordinal()] = h.quantile(0.9);
        out[base + Metric.WAIT_P95.ordinal()] = h.quantile(0.95);
        out[base + Metric.WAIT_MAX.ordinal()] = h.max();
        double due = t[Tally.TARGET_DUE.ordinal()];
        double met = t[Tally.TARGET_MET.ordinal()];
        out[base + Metric.TARGET_DUE.ordinal()] = due;
        out[base + Metric.ATTAINMENT.ordinal()] = due == 0 ? Double.NaN : met / due;
        // met/due >= threshold, compared on counts so 19 of 20 meets 95 % despite binary fractions
        out[base + Metric.TARGET_HOLDS.ordinal()] = due == 0 ? Double.NaN : met >= attainmentThreshold * due - 1e-9 ? 1 : 0;
        out[base + Metric.ALL_PERIODS_HOLD.ordinal()] = Double.NaN;
        out[base + Metric.ASSESSED_WITHIN_TARGET.ordinal()] = h.shareWithinTarget();
        out[base + Metric.BREACHES.ordinal()] = t[Tally.BREACHES.ordinal()];
        out[base + Metric.DROPOUTS.ordinal()] = t[Tally.DROPOUTS.ordinal()];
        out[base + Metric.WAITING_LIST.ordinal()] = t[Tally.WAITING_END.ordinal()];
        out[base + Metric.WAITING_LIST_MEAN.ordinal()] = t[Tally.WAITING_AREA.ordinal()] / period.days();
        out[base + Metric.CASELOAD.ordinal()] = t[Tally.CASELOAD_END.ordinal()];
        out[base + Metric.AWAITING_PLACE.ordinal()] = t[Tally.AWAITING_END.ordinal()];
        out[base + Metric.PLACE_WAIT_MEAN.ordinal()] = t[Tally.PLACE_STARTS.ordinal()] == 0 ? Double.NaN
                : t[Tally.PLACE_WAIT_SUM.ordinal()] / t[Tally.PLACE_STARTS.ordinal()];
        out[base + Metric.DISCHARGES.ordinal()] = t[Tally.DISCHARGES.ordinal()];
        out[base + Metric.FLOW_MEAN.ordinal()] = t[Tally.FLOW_COUNT.ordinal()] == 0 ? Double.NaN
                : t[Tally.FLOW_DAYS_SUM.ordinal()] / t[Tally.FLOW_COUNT.ordinal()];
        out[base + Metric.REVIEWS.ordinal()] = t[Tally.REVIEWS.ordinal()];
        double assess = t[Tally.OT_ASSESSMENT_MIN.ordinal()] / 60;
        double review = t[Tally.OT_REVIEW_MIN.ordinal()] / 60;
        double oneToOne = t[Tally.OT_ONE_TO_ONE_MIN.ordinal()] / 60;
        double available = t[Tally.OT_AVAILABLE_MIN.ordinal()] / 60;
        out[base + Metric.OT_HOURS.ordinal()] = assess + review + oneToOne;
        out[base + Metric.OT_ASSESSMENT_HOURS.ordinal()] = assess;
        out[base + Metric.OT_REVIEW_HOURS.ordinal()] = review;
        out[base + Metric.OT_ONE_TO_ONE_HOURS.ordinal()] = oneToOne;
        out[base + Metric.OT_HOURS_DEMANDED.ordinal()] = t[Tally.OT_DEMANDED_MIN.ordinal()] / 60;
        out[base + Metric.OT_AVAILABLE_HOURS.ordinal()] = available;
        out[base + Metric.OT_UTILISATION.ordinal()] = available == 0 ? Double.NaN : (assess + review + oneToOne) / available;
        double coachAvailable = t[Tally.COACH_AVAILABLE_MIN.ordinal()];
        out[base + Metric.COACH_HOURS.ordinal()] = t[Tally.COACH_USED_MIN.ordinal()] / 60;
        out[base + Metric.COACH_HOURS_DEMANDED.ordinal()] = t[Tally.COACH_DEMANDED_MIN.ordinal()] / 60;
        out[base + Metric.COACH_AVAILABLE_HOURS.ordinal()] = coachAvailable / 60;
        double perYear = 365.25 / period.days();
        double otCost = t[Tally.OT_COST.ordinal()];
        double coachCost = t[Tally.COACH_COST.ordinal()];
        // pounds a year to the penny: pro-rating by days leaves float dust (240000.0000000001) that no budget holds
        out[base + Metric.OT_COST_PER_YEAR.ordinal()] = pennies(otCost * perYear);
        out[base + Metric.COACH_COST_PER_YEAR.ordinal()] = pennies(coachCost * perYear);
        out[base + Metric.STAFF_COST_PER_YEAR.ordinal()] = pennies((otCost + coachCost) * perYear);
        out[base + Metric.COST_PER_FIRST_ASSESSMENT.ordinal()] = h.count() == 0 ? Double.NaN : (otCost + coachCost) / h.count();
        out[base + Metric.COACH_UTILISATION.ordinal()] = coachAvailable == 0 ? Double.NaN
                : t[Tally.COACH_USED_MIN.ordinal()] / coachAvailable;
    }

    private static double pennies(double pounds) {
        return Math.round(pounds * 100) / 100.0;
    }
}
