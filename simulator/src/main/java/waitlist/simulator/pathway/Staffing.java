package waitlist.simulator.pathway;

import java.time.LocalDate;
import java.util.List;

import waitlist.scenarios.FteChange;
import waitlist.scenarios.StaffGroup;

/**
 * Productive minutes a week per alliance per week of the horizon, from the dated FTE changes of
 * one staff group. An alliance has the FTE of its latest change dated on or before the week's
 * first day, and none before its first change.
 */
final class Staffing {

    private final double[][] minutesPerWeek;
    private final double[][] costPerWeek;

    Staffing(StaffGroup group, List<String> alliances, LocalDate start, int weeks) {
        minutesPerWeek = new double[weeks][alliances.size()];
        costPerWeek = new double[weeks][alliances.size()];
        double perFte = group.productiveHoursPerFte() * 60;
        double poundsPerFteWeek = group.costPerFte() * 7 / 365.25;
        List<FteChange> changes = group.fte().stream()
                .sorted(java.util.Comparator.comparing(FteChange::from)).toList();
        for (int w = 0; w < weeks; w++) {
            LocalDate day = start.plusWeeks(w);
            for (int a = 0; a < alliances.size(); a++) {
                double fte = 0;
                for (FteChange c : changes) {
                    if (c.alliance().equals(alliances.get(a)) && !c.from().isAfter(day)) {
                        fte = c.fte();
                    }
                }
                minutesPerWeek[w][a] = fte * perFte;
                costPerWeek[w][a] = fte * poundsPerFteWeek;
            }
        }
    }

    double minutes(int week, int alliance) {
        return minutesPerWeek[week][alliance];
    }

    /** Pounds this week's staff cost, pro rata from the annual cost per FTE (with on-costs). */
    double cost(int week, int alliance) {
        return costPerWeek[week][alliance];
    }
}
