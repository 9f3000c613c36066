package org.tandem.bench;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.tandem.api.model.ValueModel;
import org.tandem.testkit.ScoringFixtures;

/**
 * Stores many submitted responses for one assessment quickly, for setting up a scale benchmark: the
 * rows the JDBC store writes for an invitation and a submitted response (tandem_respondent, and
 * tandem_response with its answers and comments packed as the store packs them: see the store's
 * PackedValues and migration V7), inserted in batches through H2's own driver of the
 * framework's H2 bundle, so they go into the very database the store has open. Through the store's
 * API the same takes two transactions per response, each written to disk on commit: minutes for 100,000.
 */
final class BulkResponses {

    /** The store's own H2 URL options (EmbeddedDatabase.OPTIONS). */
    private static final String OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64;CACHE_SIZE=4096";
    private static final int BATCH = 1_000;

    private BulkResponses() {
    }

    /** {@code n} submitted responses, alternately customer and provider, answers spread over 5 levels; every tenth with a comment. */
    static void store(EmbeddedFramework framework, String assessmentId, ValueModel model, int n) throws Exception {
        List<Map<String, String>> customer = new ArrayList<>();
        List<Map<String, String>> provider = new ArrayList<>();
        for (int level = 0; level < 5; level++) {
            customer.add(ScoringFixtures.answering(model, "c", "customer", level / 4.0).answers());
            provider.add(ScoringFixtures.answering(model, "p", "provider", level / 4.0).answers());
        }
        Object factory = framework.serviceObject("org.osgi.service.jdbc.DataSourceFactory",
                "(osgi.jdbc.driver.class=org.h2.Driver)");
        Driver driver = (Driver) factory.getClass().getMethod("createDriver", Properties.class).invoke(factory,
                (Object) null);
        String url = "jdbc:h2:file:" + framework.data().resolve("store").resolve("tandem").toAbsolutePath() + OPTIONS;
        try (Connection c = driver.connect(url, new Properties())) {
            c.setAutoCommit(false);
            try (PreparedStatement respondent = c.prepareStatement("INSERT INTO tandem_respondent "
                    + "(id, assessment_id, perspective, display_name, token, created_at) VALUES (?, ?, ?, ?, ?, ?)");
                    PreparedStatement response = c.prepareStatement("INSERT INTO tandem_response (respondent_id, "
                            + "assessment_id, status, revision, updated_at, submitted_at, answers_doc, comments_doc) "
                            + "VALUES (?, ?, 'SUBMITTED', 1, ?, ?, ?, ?)")) {
                long now = System.currentTimeMillis();
                for (int i = 0; i < n; i++) {
                    boolean isCustomer = i % 2 == 0;
                    String id = UUID.randomUUID().toString();
                    respondent.setString(1, id);
                    respondent.setString(2, assessmentId);
                    respondent.setString(3, isCustomer ? "customer" : "provider");
                    respondent.setString(4, "Respondent " + i);
                    respondent.setString(5, UUID.randomUUID().toString().replace("-", ""));
                    respondent.setLong(6, now);
                    respondent.addBatch();
                    response.setString(1, id);
                    response.setString(2, assessmentId);
                    response.setLong(3, now + i);
                    response.setLong(4, now + i);
                    response.setString(5, pack((isCustomer ? customer : provider).get((i * 7 / 3) % 5)));
                    response.setString(6, i % 10 != 0 ? "" : pack(Map.of("", "Comment of respondent " + i
                            + ", with \"quotes\", commas; and a line\nbreak")));
                    response.addBatch();
                    if ((i + 1) % BATCH == 0 || i == n - 1) {
                        execute(respondent, response);
                        c.commit();
                    }
                }
            }
        }
    }

    /** As the store packs a response's answers: {@code <length>:<key><length>:<value>} per entry. */
    private static String pack(Map<String, String> values) {
        StringBuilder packed = new StringBuilder();
        values.forEach((k, v) -> packed.append(k.length()).append(':').append(k).append(v.length()).append(':').append(v));
        return packed.toString();
    }

    private static void execute(PreparedStatement... statements) throws SQLException {
        for (PreparedStatement s : statements) {
            s.executeBatch();
        }
    }
}
