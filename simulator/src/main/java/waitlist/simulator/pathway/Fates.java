package waitlist.simulator.pathway;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.rng.UniformRandomProvider;

import waitlist.scenarios.Pathway;
import waitlist.scenarios.PriorityClass;
import waitlist.simulator.random.Samplers;

/**
 * Draws a {@link Fate} from a referral's own stream: exactly nine uniforms, always in the same order, each turned into its
 * value by inverting that value's distribution (the DNA draw is kept as it is and judged against the share in force at
 * each appointment, see {@link Fate#missDraw()}). A changed law (a longer intervention, a higher DNA rate) therefore moves
 * each person's value monotonically from the same uniform and shifts nothing else.
 */
final class Fates {

    private final DoubleUnaryOperator triageDays;
    private final double redirectedShare;
    private final double[] priorityCumulative;
    private final double logStayPerWeek;
    private final double groupShare;
    private final DoubleUnaryOperator lengthWeeks;
    private final double reReferralShare;
    private final DoubleUnaryOperator reReferralAfterWeeks;

    Fates(Pathway pathway) {
        this.triageDays = Samplers.inverse(pathway.triage().delayDays());
        this.redirectedShare = pathway.triage().redirectedShare();
        List<PriorityClass> classes = pathway.priorities();
        this.priorityCumulative = new double[classes.size()];
        double sum = 0;
        for (int i = 0; i < classes.size(); i++) {
            sum += classes.get(i).share();
            priorityCumulative[i] = sum;
        }
        // a weekly dropout hazard p is a constant daily rate -ln(1 - p)/7: patience is exponential
        this.logStayPerWeek = Math.log1p(-pathway.dropoutPerWeek());
        this.groupShare = pathway.intervention().groupShare();
        this.lengthWeeks = Samplers.inverse(pathway.intervention().lengthWeeks());
        this.reReferralShare = pathway.reReferralShare();
        this.reReferralAfterWeeks = pathway.reReferralAfterWeeks() == null ? u -> Double.POSITIVE_INFINITY
                : Samplers.inverse(pathway.reReferralAfterWeeks());
    }

    /** Number of priority classes; class 0 is the most urgent. */
    int priorityClasses() {
        return priorityCumulative.length;
    }

    Fate draw(UniformRandomProvider rng) {
        double triage = triageDays.applyAsDouble(rng.nextDouble());
        boolean redirected = rng.nextDouble() < redirectedShare;
        int priority = priority(rng.nextDouble());
        double patience = patience(rng.nextDouble());
        double missDraw = Math.log1p(-rng.nextDouble()); // log of a uniform in (0, 1]; judged per appointment (Fate)
        boolean group = rng.nextDouble() < groupShare;
        double length = lengthWeeks.applyAsDouble(rng.nextDouble()) * 7;
        boolean reReferred = rng.nextDouble() < reReferralShare;
        double reReferralAfter = reReferralAfterWeeks.applyAsDouble(rng.nextDouble()) * 7;
        return new Fate(triage, redirected, priority, patience, missDraw, group, length, reReferred, reReferralAfter);
    }

    private int priority(double u) {
        double scaled = u * priorityCumulative[priorityCumulative.length - 1];
        for (int i = 0; i < priorityCumulative.length; i++) {
            if (scaled < priorityCumulative[i]) {
                return i;
            }
        }
        return priorityCumulative.length - 1;
    }

    /** Exponential by inversion: P(patience > t days) = (1 - p)^(t/7). */
    private double patience(double u) {
        if (logStayPerWeek == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(logStayPerWeek)) {
            return 0; // p = 1: everyone leaves at once
        }
        return 7 * Math.log1p(-u) / logStayPerWeek;
    }
}
