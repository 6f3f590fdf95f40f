package waitlist.scenarios;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How results are grouped for the verdict. Calendar quarters and years start in January ("2027 Q1" is January to March
 * 2027); financial ones start on 1 April, as NHS and council budgets and contracts do ("2027/28 Q4" is January to March
 * 2028, the last quarter of the year that ends on 31 March 2028).
 */
public enum ReportingPeriod {
    @JsonProperty("week") WEEK,
    @JsonProperty("month") MONTH,
    @JsonProperty("quarter") QUARTER,
    @JsonProperty("year") YEAR,
    @JsonProperty("financial-quarter") FINANCIAL_QUARTER,
    @JsonProperty("financial-year") FINANCIAL_YEAR
}
