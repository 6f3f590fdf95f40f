package waitlist.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How results are grouped for the verdict. Quarters follow the calendar (Jan–Mar is Q1). */
public enum ReportingPeriod {
    @JsonProperty("week") WEEK,
    @JsonProperty("month") MONTH,
    @JsonProperty("quarter") QUARTER,
    @JsonProperty("year") YEAR
}
