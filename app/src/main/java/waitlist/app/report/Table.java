package waitlist.app.report;

import java.util.ArrayList;
import java.util.List;

import waitlist.app.output.Html;

/**
 * An HTML table for a report page: a caption, column headings, rows whose first cell heads the row. Every cell's text is
 * escaped; a cell may carry a class (for a mark such as "miss" or a heat-map shade) and a tooltip.
 */
public final class Table {

    /** One cell: its text, an optional class and an optional title (tooltip). */
    public record Cell(String text, String cssClass, String title) {
        public static Cell of(String text) {
            return new Cell(text, null, null);
        }

        public static Cell marked(String text, String cssClass) {
            return new Cell(text, cssClass, null);
        }
    }

    private final String caption;
    private final String cssClass;
    private final List<String> headings;
    private final List<List<Cell>> rows = new ArrayList<>();
    private final List<String> rowClasses = new ArrayList<>();

    public Table(String caption, String cssClass, List<String> headings) {
        this.caption = caption;
        this.cssClass = cssClass;
        this.headings = List.copyOf(headings);
    }

    /** A row of plain text cells, the first being the row's heading. */
    public Table row(String... cells) {
        List<Cell> row = new ArrayList<>();
        for (String c : cells) {
            row.add(Cell.of(c));
        }
        return row(row, null);
    }

    public Table row(List<Cell> cells, String rowClass) {
        rows.add(List.copyOf(cells));
        rowClasses.add(rowClass);
        return this;
    }

    public int rows() {
        return rows.size();
    }

    String html() {
        StringBuilder sb = new StringBuilder("<table");
        if (cssClass != null) {
            sb.append(" class=\"").append(Html.escape(cssClass)).append('"');
        }
        sb.append(">\n");
        if (caption != null) {
            sb.append("<caption>").append(Html.escape(caption)).append("</caption>\n");
        }
        sb.append("<thead><tr>");
        for (String h : headings) {
            sb.append("<th scope=\"col\">").append(Html.escape(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (int r = 0; r < rows.size(); r++) {
            sb.append("<tr");
            if (rowClasses.get(r) != null) {
                sb.append(" class=\"").append(Html.escape(rowClasses.get(r))).append('"');
            }
            sb.append('>');
            List<Cell> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String tag = c == 0 ? "th" : "td";
                Cell cell = row.get(c);
                sb.append('<').append(tag);
                if (c == 0) {
                    sb.append(" scope=\"row\"");
                }
                if (cell.cssClass() != null) {
                    sb.append(" class=\"").append(Html.escape(cell.cssClass())).append('"');
                }
                if (cell.title() != null) {
                    sb.append(" title=\"").append(Html.escape(cell.title())).append('"');
                }
                sb.append('>').append(Html.escape(cell.text() == null ? "-" : cell.text())).append("</").append(tag).append('>');
            }
            sb.append("</tr>\n");
        }
        return sb.append("</tbody>\n</table>\n").toString();
    }
}
