package waitlist.app.run;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import waitlist.app.output.ForceOption;
import waitlist.app.output.OutputFolder;

/**
 * {@code --format}, {@code --out} and {@code --force} for every command that writes a report: mix in with
 * {@code @CommandLine.Mixin ReportOptions report;}, call {@link #checkFolder()} before any work, and {@link #write} at the end.
 * The report goes to stdout in the chosen format, and with --out every format goes into the folder as NAME.txt, .json, .csv
 * and .html (plus any extra files the command adds).
 */
public final class ReportOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output on stdout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). text: read it; json: everything; "
                    + "csv: for spreadsheets; html: one self-contained page to open offline or paste into a board paper.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write every format into DIR (the command names its files). A folder holding files waitlist did "
                    + "not write is refused unless --force.")
    Path out;

    @CommandLine.Mixin
    ForceOption force;

    private OutputFolder folder;

    /** The --out folder as the user wrote it (for messages: a path the user recognises), or null. */
    public Path outAsGiven() {
        return out;
    }

    /** Checks --out before any work; null when there is none. */
    public OutputFolder checkFolder() {
        folder = out == null ? null : OutputFolder.check(out, "--out", force.force());
        return folder;
    }

    public ReportFormat format() {
        return format;
    }

    /** The report on stdout; with --out, {@code name}.txt/.json/.csv/.html and {@code extra} files, all renamed into place together. */
    public void write(PrintWriter stdout, String command, String name, Function<ReportFormat, String> render, Map<String, String> extra) {
        stdout.print(render.apply(format));
        stdout.flush();
        if (folder != null) {
            try (OutputFolder.Writing files = folder.begin(command)) {
                for (ReportFormat f : ReportFormat.values()) {
                    files.write(name + "." + f.extension(), render.apply(f));
                }
                extra.forEach(files::write);
                files.commit();
            }
        }
    }
}
