package org.tandem.core.internal.report;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;

/**
 * The reports last rendered by repeatable renderers ({@code tandem.report.repeatable}), per
 * assessment, format and language, with the renderer service and the input they were rendered from:
 * a report is given again only for an equal input to the same service, so it is exactly what
 * rendering again would write. At most {@link #MAX_BYTES} and {@link #MAX_ENTRIES} reports in all,
 * least recently used out first; larger reports are not kept, nor those of more than
 * {@link #MAX_RESPONSES} responses (the input kept beside the report holds their answers).
 */
final class KeptReports {

    /** All kept reports together, in bytes. */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    /** The largest report kept, in bytes. */
    static final int MAX_REPORT = 4 * 1024 * 1024;

    /** The most reports kept. */
    static final int MAX_ENTRIES = 64;

    /** The most responses of a report kept: an input of 500 holds about 1.5 MB of answers. */
    static final int MAX_RESPONSES = 500;

    private record Key(String assessmentId, String format, String language) {
    }

    private record Kept(ReportRenderer renderer, ReportInput input, byte[] bytes) {
    }

    private final Map<Key, Kept> kept = new LinkedHashMap<>(32, 0.75f, true);
    private long bytes;

    /** The report of {@code input} that {@code renderer} wrote before, or null. */
    synchronized byte[] get(String format, String language, ReportRenderer renderer, ReportInput input) {
        Kept k = kept.get(new Key(input.assessment().id(), format, language));
        return k != null && k.renderer() == renderer && k.input().equals(input) ? k.bytes() : null;
    }

    /** Keeps what {@code renderer} wrote for {@code input}, in place of what was kept for the same report. */
    synchronized void put(String format, String language, ReportRenderer renderer, ReportInput input, byte[] report) {
        Key key = new Key(input.assessment().id(), format, language);
        Kept before = kept.remove(key);
        if (before != null) {
            bytes -= before.bytes().length;
        }
        if (report.length > MAX_REPORT || input.responses().size() > MAX_RESPONSES) {
            return;
        }
        kept.put(key, new Kept(renderer, input, report));
        bytes += report.length;
        for (Iterator<Kept> eldest = kept.values().iterator();
                (bytes > MAX_BYTES || kept.size() > MAX_ENTRIES) && eldest.hasNext();) {
            bytes -= eldest.next().bytes().length;
            eldest.remove();
        }
    }

    synchronized int size() {
        return kept.size();
    }
}
