package waitlist.app.simulate;

import java.util.List;
import java.util.Locale;

import waitlist.simulator.stats.Estimate;

/**
 * Hand-written inline SVG for the HTML report: no script, no external fonts, so a chart opens offline and survives being
 * pasted into a document. Every series is told apart by marker shape as well as colour (black-and-white printing,
 * colour-blind readers), and each mark carries a {@code <title>} with its exact figures. Coordinates are written with
 * one decimal in {@link Locale#ROOT}, so equal results give equal bytes.
 */
final class SvgChart {

    /** One line of the legend and its marks: an area's estimate per group (null: nothing to measure). */
    record Series(String name, List<Estimate> values) {
    }

    private static final int WIDTH = 800;
    private static final int HEIGHT = 320;
    private static final int LEFT = 56;
    private static final int RIGHT = 180; // legend column
    private static final int TOP = 16;
    private static final int BOTTOM = 44;
    private static final int PLOT_RIGHT = WIDTH - RIGHT;
    private static final int PLOT_BOTTOM = HEIGHT - BOTTOM;

    /** Okabe–Ito colours (colour-blind safe) without black, which is kept for the county; yellow left out: too pale on white. */
    private static final String[] COLOURS = {"#E69F00", "#56B4E9", "#009E73", "#0072B2", "#D55E00", "#CC79A7"};
    private static final String TOTAL_COLOUR = "#000000";

    private SvgChart() {
    }

    /** Maps a value on the y axis to a y coordinate, linearly from [lo, hi] to [plot bottom, plot top]. */
    private record Scale(double lo, double hi, double step) {
        double y(double v) {
            return PLOT_BOTTOM - (v - lo) / (hi - lo) * (PLOT_BOTTOM - TOP);
        }
    }

    /**
     * Mean and 95 % CI whiskers of a share, grouped by period, one mark per series in each group, and a dashed line at
     * the threshold. The last series is the total (county), drawn in black and heavier. The y axis starts at the
     * nearest 10 % below every interval and the threshold, so differences of a few points stay visible.
     */
    static String intervals(String id, String title, List<String> groups, List<Series> series, double threshold,
                            String thresholdLabel) {
        double min = threshold;
        for (Series s : series) {
            for (Estimate e : s.values()) {
                if (e != null) {
                    min = Math.min(min, e.low());
                }
            }
        }
        double tenths = Math.min(0.9, Math.max(0, Math.floor(min * 10 + 1e-9) / 10)); // at least ten points of range
        double step = niceStep(1 - tenths);
        Scale scale = new Scale(Math.floor(tenths / step + 1e-9) * step, 1, step); // ticks land on round numbers

        StringBuilder sb = open(id, title);
        yAxis(sb, scale, true);
        double groupWidth = (double) (PLOT_RIGHT - LEFT) / groups.size();
        xLabels(sb, groups, 10, i -> LEFT + groupWidth * (i + 0.5));
        for (int g = 1; g < groups.size(); g++) { // faint separators between periods
            sb.append(line("group", LEFT + groupWidth * g, TOP, LEFT + groupWidth * g, PLOT_BOTTOM, "#dddddd", 1, null));
        }
        double spacing = Math.min(14, groupWidth * 0.8 / series.size());
        for (int s = 0; s < series.size(); s++) {
            boolean total = s == series.size() - 1;
            String colour = total ? TOTAL_COLOUR : COLOURS[s % COLOURS.length];
            for (int g = 0; g < groups.size(); g++) {
                Estimate e = series.get(s).values().get(g);
                if (e == null) {
                    continue;
                }
                double x = LEFT + groupWidth * (g + 0.5) + (s - (series.size() - 1) / 2.0) * spacing;
                sb.append("<g><title>").append(HtmlReport.escape(series.get(s).name() + ", " + groups.get(g) + ": "
                        + percentCi(e))).append("</title>");
                sb.append(line("whisker", x, scale.y(e.low()), x, scale.y(e.high()), colour, total ? 2.5 : 1.5,
                        "data-low=\"" + fmt4(e.low()) + "\" data-high=\"" + fmt4(e.high()) + "\""));
                sb.append(line("cap", x - 3, scale.y(e.low()), x + 3, scale.y(e.low()), colour, 1, null));
                sb.append(line("cap", x - 3, scale.y(e.high()), x + 3, scale.y(e.high()), colour, 1, null));
                sb.append(marker(s, total, x, scale.y(e.mean()), colour)).append("</g>\n");
            }
        }
        double ty = scale.y(threshold);
        sb.append(String.format(Locale.ROOT, "<line class=\"threshold\" data-value=\"%s\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\""
                + " stroke=\"#000000\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>%n", fmt4(threshold), LEFT, ty, PLOT_RIGHT, ty));
        // legend: one row per series, then the threshold
        int row = 0;
        for (int s = 0; s < series.size(); s++, row++) {
            boolean total = s == series.size() - 1;
            String colour = total ? TOTAL_COLOUR : COLOURS[s % COLOURS.length];
            double y = TOP + 8 + row * 20;
            sb.append(marker(s, total, PLOT_RIGHT + 20, y, colour));
            sb.append(text(PLOT_RIGHT + 32, y + 4, "start", series.get(s).name()));
        }
        double y = TOP + 8 + row * 20;
        sb.append(line("legend", PLOT_RIGHT + 12, y, PLOT_RIGHT + 28, y, "#000000", 1.5, "stroke-dasharray=\"6 4\""));
        sb.append(text(PLOT_RIGHT + 32, y + 4, "start", thresholdLabel));
        sb.append(text(PLOT_RIGHT + 12, y + 24, "start", "bars: 95% CI"));
        return sb.append("</svg>\n").toString();
    }

