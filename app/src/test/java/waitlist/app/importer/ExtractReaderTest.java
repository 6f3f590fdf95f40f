package waitlist.app.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import waitlist.app.UserError;
import waitlist.scenarios.InterventionMode;
import waitlist.scenarios.Scenarios;

/** Reading extracts: what a good row becomes, and the located message for each kind of bad row. */
class ExtractReaderTest {

    static final Vocabulary BASELINE = Vocabulary.of(Scenarios.bundled("reconnect-baseline").scenario());

    private static ExtractReader.Extract read(String text, Map<String, String> renames) {
        return new ExtractReader("x.csv", BASELINE, renames, ',').read(text, "0");
    }

    @Test
    void aGoodRowWithUkDatesNamesAndOptionalColumns() {
        ExtractReader.Extract e = read("""
                \uFEFFID , Referral_Date,alliance,priority,status,first_assessment_date,intervention_start_date,discharge_date,intervention,notes
                R1,05/02/2026,Mid Essex,urgent,in-service,9/2/2026,2026-02-16,,one-to-one,"said ""hello"", twice"

                R2,2026-01-06,west,routine,waiting,,,,,
                """, Map.of());
        assertThat(e.problems()).isEmpty();
        assertThat(e.unusedColumns()).containsExactly("notes");
        assertThat(e.rows()).containsExactly(
                new ExtractRow(2, "R1", LocalDate.of(2026, 2, 5), "mid", "urgent", ReferralStatus.IN_SERVICE, LocalDate.of(2026, 2, 9),
                        LocalDate.of(2026, 2, 16), null, null, InterventionMode.ONE_TO_ONE),
                new ExtractRow(4, "R2", LocalDate.of(2026, 1, 6), "west", "routine", ReferralStatus.WAITING, null, null, null, null, null));
    }

    @Test
    void everyBadRowIsNamedByLineColumnAndHeading() {
        ExtractReader.Extract e = read("""
                id,Date referred,alliance,priority,status,first_assessment_date,intervention_start_date,discharge_date
                B1,2026-13-01,mid,routine,waiting,,,
                B2,2026-01-05,east,Urgent,waiting,,,
                B3,2026-01-05,mid,routine,in service,,,
                B4,2026-01-05,mid,routine,assessed,,2026-01-20,
                B5,2026-01-05,mid,routine,discharged,2026-01-01,,2026-02-01
                B1,2026-01-05,mid,routine,waiting,,,
                B7,2026-01-05,mid,routine,waiting,,
                B8,"2026-01-05
                ",mid,routine,waiting,2026-01-09,,
                B9,2026-01-05,mid,routine,waiting,,,
                """, Map.of("referral_date", "Date referred"));
        assertThat(e.problems()).extracting(RowProblem::toString).containsExactly(
                "x.csv:2:2: Date referred: \"2026-13-01\" is not a date; write YYYY-MM-DD or DD/MM/YYYY",
                "x.csv:3:3: alliance: \"east\" is not an alliance of reconnect-baseline; use an id or name: south-east (South East Essex), "
                        + "south-west (South West Essex), mid (Mid Essex), north-east (North East Essex), west (West Essex)",
                "x.csv:3:4: priority: \"Urgent\" is not a priority class of reconnect-baseline; use one of urgent, routine (did you mean \"urgent\"?)",
                "x.csv:4:5: status: \"in service\" is not a status; use one of waiting, redirected, dropped-out, assessed, in-service, discharged "
                        + "(did you mean \"in-service\"?)",
                "x.csv:5:6: first_assessment_date: empty, but status is \"assessed\" needs the first-assessment date",
                "x.csv:5:7: intervention_start_date: given (2026-01-20), but status is \"assessed\" (not yet started); use \"in-service\" if they have started",
                "x.csv:6:6: first_assessment_date: 2026-01-01 is before the referral date 2026-01-05; dates go referral, first assessment, "
                        + "intervention start, discharge",
                "x.csv:7:1: id: \"B1\" is also the id on line 2; each referral is one row",
                "x.csv:8:8: (row): the row has 7 fields but the header has 8; check for a stray or missing delimiter ',' or an unclosed quote",
                "x.csv:9:6: first_assessment_date: given (2026-01-09), but status is \"waiting\" (not yet first-assessed)");
        // a row spanning two lines (a quoted line break, stripped like surrounding spaces) is named by its first line
        assertThat(e.badLines()).containsExactly(2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(e.rows()).extracting(ExtractRow::id, ExtractRow::line).containsExactly(org.assertj.core.groups.Tuple.tuple("B9", 11));
        assertThat(e.dataRows()).isEqualTo(9);
    }

    @Test
    void aMissingColumnOrAMistypedRenameStopsWithTheHeaderItFound() {
        assertThatThrownBy(() -> read("id,referral_date,alliance,status\nR1,2026-01-05,mid,waiting\n", Map.of()))
                .isInstanceOf(UserError.class)
                .hasMessage("x.csv:1: no column \"priority\"; the header has: \"id\", \"referral_date\", \"alliance\", \"status\". "
                        + "Name yours with --column, e.g. --column priority=\"Your heading\"");
        assertThatThrownBy(() -> read("id,referral_date,alliance,priority,status\n", Map.of("referral_date", "Referred on")))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("x.csv:1: no column \"Referred on\" (given by --column referral_date=...)");
        assertThatThrownBy(() -> read("id,referral_date,alliance,priority,status\n", Map.of("referal_date", "x")))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("--column referal_date=...: no such column to rename; the columns are id, referral_date,");
        assertThatThrownBy(() -> read("", Map.of())).isInstanceOf(UserError.class).hasMessageStartingWith("x.csv: the file is empty");
    }

    @Test
    void aSemicolonDelimitedExtract() {
        ExtractReader.Extract e = new ExtractReader("x.csv", BASELINE, Map.of(), ';').read(
                "id;referral_date;alliance;priority;status\nR1;2026-01-05;mid;routine;waiting\n", "0");
        assertThat(e.problems()).isEmpty();
        assertThat(e.rows()).hasSize(1);
        assertThat(List.of(e.rows().getFirst().alliance(), e.rows().getFirst().status().code())).containsExactly("mid", "waiting");
    }
}
