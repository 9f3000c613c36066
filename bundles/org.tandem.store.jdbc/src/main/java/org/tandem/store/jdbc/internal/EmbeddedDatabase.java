package org.tandem.store.jdbc.internal;

import java.nio.file.Path;

/**
 * The default database: H2 embedded in the file {@code <tandem.data>/store/tandem.mv.db}.
 * <p>
 * URL options, and why:
 * <ul>
 * <li>{@code WRITE_DELAY=0}: by default H2 keeps committed transactions in memory and writes them
 * up to 500 ms later, so a killed process loses saves it already acknowledged. With 0, H2 2.3
 * writes the commit to the file before {@code commit()} returns ({@code TransactionStore
 * .endTransaction} calls {@code MVStore.commit()} when the auto-commit delay is 0). The write
 * reaches the operating system, which survives the process being killed ({@code kill -9}); H2 does
 * not fsync per commit, so a power cut or kernel crash can still lose the last moments.</li>
 * <li>{@code DB_CLOSE_ON_EXIT=FALSE}: H2's own shutdown hook would close the database while the
 * framework is still stopping, failing saves in flight; the component closes its pool on
 * deactivation instead, and H2 closes the database with the last connection.</li>
 * <li>{@code LOCK_TIMEOUT=10000}: writers to the same assessment take turns on its row lock (see
 * {@link AssessmentTable#lock}); H2's default of 1 s is short on a busy or slow disk.</li>
 * <li>{@code QUERY_CACHE_SIZE=64}: each connection keeps this many parsed statements. H2's default
 * of 8 is fewer than the statements of one submission (about a dozen), so each was parsed again
 * on every call: under load, parsing was about a tenth of a submission's time.</li>
 * <li>No {@code AUTO_SERVER} and the default {@code FILE_LOCK} (an operating-system lock on the
 * file): a second process that opens the same database fails with "Database may be already in
 * use" instead of both writing to it. The lock is unreliable on network file systems; keep
 * {@code tandem.data} on a local disk.</li>
 * </ul>
 */
final class EmbeddedDatabase {

    static final String OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";

    private EmbeddedDatabase() {
    }

    /** The H2 URL of the database under {@code dataDirectory}. */
    static String url(Path dataDirectory) {
        return "jdbc:h2:file:" + dataDirectory.resolve("store").resolve("tandem").toAbsolutePath() + OPTIONS;
    }
}