    /** A mean per week as a line, its 95 % CI as a shaded band; the y axis starts at zero so sizes compare honestly. */
    static String weekly(String id, String title, List<String> weeks, List<Estimate> values, String yUnit) {
        double max = 0;
        for (Estimate e : values) {
            if (e != null) {
                max = Math.max(max, e.high());
            }
        }
        double step = niceStep(max > 0 ? max : 1);
        Scale scale = new Scale(0, Math.max(step, Math.ceil(max / step - 1e-9) * step), step);
        StringBuilder sb = open(id, title);
        yAxis(sb, scale, false);
        int n = values.size();
        java.util.function.IntToDoubleFunction x = i -> n == 1 ? (LEFT + PLOT_RIGHT) / 2.0
                : LEFT + (double) (PLOT_RIGHT - LEFT) * i / (n - 1);
        xLabels(sb, weeks, 6, x); // dates are wide: fewer labels
        StringBuilder upper = new StringBuilder();
        StringBuilder lower = new StringBuilder();
        StringBuilder mean = new StringBuilder();
        for (int i = 0; i < n; i++) {
            Estimate e = values.get(i);
            if (e == null) {
                continue;
            }
            upper.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.applyAsDouble(i), scale.y(e.high())));
            lower.insert(0, String.format(Locale.ROOT, "%.1f,%.1f ", x.applyAsDouble(i), scale.y(Math.max(0, e.low()))));
            mean.append(String.format(Locale.ROOT, "%.1f,%.1f ", x.applyAsDouble(i), scale.y(e.mean())));
        }
        sb.append("<polygon class=\"band\" fill=\"#000000\" fill-opacity=\"0.15\" stroke=\"none\" points=\"")
                .append((upper.toString() + lower).trim()).append("\"/>\n");
        sb.append("<polyline class=\"mean\" fill=\"none\" stroke=\"#000000\" stroke-width=\"2\" points=\"")
                .append(mean.toString().trim()).append("\"/>\n");
        sb.append(line("legend", PLOT_RIGHT + 12, TOP + 8, PLOT_RIGHT + 28, TOP + 8, "#000000", 2, null));
        sb.append(text(PLOT_RIGHT + 32, TOP + 12, "start", "mean " + yUnit));
        sb.append("<rect x=\"").append(PLOT_RIGHT + 12).append("\" y=\"").append(TOP + 22)
                .append("\" width=\"16\" height=\"10\" fill=\"#000000\" fill-opacity=\"0.15\"/>\n");
        sb.append(text(PLOT_RIGHT + 32, TOP + 32, "start", "95% CI"));
        return sb.append("</svg>\n").toString();
    }

    private static StringBuilder open(String id, String title) {
        StringBuilder sb = new StringBuilder();
        // width/height as well as viewBox: word processors that ignore CSS still get a sensible size
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"").append(id).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title\" font-family=\"Arial, Helvetica, sans-serif\""
                        + " font-size=\"12\">\n");
        sb.append("<title id=\"").append(id).append("-title\">").append(HtmlReport.escape(title)).append("</title>\n");
        sb.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" fill=\"#ffffff\"/>\n");
        return sb;
    }

    private static void yAxis(StringBuilder sb, Scale scale, boolean percent) {
        int ticks = (int) Math.round((scale.hi() - scale.lo()) / scale.step());
        for (int i = 0; i <= ticks; i++) {
            double v = scale.lo() + i * scale.step();
            double y = scale.y(v);
            sb.append(line("tick", LEFT, y, PLOT_RIGHT, y, "#dddddd", 1, "data-value=\"" + fmt4(v) + "\""));
            String label = percent ? String.format(Locale.ROOT, "%.0f%%", 100 * v)
                    : scale.step() < 1 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.0f", v);
            sb.append(text(LEFT - 6, y + 4, "end", label));
        }
        sb.append(line("axis", LEFT, TOP, LEFT, PLOT_BOTTOM, "#000000", 1, null));
        sb.append(line("axis", LEFT, PLOT_BOTTOM, PLOT_RIGHT, PLOT_BOTTOM, "#000000", 1, null));
    }

    /** At most {@code most} labels, evenly spaced from the first, so weekly or monthly periods do not overprint. */
    private static void xLabels(StringBuilder sb, List<String> labels, int most, java.util.function.IntToDoubleFunction x) {
        int every = Math.max(1, (labels.size() + most - 1) / most);
        for (int i = 0; i < labels.size(); i += every) {
            sb.append(line("xtick", x.applyAsDouble(i), PLOT_BOTTOM, x.applyAsDouble(i), PLOT_BOTTOM + 4, "#000000", 1, null));
            sb.append(text(x.applyAsDouble(i), PLOT_BOTTOM + 18, "middle", labels.get(i)));
        }
    }

    /** Shape by series, so marks stay apart without colour: circle, square, triangle, diamond, inverted triangle; total: large square. */
    private static String marker(int series, boolean total, double x, double y, String colour) {
        String fill = "fill=\"" + colour + "\"";
        if (total) {
            return String.format(Locale.ROOT, "<rect class=\"mark\" x=\"%.1f\" y=\"%.1f\" width=\"9\" height=\"9\" %s/>", x - 4.5, y - 4.5, fill);
        }
        return switch (series % 5) {
            case 0 -> String.format(Locale.ROOT, "<circle class=\"mark\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" %s/>", x, y, fill);
            case 1 -> String.format(Locale.ROOT, "<rect class=\"mark\" x=\"%.1f\" y=\"%.1f\" width=\"6\" height=\"6\" %s/>", x - 3, y - 3, fill);
            case 2 -> polygon(fill, x, y - 4, x + 4, y + 3, x - 4, y + 3);
            case 3 -> polygon(fill, x, y - 4.5, x + 4, y, x, y + 4.5, x - 4, y);
            default -> polygon(fill, x, y + 4, x + 4, y - 3, x - 4, y - 3);
        };
    }

    private static String polygon(String fill, double... xy) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xy.length; i += 2) {
            points.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.1f,%.1f", xy[i], xy[i + 1]));
        }
        return "<polygon class=\"mark\" points=\"" + points + "\" " + fill + "/>";
    }

    private static String line(String cls, double x1, double y1, double x2, double y2, String colour, double width, String extra) {
        return String.format(Locale.ROOT, "<line class=\"%s\"%s x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%s\"/>%n",
                cls, extra == null ? "" : " " + extra, x1, y1, x2, y2, colour, width == Math.rint(width) ? Integer.toString((int) width)
                        : Double.toString(width));
    }

    private static String text(double x, double y, String anchor, String s) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">%s</text>%n", x, y, anchor, HtmlReport.escape(s));
    }

    /** A round step (1, 2 or 5 × 10^k) giving about five intervals over the range. */
    static double niceStep(double range) {
        double raw = range / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double norm = raw / magnitude;
        double nice = norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static String percentCi(Estimate e) {
        return String.format(Locale.ROOT, "%.1f%% (95%% CI %.1f\u2013%.1f)", 100 * e.mean(), 100 * e.low(), 100 * e.high());
    }

    private static String fmt4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
