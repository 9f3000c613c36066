package org.tandem.store.jdbc.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tandem.api.assessment.Response;

/**
 * The answers and comments of submitted responses already read, so that reading an assessment's
 * responses again (a report reads them for its seal, its score card and its pages) queries only
 * their headers, not every answer row.
 * <p>
 * A submitted response never changes: a save of it is refused, and every write bumps its revision.
 * An entry is used only when the header just read in the caller's transaction says the response is
 * submitted at the entry's revision, so the database stays the authority (also with several
 * processes on one PostgreSQL database). Entries are added only from committed reads, not when a
 * response is submitted: a storm of submissions would push out the responses reports read, and each
 * entry would live just long enough to be promoted to the old generation. At most {@link #MAX}
 * responses are kept, the least recently used leave first.
 */
final class SubmittedResponses {

    /** About 3 kB each with the stock model: a few MB at most. */
    static final int MAX = 2048;

    private final Map<String, Response> byRespondent = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Response> eldest) {
            return size() > MAX;
        }
    };

    /** The kept response matching {@code header} (submitted, same revision), or null. */
    synchronized Response get(Response header) {
        if (!header.isSubmitted()) {
            return null;
        }
        Response kept = byRespondent.get(header.respondentId());
        return kept != null && kept.revision() == header.revision() ? kept : null;
    }

    /** Keeps {@code response} if it is submitted. */
    synchronized void add(Response response) {
        if (response.isSubmitted()) {
            byRespondent.put(response.respondentId(), response);
        }
    }

    synchronized int size() {
        return byRespondent.size();
    }
}
