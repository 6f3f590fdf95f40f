package waitlist.app.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeNamesTest {

    @Test
    void fileNamesFromIdsStayInTheirFolderAndApart() {
        SafeFileName names = new SafeFileName();
        assertThat(names.of("ot-se-1", ".csv")).isEqualTo("ot-se-1.csv");
        assertThat(names.of("../../ESCAPED", ".csv")).matches("ESCAPED_[0-9a-f]{8}\\.csv").doesNotContain("/");
        assertThat(names.of("/etc/cron.d/x", ".csv")).matches("etc_cron.d_x_[0-9a-f]{8}\\.csv");
        assertThat(names.of("CON", ".csv")).startsWith("id_CON_");
        assertThat(names.of("OT-SE-1", ".csv")).isEqualTo("OT-SE-1_2.csv"); // differs from ot-se-1 only by case
        assertThat(names.of("a".repeat(500), ".csv")).hasSizeLessThan(100);
        assertThat(names.of("", ".csv")).startsWith("id_");
    }

    @Test
    void terminalTextShowsControlCharactersAsQuestionMarks() {
        assertThat(TerminalText.clean("West\u001b[31m Essex\u0007\u009b2J\u202eevil\tok\n")).isEqualTo("West?[31m Essex??2J?evil\tok\n");
        assertThat(TerminalText.clean("Mid Essex")).isEqualTo("Mid Essex");
    }
}
