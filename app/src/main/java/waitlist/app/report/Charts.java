package waitlist.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import waitlist.app.output.Html;
import waitlist.simulator.stats.Estimate;

/**
 * Every chart of the HTML reports, drawn by JFreeChart and written as inline SVG by JFreeSVG, in one house style: a title,
 * axis labels with units, the colour-blind-safe {@link Palette} with a marker shape per series, reference lines dashed
 * and labelled, 95 % intervals as whiskers or shaded bands.
 *
 * <p>Output is byte-reproducible: JFreeSVG's ids (normally from the clock) are prefixed with the chart's own id,
 * coordinates are written with two decimals in {@link Locale#ROOT}, tick labels and dates use fixed formats, locale and
 * time zone (UTC), so the same figures give the same bytes. Text sizes come from the fonts installed where the tool
 * runs (AWT font metrics lay out labels), so two machines with different fonts may place a label a pixel apart.
 */
public final class Charts {

    static {
        // JFreeChart draws with AWT; no window is ever opened, so no display is needed (servers, CI).
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // Rotated labels (the value axis's title, upright period names) as SVG text rather than glyph outlines: text stays
        // searchable and copyable, and pages stay small. The workaround is for an old AWT bug in drawing rotated strings.
        org.jfree.chart.text.TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    /** How a value axis reads: its tick labels and where it starts. */
    public enum Scale {
        /** Shares (0..1) shown as percentages. */
        PERCENT,
        /** Differences of shares shown as signed percentage points, the axis spanning zero. */
        POINTS,
        DAYS,
        PEOPLE,
        HOURS,
        POUNDS,
        NUMBER
    }

    /** One series: a name for the legend and an estimate per category or point (null: nothing to show there). */
    public record Series(String name, List<Estimate> values, boolean total, int colour) {
        public Series(String name, List<Estimate> values) {
            this(name, values, false, -1);
        }

        public Series(String name, List<Estimate> values, boolean total) {
            this(name, values, total, -1);
        }
    }

    /** Bars: a name for the legend and a value per category (null: none). */
    public record Bars(String name, List<Double> values) {
    }

    /** A labelled reference line at a value (the target, 100 % use, a break-even). */
    public record Line(double value, String label) {
    }

    /**
     * A drawn chart: its id, title, the inline SVG, and how many data points it shows (0: nothing to draw, which a page
     * says in words instead of showing an empty frame).
     */
    public record Chart(String id, String title, String svg, int points) {
    }

    public static final int WIDE = 760;
    public static final int TALL = 340;
    public static final int SMALL_WIDTH = 370;
    public static final int SMALL_HEIGHT = 250;

    private static final String FONT = "SansSerif";

    private Charts() {
    }

    /**
     * Estimates with their 95 % intervals by category (periods, areas, arms), one mark and whisker per series in each
     * category, side by side; optionally joined by lines when the categories are in time order.
     */
    public static Chart byCategory(String id, String title, String xLabel, String yLabel, Scale scale, List<String> categories,
                                   List<Series> series, List<Line> lines, boolean joined, int width, int height) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        int n = series.size();
        double spacing = n <= 1 ? 0 : Math.min(0.12, 0.7 / n);
        int points = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        Set<String> keys = new HashSet<>();
        for (int s = 0; s < n; s++) {
            YIntervalSeries ys = new YIntervalSeries(uniqueKey(series.get(s).name(), keys), false, true);
            List<Estimate> values = series.get(s).values();
            for (int c = 0; c < categories.size() && c < values.size(); c++) {
                Estimate e = values.get(c);
                if (e == null || !Double.isFinite(e.mean())) {
                    continue;
                }
                double low = finiteOr(e.low(), e.mean());
                double high = finiteOr(e.high(), e.mean());
                ys.add(c + (s - (n - 1) / 2.0) * spacing, e.mean(), low, high);
                lowest = Math.min(lowest, low);
                highest = Math.max(highest, high);
                points++;
            }
            data.addSeries(ys);
        }
        for (Line l : lines) {
            lowest = Math.min(lowest, l.value());
            highest = Math.max(highest, l.value());
        }
        SymbolAxis x = new SymbolAxis(xLabel, categories.toArray(String[]::new));
        x.setGridBandsVisible(false);
        x.setRange(-0.5, Math.max(0.5, categories.size() - 0.5));
        x.setVerticalTickLabels(categories.size() > 8 || longest(categories) * categories.size() > width / 7);
        NumberAxis y = valueAxis(yLabel, scale, lowest, highest);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setCapLength(5);
        renderer.setDefaultLinesVisible(joined);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        references(plot, lines);
        return draw(id, title, plot, renderer, series, width, height, points);
    }

