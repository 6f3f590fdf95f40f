package waitlist.solver.domain;

/** What an OT appointment is for; only first assessments run on the six-week clock. */
public enum AppointmentKind {
    FIRST_ASSESSMENT, REVIEW
}
