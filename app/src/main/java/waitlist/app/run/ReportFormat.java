package waitlist.app.run;

/** The formats every report is written in: on stdout with --format, and all four into --out. */
public enum ReportFormat {
    text, json, csv, html;

    /** The file extension in an output folder. */
    public String extension() {
        return this == text ? "txt" : name();
    }
}
