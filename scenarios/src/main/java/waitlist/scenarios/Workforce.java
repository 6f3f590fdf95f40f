package waitlist.scenarios;

import waitlist.scenarios.rules.MayOmit;

/**
 * Who does the work. OTs do first assessments, reviews and one-to-one sessions; coaches run
 * group sessions. With {@link Pooling#COUNTY} staff may work across alliance borders.
 */
public record Workforce(StaffGroup ot, StaffGroup coach, @MayOmit Pooling pooling) {

    public Workforce with(StaffGroup newOt, StaffGroup newCoach) {
        return new Workforce(newOt, newCoach, pooling);
    }

    public Pooling poolingOrDefault() {
        return pooling == null ? Pooling.NONE : pooling;
    }
}
