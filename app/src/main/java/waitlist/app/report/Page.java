package waitlist.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import waitlist.app.output.Html;

/**
 * The skeleton every HTML report shares: one self-contained page (no script, nothing fetched, so it opens offline and can
 * be pasted into a board paper), a title block (what the report is, the scenario, run date, tool version, seed,
 * replications), numbered sections with a contents list, figures and tables, and a footer. Styled to print on A4: charts
 * and table rows are not split across pages and table headings repeat. Everything from a user's file is escaped.
 */
public final class Page {

    /** One fact of the title block: "Run date" = "4 Jan 2027". */
    public record Fact(String label, String value) {
    }

    private static final String STYLE = """
            @page { size: A4; margin: 14mm 12mm; }
            * { box-sizing: border-box; }
            body { font-family: Arial, Helvetica, sans-serif; color: #000; background: #fff; max-width: 64rem; margin: 1.5rem auto;
                   padding: 0 1rem; line-height: 1.4; font-size: 15px; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            header.title { border-bottom: 3px solid #000; padding-bottom: 0.6rem; margin-bottom: 1rem; }
            header.title .kind { text-transform: uppercase; letter-spacing: 0.08em; font-size: 0.8rem; color: #333; margin: 0; }
            h1 { font-size: 1.45rem; margin: 0.3rem 0 0.5rem; }
            h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #000; }
            h3 { font-size: 1rem; margin: 1.2rem 0 0.4rem; }
            dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: 0.6rem 0 0; font-size: 0.9rem; }
            dl.facts dt { font-weight: bold; }
            dl.facts dd { margin: 0; }
            .lead { font-size: 1.1rem; font-weight: bold; }
            .note, figcaption, footer { color: #333; font-size: 0.9rem; }
            nav.contents ol { columns: 2; font-size: 0.9rem; margin: 0.3rem 0; }
            figure { margin: 1rem 0; break-inside: avoid; }
            figure svg { max-width: 100%; height: auto; display: block; }
            .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 0.5rem 1rem; }
            .grid figure { margin: 0.3rem 0; }
            table { border-collapse: collapse; font-size: 0.85rem; margin: 0.5rem 0 1rem; }
            caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
            th, td { border: 1px solid #999; padding: 0.2rem 0.4rem; vertical-align: top; }
            thead th { background: #eee; text-align: left; }
            tbody th { text-align: left; font-weight: normal; white-space: nowrap; }
            td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            td.text { text-align: left; white-space: normal; }
            tr.total th, tr.total td { border-top: 2px solid #000; font-weight: bold; }
            td.miss, td.risk { font-weight: bold; }
            table.heat { font-size: 0.78rem; }
            .heat td { text-align: center; min-width: 3rem; padding: 0.15rem 0.25rem; }
            .heat td.p0 { background: #e66101; color: #fff; }
            .heat td.p1 { background: #fdb863; }
            .heat td.p2 { background: #f2f2f2; }
            .heat td.p3 { background: #b2abd2; }
            .heat td.p4 { background: #5e3c99; color: #fff; }
            .key span { display: inline-block; padding: 0.1rem 0.5rem; margin-right: 0.3rem; border: 1px solid #999; font-size: 0.8rem; }
            .key .p0 { background: #e66101; color: #fff; } .key .p1 { background: #fdb863; } .key .p2 { background: #f2f2f2; }
            .key .p3 { background: #b2abd2; } .key .p4 { background: #5e3c99; color: #fff; }
            .timeline td.slot { text-align: center; font-size: 0.75rem; min-width: 1.6rem; padding: 0.1rem; }
            .timeline td.fa { background: #0072b2; color: #fff; }
            .timeline td.rv { background: #56b4e9; }
            .timeline td.gs { background: #e69f00; }
            .timeline td.off { background: repeating-linear-gradient(45deg, #fff, #fff 3px, #ddd 3px, #ddd 6px); }
            .side { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
            dt.pointer { font-family: monospace; margin-top: 0.4rem; }
            dd { margin-left: 1.5rem; }
            code { font-size: 0.85rem; }
            @media print {
              body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
              nav.contents { display: none; }
              h2 { break-after: avoid; }
              table, tr { break-inside: avoid; }
              thead { display: table-header-group; }
              .grid { grid-template-columns: 1fr 1fr; }
            }
            """;

    private final StringBuilder body = new StringBuilder();
    private final List<String[]> sections = new ArrayList<>();
    private final String title;
    private boolean sectionOpen;

