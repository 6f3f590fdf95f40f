package waitlist.app.importer;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ObjectNode;
import waitlist.app.Main;
import waitlist.app.UserError;
import waitlist.app.output.ForceOption;
import waitlist.app.output.OutputFile;
import waitlist.app.importer.FittedDemand.Interval;
import waitlist.scenarios.Alliance;
import waitlist.scenarios.ReportingPeriod;
import waitlist.scenarios.Scenario;
import waitlist.scenarios.Scenarios;
import waitlist.scenarios.io.InvalidDocumentException;

/**
 * {@code waitlist import}: from a referral extract (one row per referral) to a runnable scenario
 * that starts from today's list, with demand fitted from the history, and optionally the observed
 * series (weekly waiting list, waits per period) to compare runs with.
 */
@Command(name = "import",
        description = {
                "Turn a referral extract (CSV) into a scenario that starts from today's list, with demand fitted from its history.",
                "",
                "The scenario holds today's waiting list and caseload person by person, and demand (referrals a year per alliance, "
                        + "growth, monthly seasonality) fitted from the referral dates by maximum likelihood, each with a 95%% "
                        + "interval; it extends the base for everything else (pathway, staffing). --observed also writes what "
                        + "the extract shows happened: the waiting list each week and the waits per period.",
                "",
                "Columns (header line first, any order, names matched ignoring case): id, referral_date, alliance, priority, status "
                        + "(required); first_assessment_date, intervention_start_date, discharge_date, left_date (when a redirected "
                        + "or dropped-out referral left the list), intervention (group or one-to-one) (optional). Status is one of "
                        + "waiting, redirected, dropped-out, assessed, in-service, discharged. Dates YYYY-MM-DD or DD/MM/YYYY. "
                        + "Alliances by id or name and priorities as in the base scenario.",
                ""},
        mixinStandardHelpOptions = true)
