package org.tandem.core.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The order of model and strategy versions. */
public final class SemanticVersions {

    static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:([.-])(.+))?");

    private SemanticVersions() {
    }

    /**
     * Semantic version order: major.minor.patch numerically (1.2.0 before 1.10.0); a pre-release
     * ({@code 1.0.0-rc.1}) before its release, its dot-separated fields compared as semantic
     * versioning does; a qualifier after a dot ({@code 1.0.0.v2}) after the release, as in OSGi.
     * OSGi's {@code Version} cannot do this: it sorts every qualifier after the release and refuses
     * one with a dot ({@code rc.1}).
     */
    public static int compare(String a, String b) {
        Matcher x = VERSION.matcher(a);
        Matcher y = VERSION.matcher(b);
        if (!x.matches() || !y.matches()) {
            // the reader refuses such versions; this only keeps the order total
            return x.matches() == y.matches() ? a.compareTo(b) : x.matches() ? 1 : -1;
        }
        for (int i = 1; i <= 3; i++) {
            int c = compareNumbers(x.group(i), y.group(i));
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(rank(x.group(4)), rank(y.group(4)));
        return c != 0 || x.group(5) == null ? c : compareFields(x.group(5).split("\\."), y.group(5).split("\\."));
    }

    /** A pre-release (-) comes before the release (no qualifier), an OSGi qualifier (.) after it. */
    private static int rank(String separator) {
        return separator == null ? 0 : separator.equals("-") ? -1 : 1;
    }

    private static int compareFields(String[] x, String[] y) {
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            boolean xNumber = x[i].chars().allMatch(Character::isDigit);
            boolean yNumber = y[i].chars().allMatch(Character::isDigit);
            int c = xNumber && yNumber ? compareNumbers(x[i], y[i])
                    : xNumber != yNumber ? (xNumber ? -1 : 1) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    /** Compares unsigned decimal numbers of any length. */
    private static int compareNumbers(String x, String y) {
        String a = x.replaceFirst("^0+(?=.)", "");
        String b = y.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
