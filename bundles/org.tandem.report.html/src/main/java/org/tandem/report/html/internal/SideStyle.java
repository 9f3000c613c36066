package org.tandem.report.html.internal;

import java.util.List;

/**
 * How one side is drawn: a colour with at least 4.5:1 contrast on white, and a dash pattern and
 * marker shape of its own, so the chart still reads in black-and-white print.
 *
 * @param index  the side's position in the report, from 1
 * @param colour a CSS colour
 * @param dash   an SVG {@code stroke-dasharray}, {@code none} for a solid line
 * @param marker the marker's shape: {@code circle}, {@code square}, {@code triangle} or {@code diamond}
 */
public record SideStyle(int index, String colour, String dash, String marker) {

    private static final List<SideStyle> PALETTE = List.of(
            new SideStyle(1, "#0b5cad", "none", "circle"),
            new SideStyle(2, "#b34700", "7 4", "square"),
            new SideStyle(3, "#11703a", "2 3", "triangle"),
            new SideStyle(4, "#7b2d8e", "10 3 2 3", "diamond"));

    /** The style of the side at {@code position} (from 0); past the palette, colours repeat. */
    static SideStyle of(int position) {
        SideStyle base = PALETTE.get(position % PALETTE.size());
        return new SideStyle(position + 1, base.colour, base.dash, base.marker);
    }

    /** An SVG path of this style's marker centred on (x, y), {@code r} its half width. */
    public String markerPath(double x, double y, double r) {
        return switch (marker) {
            case "square" -> "M" + Svg.point(x - r, y - r) + "H" + Svg.num(x + r) + "V" + Svg.num(y + r) + "H"
                    + Svg.num(x - r) + "Z";
            case "triangle" -> "M" + Svg.point(x, y - r * 1.2) + "L" + Svg.point(x + r * 1.1, y + r * 0.8) + "L"
                    + Svg.point(x - r * 1.1, y + r * 0.8) + "Z";
            case "diamond" -> "M" + Svg.point(x, y - r * 1.3) + "L" + Svg.point(x + r * 1.3, y) + "L"
                    + Svg.point(x, y + r * 1.3) + "L" + Svg.point(x - r * 1.3, y) + "Z";
            default -> Svg.circle(x, y, r);
        };
    }
}
