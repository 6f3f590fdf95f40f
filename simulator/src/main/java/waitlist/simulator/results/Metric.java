package waitlist.simulator.results;

/**
 * What is reported per period and area (each alliance and the county). Each replication gives one
 * value per metric; the report gives the mean across replications with a 95 % confidence interval.
 * Counts are per period; "end" values are taken at the last weekly census in the period.
 */
public enum Metric {
    REFERRALS("referrals", "referrals received", false),
    REDIRECTED("redirected", "redirected at triage (not eligible)", false),
    FIRST_ASSESSMENTS("firstAssessments", "first assessments done", false),
    WAIT_MEAN("waitMeanDays", "mean wait to first assessment, days", false),
    WAIT_MEDIAN("waitMedianDays", "median wait to first assessment, days", false),
    WAIT_P90("waitP90Days", "90th percentile wait, days", false),
    WAIT_P95("waitP95Days", "95th percentile wait, days", false),
    WAIT_MAX("waitMaxDays", "longest wait, days", false),
    TARGET_DUE("targetDue", "people whose target day fell in the period, still waiting or seen (eligible, not dropped out by then)", false),
    ATTAINMENT("attainment", "share of the people whose target day fell in the period who had been first assessed by then", false),
    ASSESSED_WITHIN_TARGET("assessedWithinTarget", "share of the first assessments done in the period that were within the target", false),
    URGENT_WAIT_MEAN("urgentWaitMeanDays", "mean wait to first assessment of the most urgent class, days", false),
    URGENT_ATTAINMENT("urgentAttainment", "share of the most urgent class's first assessments in the period that were within the target", false),
    TARGET_HOLDS("targetHolds", "probability that attainment meets the threshold in the period", true),
    ALL_PERIODS_HOLD("allPeriodsHold", "probability that attainment meets the threshold in every reported period (whole horizon only)", true),
    BREACHES("breaches", "people whose wait passed the target in the period", false),
    DROPOUTS("dropouts", "people who left the list while waiting", false),
    WAITING_LIST("waitingListEnd", "waiting for a first assessment at period end (incl. triage and booked)", false),
    WAITING_LIST_MEAN("waitingListMean", "time-average waiting for a first assessment", false),
    CASELOAD("caseloadEnd", "people in an intervention at period end", false),
    AWAITING_PLACE("awaitingPlaceEnd", "assessed, waiting for an intervention place at period end", false),
    PLACE_WAIT_MEAN("placeWaitMeanDays", "mean wait for an intervention place, days", false),
    DISCHARGES("discharges", "people discharged", false),
    FLOW_MEAN("flowMeanDays", "mean days from referral to discharge, of those discharged (referred within the run)", false),
    REVIEWS("reviews", "reviews done", false),
    OT_HOURS("otHours", "OT clinical hours used (assessments incl. DNA slots, reviews, one-to-one)", false),
    OT_ASSESSMENT_HOURS("otAssessmentHours", "OT hours booked for first assessments", false),
    OT_REVIEW_HOURS("otReviewHours", "OT hours for reviews", false),
    OT_ONE_TO_ONE_HOURS("otOneToOneHours", "OT hours for one-to-one sessions", false),
    OT_HOURS_DEMANDED("otHoursDemanded", "OT hours demanded: first assessments (with DNA rebooking) for everyone who joined the list, "
            + "plus the reviews and one-to-one sessions that fell due, done or not", false),
    OT_AVAILABLE_HOURS("otAvailableHours", "OT clinical hours available", false),
    OT_UTILISATION("otUtilisation", "OT hours used / available", false),
    COACH_HOURS("coachHours", "coach hours running groups (incl. set-up)", false),
    COACH_HOURS_DEMANDED("coachHoursDemanded", "coach hours demanded: groups for everyone in or waiting for a group place", false),
    COACH_AVAILABLE_HOURS("coachAvailableHours", "coach delivery hours available", false),
    COACH_UTILISATION("coachUtilisation", "coach group hours / available", false),
    OT_COST_PER_YEAR("otCostPerYear", "OT staff cost, pounds a year (the period's cost, pro rata by dated FTE, annualised)", false),
    COACH_COST_PER_YEAR("coachCostPerYear", "coach staff cost, pounds a year (the period's cost, pro rata by dated FTE, annualised)", false),
    STAFF_COST_PER_YEAR("staffCostPerYear", "OT and coach staff cost, pounds a year", false),
    COST_PER_FIRST_ASSESSMENT("costPerFirstAssessment", "staff cost in the period per person first assessed in it, pounds", false);

    private final String key;
    private final String description;
    private final boolean probability;

    Metric(String key, String description, boolean probability) {
        this.key = key;
        this.description = description;
        this.probability = probability;
    }

    /** The name in JSON and CSV. */
    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    /** Reported with the Wilson interval rather than Student t. */
    public boolean probability() {
        return probability;
    }
}
