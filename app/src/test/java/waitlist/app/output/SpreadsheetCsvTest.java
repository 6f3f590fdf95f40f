package waitlist.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    private static String csv(Object... cells) {
        StringBuilder sb = new StringBuilder();
        new SpreadsheetCsv(sb).row(cells);
        return sb.toString();
    }

    private static List<String> readBack(String text) throws IOException {
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertThat(records).hasSize(1);
        return records.getFirst().toList();
    }

    @Test
    void textThatASpreadsheetWouldRunGetsALeadingQuote() throws IOException {
        String line = csv("=cmd|' /C calc'!A0", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "plain", "a=b");
        assertThat(readBack(line)).containsExactly("'=cmd|' /C calc'!A0", "'+1", "'-2", "'@SUM(A1)", "'\tx", "'\rx", "plain", "a=b");
    }

    @Test
    void numbersStayNumbersEvenWhenNegative() throws IOException {
        assertThat(readBack(csv(-0.5, 3, -7L, 0.25, 1e-7, 2.0))).containsExactly("-0.5", "3", "-7", "0.25", "0.0000001", "2");
        assertThat(csv("x", Double.NaN, Double.POSITIVE_INFINITY, null)).isEqualTo("x,,,\n");
    }

    @Test
    void callerChosenDecimalFormatAppliesToFractionalNumbersOnly() {
        StringBuilder sb = new StringBuilder();
        new SpreadsheetCsv(sb, v -> String.format(java.util.Locale.ROOT, "%.3f", v)).row(0.5, 12L, "-x");
        assertThat(sb).hasToString("0.500,12,'-x\n");
    }

    @Test
    void commasQuotesAndLineBreaksCannotShiftColumns() throws IOException {
        String line = csv("Smith, J", "say \"hi\"", "two\nlines", LocalDate.of(2026, 3, 2));
        assertThat(readBack(line)).containsExactly("Smith, J", "say \"hi\"", "two\nlines", "2026-03-02");
    }
}