    /** Weekly means as lines with their 95 % intervals as shaded bands, one per series, against dates. */
    public static Chart weekly(String id, String title, String yLabel, Scale scale, List<LocalDate> weeks, List<Series> series,
                               List<Line> lines, int width, int height) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        int points = 0;
        double highest = 0;
        Set<String> keys = new HashSet<>();
        for (Series s : series) {
            YIntervalSeries ys = new YIntervalSeries(uniqueKey(s.name(), keys), false, true);
            for (int w = 0; w < weeks.size() && w < s.values().size(); w++) {
                Estimate e = s.values().get(w);
                if (e == null || !Double.isFinite(e.mean())) {
                    continue;
                }
                double low = Math.max(0, finiteOr(e.low(), e.mean()));
                double high = finiteOr(e.high(), e.mean());
                ys.add(millis(weeks.get(w)), e.mean(), low, high);
                highest = Math.max(highest, high);
                points++;
            }
            data.addSeries(ys);
        }
        for (Line l : lines) {
            highest = Math.max(highest, l.value());
        }
        DateAxis x = new DateAxis("week starting", TimeZone.getTimeZone(ZoneOffset.UTC), Locale.UK);
        SimpleDateFormat months = new SimpleDateFormat("MMM yyyy", Locale.UK);
        months.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        // ticks on the first of a month, every 1, 2, 3, 6 or 12 months so that about eight fit
        long spanMonths = weeks.isEmpty() ? 1 : Math.max(1, java.time.temporal.ChronoUnit.MONTHS.between(weeks.get(0), weeks.get(weeks.size() - 1)));
        int every = 12;
        for (int step : new int[] {1, 2, 3, 6, 12}) {
            every = step;
            if (spanMonths / step <= (width < WIDE ? 4 : 8)) {
                break;
            }
        }
        x.setTickUnit(new org.jfree.chart.axis.DateTickUnit(org.jfree.chart.axis.DateTickUnitType.MONTH, every, months));
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        NumberAxis y = valueAxis(yLabel, scale, 0, highest);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        references(plot, lines);
        return draw(id, title, plot, renderer, series, width, height, points);
    }

    /** A value against a numeric input (a sweep), with 95 % whiskers, joined; optional vertical markers on the input axis. */
    public static Chart curve(String id, String title, String xLabel, String yLabel, Scale scale, List<Double> xs, List<Series> series,
                              List<Line> yLines, List<Line> xMarkers, int width, int height) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        int points = 0;
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        Set<String> keys = new HashSet<>();
        for (Series s : series) {
            YIntervalSeries ys = new YIntervalSeries(uniqueKey(s.name(), keys), true, true);
            for (int i = 0; i < xs.size() && i < s.values().size(); i++) {
                Estimate e = s.values().get(i);
                if (e == null || !Double.isFinite(e.mean()) || xs.get(i) == null) {
                    continue;
                }
                double low = finiteOr(e.low(), e.mean());
                double high = finiteOr(e.high(), e.mean());
                ys.add(xs.get(i), e.mean(), low, high);
                lowest = Math.min(lowest, low);
                highest = Math.max(highest, high);
                points++;
            }
            data.addSeries(ys);
        }
        for (Line l : yLines) {
            lowest = Math.min(lowest, l.value());
            highest = Math.max(highest, l.value());
        }
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(decimals(xs));
        NumberAxis y = valueAxis(yLabel, scale, lowest, highest);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setCapLength(5);
        renderer.setDefaultLinesVisible(true);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        references(plot, yLines);
        for (Line m : xMarkers) {
            plot.addDomainMarker(marker(m, true));
        }
        return draw(id, title, plot, renderer, series, width, height, points);
    }

    /** Bars by category, grouped side by side or stacked (a total made of parts). */
    public static Chart bars(String id, String title, String xLabel, String yLabel, Scale scale, List<String> categories, List<Bars> bars,
                             List<Line> lines, boolean stacked, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int points = 0;
        double highest = 0;
        double[] stack = new double[categories.size()];
        Set<String> keys = new HashSet<>();
        List<String> rowKeys = new ArrayList<>();
        for (Bars b : bars) {
            rowKeys.add(uniqueKey(b.name(), keys));
        }
        List<String> columnKeys = new ArrayList<>();
        Set<String> columns = new HashSet<>();
        for (String c : categories) {
            columnKeys.add(uniqueKey(c, columns));
        }
        for (int s = 0; s < bars.size(); s++) {
            for (int c = 0; c < categories.size() && c < bars.get(s).values().size(); c++) {
                Double v = bars.get(s).values().get(c);
                if (v == null || !Double.isFinite(v)) {
                    data.addValue(null, rowKeys.get(s), columnKeys.get(c));
                    continue;
                }
                data.addValue(v, rowKeys.get(s), columnKeys.get(c));
                stack[c] += Math.max(0, v);
                highest = Math.max(highest, stacked ? stack[c] : v);
                points++;
            }
        }
        for (Line l : lines) {
            highest = Math.max(highest, l.value());
        }
        CategoryAxis x = new CategoryAxis(xLabel);
        x.setCategoryMargin(0.25);
        x.setMaximumCategoryLabelLines(2); // "South East Essex" on two lines rather than cut to "South Ea..."
        x.setMaximumCategoryLabelWidthRatio(1.2f);
        if (longest(categories) * categories.size() > width / 7) {
            x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis y = valueAxis(yLabel, scale, 0, highest);
        BarRenderer renderer = stacked ? new StackedBarRenderer() : new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        for (Line l : lines) {
            plot.addRangeMarker(marker(l, false));
        }
        JFreeChart chart = chart(title, plot, bars.size() > 1);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        for (int s = 0; s < bars.size(); s++) {
            renderer.setSeriesPaint(s, Palette.colour(s, false));
        }
        return render(id, title, chart, width, height, points);
    }

    // ---- drawing ----

    /** The chart around the plot; series are styled after the theme, which would otherwise reset them. */
    private static Chart draw(String id, String title, XYPlot plot, XYLineAndShapeRenderer renderer, List<Series> series, int width,
                              int height, int points) {
        JFreeChart chart = chart(title, plot, series.size() > 1);
        style(renderer, series);
        return render(id, title, chart, width, height, points);
    }

    private static JFreeChart chart(String title, org.jfree.chart.plot.Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(title, new Font(FONT, Font.BOLD, 13), plot, legend);
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 8));
        chart.getTitle().setFont(new Font(FONT, Font.BOLD, 13));
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setPosition(RectangleEdge.BOTTOM);
            l.setFrame(org.jfree.chart.block.BlockBorder.NONE);
            l.setItemFont(new Font(FONT, Font.PLAIN, 11));
        }
        if (plot instanceof XYPlot xy) {
            xy.setOutlineVisible(false);
            xy.setDomainGridlinesVisible(false);
        } else if (plot instanceof CategoryPlot cat) {
            cat.setOutlineVisible(false);
        }
        return chart;
    }

    /** Fonts set here rather than JFreeChart's default theme, whose Tahoma is rarely installed on Linux. */
    private static StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("waitlist", false);
        theme.setExtraLargeFont(new Font(FONT, Font.BOLD, 13));
        theme.setLargeFont(new Font(FONT, Font.PLAIN, 12));
        theme.setRegularFont(new Font(FONT, Font.PLAIN, 11));
        theme.setSmallFont(new Font(FONT, Font.PLAIN, 10));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(Palette.GRID);
        theme.setRangeGridlinePaint(Palette.GRID);
        theme.setAxisLabelPaint(Color.BLACK);
        theme.setTickLabelPaint(Color.BLACK);
        theme.setBarPainter(new StandardBarPainter());
        theme.setXYBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        return theme;
    }

    private static void style(XYLineAndShapeRenderer renderer, List<Series> series) {
        renderer.setAutoPopulateSeriesPaint(false);
        renderer.setAutoPopulateSeriesShape(false);
        for (int s = 0; s < series.size(); s++) {
            boolean total = series.get(s).total();
            int look = series.get(s).colour() >= 0 ? series.get(s).colour() : s; // an area keeps its colour on its own chart
            renderer.setSeriesPaint(s, Palette.colour(look, total));
            renderer.setSeriesShape(s, Palette.shape(look, total));
            renderer.setSeriesStroke(s, new BasicStroke(total ? 2.5f : 1.5f));
            renderer.setSeriesShapesVisible(s, !(renderer instanceof DeviationRenderer));
            renderer.setSeriesFillPaint(s, Palette.colour(look, total)); // a band's shade
        }
    }

    private static void references(XYPlot plot, List<Line> lines) {
        for (Line l : lines) {
            plot.addRangeMarker(marker(l, false));
        }
    }

    private static ValueMarker marker(Line l, boolean vertical) {
        ValueMarker m = new ValueMarker(l.value(), Palette.REFERENCE, Palette.DASHED);
        m.setLabel(l.label());
        m.setLabelFont(new Font(FONT, Font.PLAIN, 10));
        m.setLabelPaint(Palette.REFERENCE);
        m.setLabelBackgroundColor(new Color(255, 255, 255, 0));
        if (vertical) {
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        } else {
            m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT); // just under the line, inside the plot even when the line is at the top
        }
        return m;
    }

    private static NumberAxis valueAxis(String label, Scale scale, double lowest, double highest) {
        NumberAxis y = new NumberAxis(label);
        DecimalFormatSymbols uk = DecimalFormatSymbols.getInstance(Locale.UK);
        if (!Double.isFinite(lowest) || !Double.isFinite(highest)) {
            lowest = 0;
            highest = 1;
        }
        switch (scale) {
            case PERCENT -> {
                y.setNumberFormatOverride(new DecimalFormat("0%", uk));
                // from the nearest 10 % below everything shown, so a few points' difference stays visible; up to 100 %
                double floor = Math.max(0, Math.floor(Math.min(lowest, 1) * 10 - 1e-9) / 10);
                double top = Math.max(1.0, Math.ceil(highest * 10 - 1e-9) / 10);
                y.setRange(floor, top + (top - floor) * 0.02);
            }
            case POINTS -> y.setNumberFormatOverride(new DecimalFormat("+0.#%;-0.#%", uk));
            case POUNDS -> {
                y.setNumberFormatOverride(new DecimalFormat("\u00a3#,##0", uk));
                y.setAutoRangeIncludesZero(true);
            }
            default -> {
                y.setNumberFormatOverride(highest - Math.min(0, lowest) < 10 ? new DecimalFormat("#,##0.#", uk)
                        : new DecimalFormat("#,##0", uk));
                y.setAutoRangeIncludesZero(true);
            }
        }
        if (scale == Scale.POINTS) {
            double span = Math.max(Math.max(Math.abs(lowest), Math.abs(highest)), 0.005) * 1.1;
            y.setRange(Math.min(lowest, 0) - span * 0.05, Math.max(highest, 0) + span * 0.05);
        } else if (scale != Scale.PERCENT) {
            // from zero (sizes compare honestly) to a little above everything shown, reference lines included
            double bottom = Math.min(0, lowest);
            double top = highest > bottom ? highest + (highest - bottom) * 0.08 : bottom + 1;
            y.setRange(bottom, top);
        }
        return y;
    }

    /** Tick labels for the input axis of a sweep: as many decimals as its values need, at most four. */
    private static NumberFormat decimals(List<Double> xs) {
        int places = 0;
        for (Double v : xs) {
            if (v == null) {
                continue;
            }
            String s = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
            int dot = s.indexOf('.');
            places = Math.max(places, dot < 0 ? 0 : Math.min(4, s.length() - dot - 1));
        }
        return new DecimalFormat(places == 0 ? "#,##0" : "#,##0." + "0".repeat(places), DecimalFormatSymbols.getInstance(Locale.UK));
    }

    private static Chart render(String id, String title, JFreeChart chart, int width, int height, int points) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id + "-"); // the default prefix is the clock's nanoseconds: different bytes every run
        g.setGeomDoubleConverter(Charts::twoDecimals);
        g.setTransformDoubleConverter(Charts::fourDecimals);
        chart.draw(g, new Rectangle(0, 0, width, height));
        String svg = g.getSVGElement(id, true, new ViewBox(0, 0, width, height), null, null);
        // a name for screen readers and for anyone who pastes the chart alone
        int open = svg.indexOf('>');
        svg = svg.substring(0, open) + " role='img' aria-label='" + Html.escape(title) + "'>" + "<title>" + Html.escape(title) + "</title>"
                + svg.substring(open + 1);
        return new Chart(id, title, asciiOnly(svg), points);
    }

    /** Non-ASCII in labels (the pound sign, en dashes) as character references, like the rest of the page. */
    private static String asciiOnly(String svg) {
        StringBuilder out = new StringBuilder(svg.length());
        svg.codePoints().forEach(c -> {
            if (c < 128) {
                out.append((char) c);
            } else {
                out.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
            }
        });
        return out.toString();
    }

    static String twoDecimals(double v) {
        return trimmed(String.format(Locale.ROOT, "%.2f", v));
    }

    static String fourDecimals(double v) {
        return trimmed(String.format(Locale.ROOT, "%.4f", v));
    }

    private static String trimmed(String s) {
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s.equals("-0") ? "0" : s;
    }

    private static double millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static double finiteOr(double v, double fallback) {
        return Double.isFinite(v) ? v : fallback;
    }

    private static int longest(List<String> labels) {
        return labels.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Series keys must differ; two alliances of the same name get "(2)". */
    private static String uniqueKey(String name, Set<String> used) {
        String key = name;
        for (int i = 2; !used.add(key); i++) {
            key = name + " (" + i + ")";
        }
        return key;
    }
}