    /**
     * @param kind     what the report is, e.g. "Simulation report"
     * @param headline the one line a reader must take away (the verdict), as the page's heading
     * @param facts    the title block's facts, in order
     */
    public Page(String kind, String title, String headline, String description, List<Fact> facts) {
        this.title = title;
        body.append("<header class=\"title\">\n<p class=\"kind\">").append(Html.escape(kind)).append("</p>\n<h1>")
                .append(Html.escape(headline)).append("</h1>\n");
        if (description != null && !description.isBlank()) {
            body.append("<p class=\"note\">").append(Html.escape(description)).append("</p>\n");
        }
        body.append("<dl class=\"facts\">\n");
        for (Fact f : facts) {
            body.append("<dt>").append(Html.escape(f.label())).append("</dt><dd>").append(Html.escape(f.value())).append("</dd>\n");
        }
        body.append("</dl>\n</header>\n");
        body.append("<!--contents-->\n");
    }

    /** The facts every report's title block starts with. */
    public static List<Fact> facts(RunStamp stamp, Map<String, String> more) {
        List<Fact> facts = new ArrayList<>();
        more.forEach((k, v) -> facts.add(new Fact(k, v)));
        facts.add(new Fact("Run date", UkDates.format(stamp.runDate())));
        facts.add(new Fact("Tool version", "waitlist " + stamp.toolVersion()));
        return facts;
    }

    /** Starts a numbered section; the contents list links to it. */
    public Page section(String id, String heading) {
        closeSection();
        sections.add(new String[] {id, heading});
        body.append("<section id=\"").append(Html.escape(id)).append("\">\n<h2>").append(Html.escape(heading)).append("</h2>\n");
        sectionOpen = true;
        return this;
    }

    public Page subheading(String text) {
        body.append("<h3>").append(Html.escape(text)).append("</h3>\n");
        return this;
    }

    public Page paragraph(String text) {
        body.append("<p>").append(Html.escape(text)).append("</p>\n");
        return this;
    }

    /** A paragraph in bold: the one sentence of a section to take away. */
    public Page lead(String text) {
        body.append("<p class=\"lead\">").append(Html.escape(text)).append("</p>\n");
        return this;
    }

    public Page note(String text) {
        body.append("<p class=\"note\">").append(Html.escape(text)).append("</p>\n");
        return this;
    }

    public Page list(List<String> items) {
        body.append("<ul>\n");
        items.forEach(i -> body.append("<li>").append(Html.escape(i)).append("</li>\n"));
        body.append("</ul>\n");
        return this;
    }

    /** A chart with its caption; a chart with nothing to draw is replaced by a sentence saying so. */
    public Page figure(Charts.Chart chart, String caption) {
        if (chart.points() == 0) {
            return note(chart.title() + ": nothing to show in this run.");
        }
        body.append("<figure class=\"chart\" data-points=\"").append(chart.points()).append("\">\n").append(chart.svg()).append('\n');
        if (caption != null) {
            body.append("<figcaption>").append(Html.escape(caption)).append("</figcaption>\n");
        }
        body.append("</figure>\n");
        return this;
    }

    /** Small charts side by side (two to a row on paper), e.g. one per alliance. */
    public Page grid(List<Charts.Chart> charts, String caption) {
        List<Charts.Chart> drawn = charts.stream().filter(c -> c.points() > 0).toList();
        if (drawn.isEmpty()) {
            return note("Nothing to show in this run.");
        }
        body.append("<div class=\"grid\">\n");
        for (Charts.Chart c : drawn) {
            body.append("<figure class=\"chart\" data-points=\"").append(c.points()).append("\">\n").append(c.svg()).append("\n</figure>\n");
        }
        body.append("</div>\n");
        if (caption != null) {
            note(caption);
        }
        return this;
    }

    public Page table(Table table) {
        body.append(table.html());
        return this;
    }

    /** Pre-escaped markup built by a report class from escaped parts (e.g. a heat map). */
    public Page markup(String html) {
        body.append(html);
        return this;
    }

    /** Notes keyed by JSON Pointer, as a definition list (the scenario's assumptions and sources). */
    public Page pointers(Map<String, String> notes) {
        body.append("<dl>\n");
        notes.forEach((pointer, note) -> body.append("<dt class=\"pointer\">").append(pointer.isEmpty() ? "(whole scenario)" : Html.escape(pointer))
                .append("</dt><dd>").append(Html.escape(note)).append("</dd>\n"));
        body.append("</dl>\n");
        return this;
    }

    private void closeSection() {
        if (sectionOpen) {
            body.append("</section>\n");
            sectionOpen = false;
        }
    }

    /** The whole page, with a footer line. */
    public String finish(String footer) {
        closeSection();
        StringBuilder contents = new StringBuilder();
        if (sections.size() > 2) {
            contents.append("<nav class=\"contents\"><strong>Contents</strong>\n<ol>\n");
            for (String[] s : sections) {
                contents.append("<li><a href=\"#").append(Html.escape(s[0])).append("\">").append(Html.escape(s[1])).append("</a></li>\n");
            }
            contents.append("</ol>\n</nav>\n");
        }
        String main = body.toString().replace("<!--contents-->\n", contents.toString());
        return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n" + main
                + "<footer>\n<p>" + Html.escape(footer) + "</p>\n</footer>\n</body>\n</html>\n";
    }
}
