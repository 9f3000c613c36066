package org.tandem.report.html.internal;

/** Numbers for SVG attributes: one decimal at most, a dot whatever the locale, never {@code -0}. */
final class Svg {

    private Svg() {
    }

    static String num(double value) {
        long tenths = Math.round(value * 10);
        if (tenths == 0) {
            return "0";
        }
        String sign = tenths < 0 ? "-" : "";
        long abs = Math.abs(tenths);
        return abs % 10 == 0 ? sign + abs / 10 : sign + abs / 10 + "." + abs % 10;
    }

    static String point(double x, double y) {
        return num(x) + "," + num(y);
    }

    /** A circle as a path. */
    static String circle(double x, double y, double r) {
        return "M" + point(x - r, y) + "A" + num(r) + "," + num(r) + " 0 1,0 " + point(x + r, y) + "A" + num(r) + ","
                + num(r) + " 0 1,0 " + point(x - r, y) + "Z";
    }

    /** A score as a position on a 0-100 scale: clamped, so a bad score cannot draw outside the chart. */
    static double clamp(double score) {
        return Double.isNaN(score) ? 0 : Math.max(0, Math.min(100, score));
    }
}
