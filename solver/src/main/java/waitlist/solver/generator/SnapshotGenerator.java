package waitlist.solver.generator;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

import waitlist.scenarios.Alliance;
import waitlist.scenarios.snapshot.Demand;
import waitlist.scenarios.snapshot.Facility;
import waitlist.scenarios.snapshot.GroupSession;
import waitlist.scenarios.snapshot.InterventionStart;
import waitlist.scenarios.snapshot.PartOfDay;
import waitlist.scenarios.snapshot.Practitioner;
import waitlist.scenarios.snapshot.Priority;
import waitlist.scenarios.snapshot.Referral;
import waitlist.scenarios.snapshot.ReviewDue;
import waitlist.scenarios.snapshot.Role;
import waitlist.scenarios.snapshot.ServiceCalendar;
import waitlist.scenarios.snapshot.Skill;
import waitlist.scenarios.snapshot.Snapshot;
import waitlist.scenarios.snapshot.SnapshotHorizon;
import waitlist.scenarios.snapshot.Venue;

/**
 * Draws a plausible planning snapshot from a recipe: referrals split by alliance with waits of up
 * to seven weeks, some urgent, some needing a speciality or a facility, some days they cannot do;
 * OTs and coaches per alliance in the recipe's staff split, sized to the demand; venues, weekly
 * group sessions that are mostly full; reviews due and people ready to start.
 *
 * <p>Every source of randomness has its own seeded stream, so adding, say, more referrals does not
 * reshuffle the staff. Same recipe, count and seed give the same snapshot.
 *
 * <p>Mix figures marked "assumption" are illustrative, not published.
 */
public final class SnapshotGenerator {

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    /** Activities and the facility each needs (assumption). */
    private static final List<String> ACTIVITIES = List.of("swimming", "chair-exercise", "walking-football", "gym", "boccia");
    private static final LocalTime DAY_START = LocalTime.of(9, 0);
    private static final LocalTime DAY_END = LocalTime.of(17, 0);
    /** Longest wait drawn at the horizon start, in days past the target: a few people have already breached. */
    private static final int MAX_DAYS_PAST_TARGET = 7;

    private final SnapshotRecipe recipe;
    private final long seed;

    public SnapshotGenerator(SnapshotRecipe recipe, long seed) {
        this.recipe = recipe;
        this.seed = seed;
    }

    public Snapshot generate(int referralCount) {
        LocalDate start = recipe.start();
        LocalDate end = start.plusWeeks(recipe.weeks()).minusDays(3); // Monday to the last Friday
        SnapshotHorizon horizon = new SnapshotHorizon(start, end);
        // Nobody works, and no group runs, on a bank holiday or in the Christmas closure.
        List<LocalDate> closed = List.copyOf(ServiceCalendar.closures(start, end).keySet());
        List<LocalDate> workdays = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (WEEKDAYS.contains(d.getDayOfWeek()) && !closed.contains(d)) {
                workdays.add(d);
            }
        }
        if (workdays.isEmpty()) {
            throw new IllegalArgumentException("the horizon " + start + " to " + end + " has no day the service is open");
        }

        List<Referral> referrals = referrals(referralCount, start, workdays, stream(1));
        int reviewCount = (int) Math.round(referralCount * recipe.reviewsPerReferral());
        int startCount = (int) Math.round(referralCount * recipe.startsPerReferral());

        int slotsPerDay = (int) ((DAY_END.toSecondOfDay() - DAY_START.toSecondOfDay()) / 60 / recipe.otSlotMinutes());
        int slotsPerOt = Math.max(1, slotsPerDay * workdays.size() * 9 / 10); // leave and part-time, roughly
        int otCount = Math.max(recipe.alliances().size(),
                (int) Math.ceil(recipe.capacityRatio() * (referralCount + reviewCount) / slotsPerOt));
        List<Practitioner> ots = ots(otCount, workdays, stream(2));

        // Each coach runs three sessions a week; about two places in each are free (assumption).
        int coachCount = Math.max(recipe.alliances().size(),
                (int) Math.ceil(startCount / (3.0 * recipe.weeks() * 2.0)));
        List<Practitioner> coaches = coaches(coachCount, workdays, stream(3));
        List<Venue> venues = venues(stream(4));
        List<GroupSession> sessions = sessions(coaches, venues, workdays, stream(5));

        List<ReviewDue> reviews = reviews(reviewCount, start, end, ots, workdays, stream(6));
        List<InterventionStart> starts = interventionStarts(startCount, start, reviews, workdays, stream(7));