public final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXTRACT.csv", description = "The referral extract.")
    Path extract;

    @Option(names = "--scenario", paramLabel = "BASE", defaultValue = Scenarios.DEFAULT,
            description = "Scenario file or bundled scenario to extend (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Today: the list is taken at the start of this day, and the run starts on it (default: the day after "
                    + "the last date in the extract). Rows referred on or after it are left out (and listed).")
    String asOf;

    @Option(names = "--history-from", paramLabel = "DATE",
            description = "Fit demand and start the observed series from this date (default: the first referral date).")
    String historyFrom;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Where to write the scenario (default: standard output).")
    Path out;

    @Option(names = "--observed", paramLabel = "FILE",
            description = "Also write the observed series: waiting list per week, waits to first assessment per period (CSV).")
    Path observed;

    @Option(names = "--period", paramLabel = "P",
            description = "Periods of the observed series: week, month, quarter, year, financial-quarter or financial-year "
                    + "(April to March; default: the base's reporting period).")
    ReportingPeriod period;

    @Option(names = "--column", paramLabel = "NAME=HEADER", mapFallbackValue = "",
            description = "Read column NAME from the column headed HEADER, e.g. --column referral_date=\"Date referred\". Repeatable.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--delimiter", paramLabel = "C", defaultValue = ",", description = "Field delimiter (default: comma; e.g. ';').")
    String delimiter;

    @Option(names = "--skip-bad", description = "Leave out rows with problems (every one is listed) instead of stopping.")
    boolean skipBad;

    @Option(names = "--weeks", paramLabel = "N",
            description = "Weeks to simulate (default: to the base's horizon end, at least 13 weeks; else 52).")
    Integer weeks;

    @Option(names = "--name", paramLabel = "NAME", description = "Scenario name (default: the output file's name, or 'imported').")
    String name;

    @Option(names = "--growth", paramLabel = "auto|fit|base", defaultValue = "auto",
            description = "Fit growth a year, or keep the base's (default auto: fit with a year of history or more).")
    String growth;

    @Option(names = "--seasonality", paramLabel = "auto|fit|base", defaultValue = "auto",
            description = "Fit monthly seasonality, or keep the base's (default auto: fit with two years of history or more).")
    String seasonality;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ForceOption force;

    @Override
    public Integer call() {
        OutputFile outFile = out == null ? null : OutputFile.check(out, "--out", force.force());
        OutputFile observedFile = observed == null ? null : OutputFile.check(observed, "--observed", force.force());
        if (delimiter.length() != 1) {
            throw new UserError("--delimiter must be one character, e.g. ';', not \"" + delimiter + "\"");
        }
        DemandFit.Choice growthChoice = choice("--growth", growth);
        DemandFit.Choice seasonChoice = choice("--seasonality", seasonality);
        if (weeks != null && weeks < 1) {
            throw new UserError("--weeks must be at least 1, not " + weeks);
        }
        BaseFile base = BaseFile.resolve(scenario);
        Scenario b = base.loaded().scenario();
        if (b.pathway() == null) {
            throw new UserError("--scenario " + scenario + ": " + b.name() + " has no Reconnect-style pathway to start from a referral list");
        }
        List<String> alliances = b.alliances().stream().map(Alliance::id).toList();
        String file = extract.getFileName().toString();
        ExtractReader.Extract read = new ExtractReader(file, Vocabulary.of(b), columns, delimiter.charAt(0)).read(extract);

        PrintWriter report = out == null ? spec.commandLine().getErr() : spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Integer> skipped = read.badLines();
        if (!read.problems().isEmpty()) {
            String prefix = skipBad ? "skipped: " : "error: ";
            read.problems().forEach(p -> err.println(prefix + p));
            if (!skipBad) {
                throw new UserError(read.problems().size() + " problem" + (read.problems().size() == 1 ? "" : "s") + " in "
                        + skipped.size() + " of " + read.dataRows() + " rows of " + file
                        + "; correct them, or pass --skip-bad to leave those rows out (each is listed)");
            }
            err.println("skipped " + skipped.size() + " of " + read.dataRows() + " rows of " + file + " (lines " + Lines.ranges(skipped) + ")");
        }
        List<ExtractRow> rows = read.rows();
        if (rows.isEmpty()) {
            throw new UserError(file + ": no usable rows");
        }
        LocalDate last = rows.stream().map(ExtractRow::lastDate).max(LocalDate::compareTo).orElseThrow();
        LocalDate today = asOf != null ? date("--as-of", asOf) : last.plusDays(1);
        String asOfWhy = asOf != null ? "given by --as-of" : "the day after the last date in the extract, " + last;
        LocalDate firstReferral = rows.stream().map(ExtractRow::referral).min(LocalDate::compareTo).orElseThrow();
        LocalDate from = historyFrom != null ? date("--history-from", historyFrom) : firstReferral;
        if (!from.isBefore(today)) {
            throw new UserError("the history starts " + from + ", not before the as-of date " + today + "; nothing to fit");
        }

        TodaysList list = TodaysList.of(rows, today, alliances);
        FittedDemand demand;
        try {
            demand = DemandFit.fit(rows, from, today, alliances, b.demand(), growthChoice, seasonChoice);
        } catch (IllegalArgumentException e) {
            long days = ChronoUnit.DAYS.between(from, today);
            throw new UserError("cannot fit demand from " + rows.size() + " referrals over " + days + " days: " + e.getMessage()
                    + "; keep the base's values for what the history is too short for (--growth base, --seasonality base)");
        }
        int horizonWeeks;
        String weeksWhy;
        if (weeks != null) {
            horizonWeeks = weeks;
            weeksWhy = horizonWeeks + " weeks, given by --weeks";
        } else {
            long toBaseEnd = ChronoUnit.DAYS.between(today, b.horizon().end());
            horizonWeeks = toBaseEnd >= 13 * 7 ? (int) ((toBaseEnd + 6) / 7) : 52;
            weeksWhy = toBaseEnd >= 13 * 7 ? horizonWeeks + " weeks, to the base's horizon end " + b.horizon().end()
                    : "52 weeks (the base's horizon ends " + b.horizon().end() + ", under 13 weeks after the start)";
        }
        String scenarioName = name != null ? name : out != null ? stem(out) : "imported";
        List<String> restated = new ArrayList<>();
        ImportedScenario.Provenance provenance = new ImportedScenario.Provenance(file, read.digest(), read.dataRows(), rows.size(),
                skipped, weeksWhy, asOfWhy);
        ObjectNode scenarioJson = ImportedScenario.build(base, out, scenarioName, provenance, list, demand, horizonWeeks, restated);
        String json = ImportedScenario.json(scenarioJson);
        List<ObservedSeries.Row> series = observed == null ? List.of()
                : ObservedSeries.of(rows, from, today, alliances, period != null ? period : b.target().reportingPeriod(), b.target().days());

        summary(report, file, read, rows, last, today, asOfWhy, list, demand, restated);
        if (out == null) {
            spec.commandLine().getOut().print(json);
            spec.commandLine().getOut().flush();
        } else {
            outFile.write(json);
            check(out);
            report.println("wrote " + out + ": extends " + base.extendsFrom(out) + "; " + today + " + " + horizonWeeks + " weeks");
        }
        if (observed != null) {
            observedFile.write(ObservedSeries.csv(series));
            long weekCount = series.stream().filter(r -> r.granularity().equals("week")).map(ObservedSeries.Row::start).distinct().count();
            long periods = series.stream().filter(r -> r.granularity().equals("period")).map(ObservedSeries.Row::start).distinct().count();
            report.println("wrote " + observed + ": " + weekCount + " weeks and " + periods + " periods of observed values, "
                    + (alliances.size() + 1) + " areas");
        }
        report.flush();
        return Main.EXIT_OK;
    }

    private void summary(PrintWriter report, String file, ExtractReader.Extract read, List<ExtractRow> rows, LocalDate last,
                         LocalDate today, String asOfWhy, TodaysList list, FittedDemand d, List<String> restated) {
        report.println("read " + file + ": " + read.dataRows() + " rows, " + rows.size() + " used; last date " + last);
        if (!read.unusedColumns().isEmpty()) {
            report.println("columns not read: " + String.join(", ", read.unusedColumns()));
        }
        report.println("as of " + today + " (" + asOfWhy + ")");
        if (!list.referredLater().isEmpty()) {
            report.println("left out: " + list.referredLater().size() + " rows referred on or after " + today + " (lines "
                    + Lines.ranges(list.referredLater().stream().sorted().toList()) + ")");
        }
        if (!list.leftUndated().isEmpty()) {
            report.println("note: " + list.leftUndated().size() + " redirected or dropped-out rows have no left_date: taken as gone by "
                    + today + ", and left out of the weekly waiting list and the target counts of the observed series (lines "
                    + Lines.ranges(list.leftUndated().stream().sorted().toList()) + ")");
        }
        report.println("today's list: " + list.waiting() + " waiting (" + list.inTriage() + " in triage), " + list.awaitingPlace()
                + " assessed and waiting for a place, " + list.inService() + " in service");
        report.println("demand fitted from " + d.totalReferrals() + " referrals, " + d.from() + " to " + d.to().minusDays(1) + " ("
                + d.days() + " days); Poisson maximum likelihood, 95% Wald intervals from the observed Fisher information:");
        report.printf(Locale.ROOT, "  %-12s %6.0f a year (%.0f-%.0f)%n", "county", d.county().value(), d.county().low(), d.county().high());
        for (int a = 0; a < d.alliances().size(); a++) {
            Interval r = d.annual().get(a);
            Interval s = d.shares().get(a);
            report.printf(Locale.ROOT, "  %-12s %6.0f a year (%.0f-%.0f), share %.3f (%.3f-%.3f), %d referrals%n", d.alliances().get(a),
                    r.value(), r.low(), r.high(), s.value(), s.low(), s.high(), d.referrals().get(a));
        }
        if (d.growthFitted()) {
            report.printf(Locale.ROOT, "  growth       %+.1f%% a year (%+.1f%% to %+.1f%%)%s%n", 100 * d.growth().value(),
                    100 * d.growth().low(), 100 * d.growth().high(), Double.isNaN(d.growthDiffersP()) ? ""
                            : String.format(Locale.ROOT, "; differs by alliance? likelihood-ratio p = %.2f", d.growthDiffersP()));
        } else {
            report.printf(Locale.ROOT, "  growth       %+.1f%% a year from the base (not fitted: %d days of history, fitting needs %d or --growth fit)%n",
                    100 * d.growth().value(), d.days(), DemandFit.GROWTH_DAYS);
        }
        if (d.seasonalityFitted()) {
            StringBuilder months = new StringBuilder();
            for (int m = 0; m < 12; m++) {
                Interval s = d.seasonality().get(m);
                months.append(String.format(Locale.ROOT, "%s%.2f (%.2f-%.2f)", m == 0 ? "" : " ", s.value(), s.low(), s.high()));
            }
            report.printf(Locale.ROOT, "  seasonality  Jan..Dec %s; against none p = %.3f%n", months, d.seasonalityP());
        } else {
            report.println("  seasonality  from the base (not fitted: " + d.days() + " days of history, fitting needs "
                    + DemandFit.SEASONALITY_DAYS + " or --seasonality fit)");
        }
        report.printf(Locale.ROOT, "  dispersion of the daily counts %.2f (about 1 for a Poisson process; above 1, every interval and test above allows for it: widened by its square root)%n",
                d.dispersion());
        restated.forEach(n -> report.println("note: " + n));
    }

    /** Reads back what was written: the imported scenario must load and validate like any other. */
    private static void check(Path file) {
        try {
            Scenarios.load(file);
        } catch (InvalidDocumentException e) {
            throw new IllegalStateException("the imported scenario does not validate: " + e.getMessage(), e);
        }
    }

    private static LocalDate date(String option, String text) {
        LocalDate d = ExtractDates.parse(text.strip());
        if (d == null) {
            throw new UserError(option + " " + text + ": not a date; write " + ExtractDates.ALLOWED);
        }
        return d;
    }

    private static DemandFit.Choice choice(String option, String value) {
        return switch (value) {
            case "auto" -> DemandFit.Choice.AUTO;
            case "fit" -> DemandFit.Choice.FIT;
            case "base" -> DemandFit.Choice.BASE;
            default -> throw new UserError(option + " " + value + ": use auto, fit or base");
        };
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }
}
