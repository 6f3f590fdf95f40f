package waitlist.simulator;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.AllianceState;
import waitlist.scenarios.Booking;
import waitlist.scenarios.BookingPolicy;
import waitlist.scenarios.Demand;
import waitlist.scenarios.Distribution;
import waitlist.scenarios.FirstAssessment;
import waitlist.scenarios.FteChange;
import waitlist.scenarios.Horizon;
import waitlist.scenarios.InitialState;
import waitlist.scenarios.Intervention;
import waitlist.scenarios.Network;
import waitlist.scenarios.OneToOne;
import waitlist.scenarios.Pathway;
import waitlist.scenarios.Pooling;
import waitlist.scenarios.PriorityClass;
import waitlist.scenarios.ReportingPeriod;
import waitlist.scenarios.Reviews;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.StaffGroup;
import waitlist.scenarios.Stage;
import waitlist.scenarios.Target;
import waitlist.scenarios.Triage;
import waitlist.scenarios.Workforce;

/** Scenarios built in code for the theory checks: reductions of the model to cases with known answers. */
public final class Fixtures {

    public static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    /** Productive OT minutes a week per FTE with the staff group below: 37.5 h × 0.7 × 0.85 × 60. */
    public static final double OT_MINUTES_PER_FTE = 37.5 * 0.7 * 0.85 * 60;

    private Fixtures() {
    }

    /** One county-wide stage of c servers with exponential service and Poisson arrivals: M/M/c. */
    public static Scenario mmc(double arrivalsPerDay, int servers, double meanServiceDays, int weeks, int warmUpWeeks, int targetDays) {
        return network(List.of(Map.entry("assessment", Stage.of(null, servers, new Distribution.Exponential(meanServiceDays)))),
                "assessment", arrivalsPerDay, weeks, warmUpWeeks, targetDays);
    }

    /** A one-alliance network of the stages given as (id, stage), in that order. */
    public static Scenario network(List<Map.Entry<String, Stage>> stages, String clockStopsAt, double arrivalsPerDay, int weeks,
                                   int warmUpWeeks, int targetDays) {
        return new Scenario("network", "test", new Horizon(MONDAY, weeks, warmUpWeeks),
                new Target(targetDays, 0.95, ReportingPeriod.YEAR),
                List.of(new Alliance("county", "County")),
                new Demand(arrivalsPerDay * 365.25, Map.of("county", 1.0), null, 0, null),
                null, new Network(inOrder(stages), clockStopsAt), null, null, null);
    }

    /** Stages keyed by id in the order given (a network's stage order numbers its random streams). */
    public static Map<String, Stage> inOrder(List<Map.Entry<String, Stage>> stages) {
        Map<String, Stage> byId = new java.util.LinkedHashMap<>();
        stages.forEach(e -> byId.put(e.getKey(), e.getValue()));
        return byId;
    }

    /** Knobs of a small pathway scenario; defaults are like the bundled baseline's (docs/domain.md) for one or more alliances. */
    public record PathwayKnobs(
            List<String> alliances, double annualReferrals, double redirectedShare, double triageDays, double dropoutPerWeek,
            double urgentShare, double contactMinutes, double travelMinutes, double writeUpMinutes, double dnaShare,
            double groupShare, int groupSize, double oneToOneMinutes, int oneToOneWeeks, boolean thenGroup,
            Distribution lengthWeeks, double reviewIntervalWeeks, double reviewMinutes, double reReferralShare,
            double otFte, double coachFte, Pooling pooling, BookingPolicy policy, double urgentReserved,
            List<Integer> waitingByWeeksWaited, int inService, int weeks, int warmUpWeeks, int targetDays,
            ReportingPeriod period) {

        public static PathwayKnobs baselineLike() {
            return new PathwayKnobs(List.of("a", "b"), 300, 0.08, 4, 0.01, 0.1, 75, 30, 45, 0.08, 0.85, 8, 60, 8, true,
                    new Distribution.Lognormal(75, 40), 12, 45, 0.05, 1.0, 1.2, Pooling.NONE,
                    BookingPolicy.FIRST_COME_FIRST_SERVED, 0, List.of(5, 4, 3), 150, 52, 0, 42, ReportingPeriod.QUARTER);
        }
    }

    public static Scenario pathway(PathwayKnobs k) {
        List<Alliance> alliances = k.alliances().stream().map(id -> new Alliance(id, "Alliance " + id)).toList();
        Map<String, Double> shares = new java.util.LinkedHashMap<>();
        for (String id : k.alliances()) {
            shares.put(id, 1.0 / k.alliances().size());
        }
        List<PriorityClass> classes = k.urgentShare() > 0
                ? List.of(new PriorityClass("urgent", k.urgentShare()), new PriorityClass("routine", 1 - k.urgentShare()))
                : List.of(new PriorityClass("routine", 1));
        Pathway pathway = new Pathway(
                new Triage(new Distribution.Fixed(k.triageDays()), k.redirectedShare()),
                k.dropoutPerWeek(), classes, null,
                new FirstAssessment(k.contactMinutes(), k.travelMinutes(), k.writeUpMinutes(), k.dnaShare()),
                new Intervention(k.groupShare(), k.groupSize(), 60, 15,
                        new OneToOne(k.oneToOneMinutes(), k.oneToOneWeeks(), k.thenGroup()), k.lengthWeeks()),
                new Reviews(k.reviewIntervalWeeks(), k.reviewMinutes()),
                k.reReferralShare(), new Distribution.Fixed(26));
        List<FteChange> ot = k.alliances().stream().map(id -> new FteChange(MONDAY, id, k.otFte())).toList();
        List<FteChange> coach = k.alliances().stream().map(id -> new FteChange(MONDAY, id, k.coachFte())).toList();
        Workforce workforce = new Workforce(new StaffGroup(37.5, 0.7, 0.15, 48000, ot),
                new StaffGroup(37.5, 0.6, 0.15, 30000, coach), k.pooling());
        InitialState initial = new InitialState(k.alliances().stream()
                .map(id -> new AllianceState(id, k.waitingByWeeksWaited(), k.inService())).toList());
        return new Scenario("pathway", "test", new Horizon(MONDAY, k.weeks(), k.warmUpWeeks()),
                new Target(k.targetDays(), 0.95, k.period()), alliances,
                new Demand(k.annualReferrals(), shares, null, 0, null),
                pathway, null, workforce, new Booking(k.policy(), 7, k.urgentReserved()), initial);
    }
}