        List<Practitioner> staff = new ArrayList<>(ots);
        staff.addAll(coaches);
        List<Alliance> alliances = recipe.alliances().stream().map(a -> new Alliance(a.id(), a.name())).toList();
        return new Snapshot("generated " + referralCount + " referrals, seed " + seed,
                recipe.source() + ", seed " + seed, horizon, recipe.targetDays(), closed, recipe.otSlotMinutes(), alliances,
                List.copyOf(staff),
                venues, sessions, new Demand(referrals, reviews, starts));
    }

    private UniformRandomProvider stream(int source) {
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, 0x9E3779B97F4A7C15L * source});
    }

    private List<Referral> referrals(int count, LocalDate start, List<LocalDate> workdays, UniformRandomProvider rng) {
        List<Referral> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String alliance = allianceByReferralShare(rng);
            // Waits skew recent: more people referred in the last weeks than long ago.
            int waited = (int) Math.floor((recipe.targetDays() + MAX_DAYS_PAST_TARGET) * Math.pow(rng.nextDouble(), 1.4));
            Priority priority = rng.nextDouble() < recipe.urgentShare() ? Priority.URGENT : Priority.ROUTINE;
            List<Skill> needs = new ArrayList<>();
            double u = rng.nextDouble(); // speciality mix (assumption): LD 20 %, PD 25 %, MH 15 %
            if (u < 0.20) {
                needs.add(Skill.LEARNING_DISABILITY);
            } else if (u < 0.45) {
                needs.add(Skill.PHYSICAL_DISABILITY);
            } else if (u < 0.60) {
                needs.add(Skill.MENTAL_HEALTH);
            }
            List<Facility> facilities = new ArrayList<>();
            if (rng.nextDouble() < 0.08) {
                facilities.add(Facility.POOL_POD);
            }
            if (rng.nextDouble() < 0.05) {
                facilities.add(Facility.HOIST);
            }
            list.add(new Referral(String.format(Locale.ROOT, "R%05d", i + 1), start.minusDays(waited), alliance, priority,
                    needs.isEmpty() ? null : needs, facilities.isEmpty() ? null : facilities,
                    unavailableDays(workdays, rng), preference(rng)));
        }
        return list;
    }

    /** A client cannot do about one working day in five (appointments, carers, work). */
    private static List<LocalDate> unavailableDays(List<LocalDate> workdays, UniformRandomProvider rng) {
        List<LocalDate> days = new ArrayList<>();
        DayOfWeek regular = rng.nextDouble() < 0.5 ? WEEKDAYS.get(rng.nextInt(WEEKDAYS.size())) : null;
        for (LocalDate d : workdays) {
            if (d.getDayOfWeek() == regular || rng.nextDouble() < 0.05) {
                days.add(d);
            }
        }
        return days.isEmpty() ? null : days;
    }

    private static PartOfDay preference(UniformRandomProvider rng) {
        double u = rng.nextDouble();
        return u < 0.3 ? PartOfDay.MORNING : u < 0.5 ? PartOfDay.AFTERNOON : null;
    }

    private List<Practitioner> ots(int count, List<LocalDate> workdays, UniformRandomProvider rng) {
        int[] perAlliance = split(count, recipe.alliances().stream().mapToDouble(AllianceMix::otFte).toArray());
        List<Practitioner> list = new ArrayList<>();
        for (int a = 0; a < perAlliance.length; a++) {
            AllianceMix home = recipe.alliances().get(a);
            for (int k = 0; k < perAlliance[a]; k++) {
                // Every OT has one or two of the three specialities (assumption); taken in turn
                // within an alliance, so an alliance with three OTs covers all three.
                List<Skill> skills = new ArrayList<>();
                Skill first = Skill.values()[k % 3];
                skills.add(first);
                if (rng.nextDouble() < 0.5) {
                    Skill second = Skill.values()[(first.ordinal() + 1 + rng.nextInt(2)) % 3];
                    skills.add(second);
                }
                skills.sort(null);
                boolean partTime = rng.nextDouble() < 0.2;
                List<DayOfWeek> days = partTime ? List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)
                        : WEEKDAYS;
                list.add(new Practitioner(String.format(Locale.ROOT, "ot-%s-%02d", home.id(), k + 1), null, Role.OT,
                        home.id(), neighbours(a, rng), skills, days, DAY_START, DAY_END, leave(workdays, rng),
                        rng.nextDouble() < 0.25 ? 2 : 3));
            }
        }
        return coverEverySkill(list);
    }

    /**
     * Every alliance's own OTs cover every speciality, as a real team is recruited to: a small team's
     * OTs take on the specialities nobody else in it has (the one with fewest first). Without this,
     * an alliance with one or two OTs left a third of its referrals with no legal slot at all.
     */
    private List<Practitioner> coverEverySkill(List<Practitioner> ots) {
        List<Practitioner> out = new ArrayList<>(ots);
        for (AllianceMix a : recipe.alliances()) {
            for (Skill skill : Skill.values()) {
                int best = -1;
                for (int i = 0; i < out.size(); i++) {
                    Practitioner p = out.get(i);
                    if (!p.homeAlliance().equals(a.id())) {
                        continue;
                    }
                    if (p.skillsOrEmpty().contains(skill)) {
                        best = -2;
                        break;
                    }
                    if (best == -1 || p.skillsOrEmpty().size() < out.get(best).skillsOrEmpty().size()) {
                        best = i;
                    }
                }
                if (best >= 0) {
                    Practitioner p = out.get(best);
                    List<Skill> skills = new ArrayList<>(p.skillsOrEmpty());
                    skills.add(skill);
                    skills.sort(null);
                    out.set(best, new Practitioner(p.id(), p.name(), p.role(), p.homeAlliance(), p.worksIn(), skills,
                            p.workingDays(), p.dayStart(), p.dayEnd(), p.leave(), p.maxAppointmentsPerDay()));
                }
            }
        }
        return out;
    }

    /** About a third of staff may also work in the next alliance along (assumption). */
    private List<String> neighbours(int alliance, UniformRandomProvider rng) {
        if (recipe.alliances().size() < 2 || rng.nextDouble() >= 0.35) {
            return null;
        }
        return List.of(recipe.alliances().get((alliance + 1) % recipe.alliances().size()).id());
    }

    /** A block of up to three days' leave for about a third of staff. */
    private static List<LocalDate> leave(List<LocalDate> workdays, UniformRandomProvider rng) {
        if (rng.nextDouble() >= 0.35) {
            return null;
        }
        int from = rng.nextInt(workdays.size());
        int length = 1 + rng.nextInt(3);
        return workdays.subList(from, Math.min(workdays.size(), from + length));
    }

    private List<Practitioner> coaches(int count, List<LocalDate> workdays, UniformRandomProvider rng) {
        int[] perAlliance = split(count, recipe.alliances().stream().mapToDouble(AllianceMix::coachFte).toArray());
        List<Practitioner> list = new ArrayList<>();
        for (int a = 0; a < perAlliance.length; a++) {
            AllianceMix home = recipe.alliances().get(a);
            for (int k = 0; k < perAlliance[a]; k++) {
                list.add(new Practitioner(String.format(Locale.ROOT, "coach-%s-%02d", home.id(), k + 1), null, Role.COACH,
                        home.id(), null, null, WEEKDAYS, DAY_START, DAY_END, leave(workdays, rng), 1));
            }
        }
        return list;
    }

    /** Two venues per alliance; pool pods, hoists and changing places at some (assumption). */
    private List<Venue> venues(UniformRandomProvider rng) {
        List<Venue> list = new ArrayList<>();
        for (AllianceMix a : recipe.alliances()) {
            for (int k = 1; k <= 2; k++) {
                EnumSet<Facility> has = EnumSet.noneOf(Facility.class);
                if (k == 1 || rng.nextDouble() < 0.3) {
                    has.add(Facility.POOL_POD); // every alliance has one leisure centre with a Pool Pod
                }
                if (rng.nextDouble() < 0.6) {
                    has.add(Facility.HOIST);
                }
                if (rng.nextDouble() < 0.4) {
                    has.add(Facility.CHANGING_PLACE);
                }
                list.add(new Venue(a.id() + "-leisure-" + k, a.name() + " leisure centre " + k, a.id(),
                        has.isEmpty() ? null : List.copyOf(has)));
            }
        }
        return list;
    }

    private List<GroupSession> sessions(List<Practitioner> coaches, List<Venue> venues, List<LocalDate> workdays,
                                        UniformRandomProvider rng) {
        List<GroupSession> list = new ArrayList<>();
        int[] taught = new int[1];
        for (Practitioner coach : coaches) {
            List<Venue> local = venues.stream().filter(v -> v.alliance().equals(coach.homeAlliance())).toList();
            // Three weekly sessions on fixed weekdays, each a fixed activity at a fixed venue. Activities
            // go round in turn across the coaches, so every activity runs somewhere each week.
            for (int s = 0; s < 3; s++) {
                DayOfWeek weekday = WEEKDAYS.get(rng.nextInt(WEEKDAYS.size()));
                String activity = ACTIVITIES.get(taught[0]++ % ACTIVITIES.size());
                List<Venue> suitable = activity.equals("swimming")
                        ? local.stream().filter(v -> v.facilitiesOrEmpty().contains(Facility.POOL_POD)).toList() : local;
                Venue venue = suitable.get(rng.nextInt(suitable.size()));
                LocalTime time = rng.nextDouble() < 0.5 ? LocalTime.of(10, 0) : LocalTime.of(14, 0);
                int n = 0;
                for (LocalDate d : workdays) {
                    if (d.getDayOfWeek() == weekday) {
                        n++;
                        list.add(new GroupSession(String.format(Locale.ROOT, "%s-s%d-w%d", coach.id(), s + 1, n), venue.id(),
                                coach.id(), d, time, 75, activity, 8, 5 + rng.nextInt(4),
                                activity.equals("swimming") ? Facility.POOL_POD : null));
                    }
                }
            }
        }
        return list;
    }

    private List<ReviewDue> reviews(int count, LocalDate start, LocalDate end, List<Practitioner> ots,
                                    List<LocalDate> workdays, UniformRandomProvider rng) {
        List<ReviewDue> list = new ArrayList<>();
        int span = (int) java.time.temporal.ChronoUnit.DAYS.between(start, end);
        for (int i = 0; i < count; i++) {
            Practitioner ot = ots.get(rng.nextInt(ots.size()));
            // Due from two weeks ago (overdue) to the end of the horizon.
            LocalDate due = start.plusDays(rng.nextInt(span + 15) - 14L);
            List<Skill> needs = rng.nextDouble() < 0.5 ? List.of(ot.skillsOrEmpty().get(0)) : null;
            list.add(new ReviewDue(String.format(Locale.ROOT, "V%05d", i + 1), String.format(Locale.ROOT, "C%05d", i + 1),
                    ot.homeAlliance(), due, ot.id(), null, needs, unavailableDays(workdays, rng), preference(rng)));
        }
        return list;
    }

    private List<InterventionStart> interventionStarts(int count, LocalDate start, List<ReviewDue> reviews,
                                                       List<LocalDate> workdays, UniformRandomProvider rng) {
        List<InterventionStart> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Some people ready to start also have a review due: the same client must not get both on one day.
            boolean alsoReviewed = !reviews.isEmpty() && rng.nextDouble() < 0.2;
            ReviewDue review = alsoReviewed ? reviews.get(rng.nextInt(reviews.size())) : null;
            String client = review != null ? review.client() : String.format(Locale.ROOT, "C%05d", 50_000 + i + 1);
            String alliance = review != null ? review.alliance() : allianceByReferralShare(rng);
            String activity = rng.nextDouble() < 0.6 ? ACTIVITIES.get(rng.nextInt(ACTIVITIES.size())) : null;
            List<Facility> facilities = rng.nextDouble() < 0.1 ? List.of(Facility.HOIST) : null;
            list.add(new InterventionStart(String.format(Locale.ROOT, "S%05d", i + 1), client, alliance,
                    start.minusDays(rng.nextInt(21)).plusDays(rng.nextInt(7)),
                    rng.nextDouble() < recipe.urgentShare() ? Priority.URGENT : null, activity, facilities,
                    unavailableDays(workdays, rng), preference(rng)));
        }
        return list;
    }

    private String allianceByReferralShare(UniformRandomProvider rng) {
        double total = recipe.alliances().stream().mapToDouble(AllianceMix::referralShare).sum();
        double u = rng.nextDouble() * total;
        for (AllianceMix a : recipe.alliances()) {
            u -= a.referralShare();
            if (u < 0) {
                return a.id();
            }
        }
        return recipe.alliances().get(recipe.alliances().size() - 1).id();
    }

    /** Splits a whole number by weights (largest remainder), at least one each. */
    static int[] split(int total, double[] weights) {
        int n = weights.length;
        int[] out = new int[n];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        int given = 0;
        double[] rest = new double[n];
        for (int i = 0; i < n; i++) {
            double exact = Math.max(0, total - n) * weights[i] / sum;
            out[i] = 1 + (int) Math.floor(exact);
            rest[i] = exact - Math.floor(exact);
            given += out[i];
        }
        while (given < total) {
            int best = 0;
            for (int i = 1; i < n; i++) {
                if (rest[i] > rest[best]) {
                    best = i;
                }
            }
            out[best]++;
            rest[best] = -1;
            given++;
        }
        return out;
    }
}
