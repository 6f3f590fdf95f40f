package waitlist.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import waitlist.app.UserError;

/** The run date on a report: SOURCE_DATE_EPOCH when set (reproducible bytes), else today; and UK dates for people. */
class RunStampTest {

    @Test
    void sourceDateEpochFixesTheDateInUtc() {
        LocalDate today = LocalDate.of(2030, 6, 1);
        assertThat(RunStamp.of("1798761600", today).runDate()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(RunStamp.of("1798761599", today).runDate()).as("one second before midnight UTC").isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(RunStamp.of(null, today).runDate()).isEqualTo(today);
        assertThat(RunStamp.of("", today).runDate()).isEqualTo(today);
        assertThat(RunStamp.of("0", today).toolVersion()).isNotBlank().isNotEqualTo("unknown");
    }

    @Test
    void aMalformedSourceDateEpochIsTheUsersErrorNamingTheVariable() {
        assertThatThrownBy(() -> RunStamp.of("yesterday", LocalDate.now())).isInstanceOf(UserError.class)
                .hasMessageContaining("SOURCE_DATE_EPOCH").hasMessageContaining("'yesterday'").hasMessageContaining("seconds since 1970");
    }

    @Test
    void datesForPeopleAreDayMonthYear() {
        assertThat(UkDates.format(LocalDate.of(2027, 1, 4))).isEqualTo("4 Jan 2027");
        assertThat(UkDates.span(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 4, 1))).isEqualTo("4 Jan 2027 to 31 Mar 2027");
    }
}
