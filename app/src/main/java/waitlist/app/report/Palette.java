package waitlist.app.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.util.ShapeUtils;

/**
 * Colours and marker shapes for every chart. The colours are Okabe and Ito's set, which readers with any common form of
 * colour blindness can tell apart; yellow is left out (too pale on white paper) and black is kept for the county or
 * total. Each series also gets its own marker shape, so a chart printed in black and white still tells them apart.
 */
public final class Palette {

    /** Orange, sky blue, bluish green, blue, vermillion, reddish purple. */
    private static final Color[] SERIES = {new Color(0xE6, 0x9F, 0x00), new Color(0x56, 0xB4, 0xE9), new Color(0x00, 0x9E, 0x73),
            new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00), new Color(0xCC, 0x79, 0xA7)};
    public static final Color TOTAL = Color.BLACK;
    /** Reference lines (the target, 100 % use): dark grey, dashed. */
    public static final Color REFERENCE = new Color(0x33, 0x33, 0x33);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    public static final Stroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);

    private Palette() {
    }

    /** The colour of the {@code i}th series (0-based); {@code total} is the county or the sum of the others. */
    public static Color colour(int i, boolean total) {
        return total ? TOTAL : SERIES[i % SERIES.length];
    }

    /** The colours as CSS hex, for checking a drawn chart shows data. */
    public static java.util.List<Color> all() {
        java.util.List<Color> out = new java.util.ArrayList<>(java.util.List.of(SERIES));
        out.add(TOTAL);
        return out;
    }

    /** Circle, square, up triangle, diamond, down triangle; the total a larger square. */
    public static Shape shape(int i, boolean total) {
        if (total) {
            return new Rectangle2D.Double(-4.5, -4.5, 9, 9);
        }
        return switch (i % 5) {
            case 0 -> new Ellipse2D.Double(-3.5, -3.5, 7, 7);
            case 1 -> new Rectangle2D.Double(-3, -3, 6, 6);
            case 2 -> ShapeUtils.createUpTriangle(4f);
            case 3 -> ShapeUtils.createDiamond(4.5f);
            default -> ShapeUtils.createDownTriangle(4f);
        };
    }
}
