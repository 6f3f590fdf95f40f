package waitlist.simulator.results;

/** What is reported per week and area, from the weekly census. */
public enum WeekMetric {
    WAITING_LIST("waitingList"),
    CASELOAD("caseload"),
    AWAITING_PLACE("awaitingPlace"),
    FIRST_ASSESSMENTS("firstAssessments");

    private final String key;

    WeekMetric(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
