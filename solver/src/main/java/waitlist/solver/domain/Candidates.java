package waitlist.solver.domain;

import java.util.List;

/**
 * An entity's legal values, held in a record rather than a bare list field: Timefold's planning
 * clone copies every collection field element by element on each new best solution, which for
 * 10,000 referrals with thousands of candidates each cost more than the search itself. A record
 * field is copied by reference.
 */
public record Candidates<T>(List<T> values) {
}
