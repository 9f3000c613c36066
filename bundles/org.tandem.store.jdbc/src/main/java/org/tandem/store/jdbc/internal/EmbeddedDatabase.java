package org.tandem.store.jdbc.internal;

import java.nio.file.Path;

/**
 * The default database: H2 embedded in the file {@code <tandem.data>/store/tandem.mv.db}.
 * <p>
 * URL options, and why:
 * <ul>
 * <li>{@code WRITE_DELAY=0}: a commit returns only once H2 has written it to the file, so a save
 * is acknowledged only once it survives the process being killed ({@code kill -9}); H2 does not
 * fsync, so a power cut or kernel crash can still lose the last moments. Writers take turns
 * ({@link Transactions}), so each write holds only committed transactions. (With H2's default delay of 500 ms, a background writer hands the
 * changes to writer threads of its own; a {@code CHECKPOINT} after each commit then returned while
 * such a write was still in flight, and a killed process lost an acknowledged save: found by
 * {@code CrashIT}.)</li>
 * <li>{@code DB_CLOSE_ON_EXIT=FALSE}: H2's own shutdown hook would close the database while the
 * framework is still stopping, failing saves in flight; the component closes its pool on
 * deactivation instead, and H2 closes the database with the last connection.</li>
 * <li>{@code LOCK_TIMEOUT=10000}: how long a statement waits for a row another transaction locked
 * (see {@link AssessmentTable#lock}); H2's default of 1 s is short on a busy or slow disk. With the
 * store's writers taking turns ({@link Transactions}) its own statements do not wait for one
 * another's locks; the limit stays for anything else that holds one.</li>
 * <li>{@code QUERY_CACHE_SIZE=64}: each connection keeps this many parsed statements. H2's default
 * of 8 is fewer than the statements of one submission (about a dozen), so each was parsed again
 * on every call: under load, parsing was about a tenth of a submission's time.</li>
 * <li>{@code CACHE_SIZE=4096}: H2's page cache, in KB. By default it is 64 MB per GB of the maximum
 * heap (hundreds of MB on a server), so every page a commit writes stayed cached for a while: under
 * load the cached pages lived just long enough to be promoted to the old generation, which then
 * filled every second or two (full collections of 70-100 ms, the slowest answers). Reports and
 * submitted responses are read through the store's own {@link SubmittedResponses}, not H2's cache.</li>
 * <li>No {@code AUTO_SERVER} and the default {@code FILE_LOCK} (an operating-system lock on the
 * file): a second process that opens the same database fails with "Database may be already in
 * use" instead of both writing to it. The lock is unreliable on network file systems; keep
 * {@code tandem.data} on a local disk.</li>
 * </ul>
 */
final class EmbeddedDatabase {

    static final String OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64;CACHE_SIZE=4096";

    private EmbeddedDatabase() {
    }

    /** The H2 URL of the database under {@code dataDirectory}. */
    static String url(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.resolve("store").resolve("tandem").toAbsolutePath() + OPTIONS;
    }
}
