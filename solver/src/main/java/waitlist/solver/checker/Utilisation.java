package waitlist.solver.checker;

/**
 * Booked against bookable for a practitioner or an alliance's OTs: OT appointments against slots
 * they could take (working days, leave and daily maximum counted).
 */
public record Utilisation(String id, String alliance, int booked, int capacity) {

    public double share() {
        return capacity == 0 ? 0 : (double) booked / capacity;
    }
}
