package org.tandem.store.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.assessment.Response;
import org.tandem.api.store.AssessmentStore;

/**
 * {@link AssessmentStore} on a JDBC database reached through the OSGi {@link DataSourceFactory}
 * service of the configured driver: H2 embedded by default, PostgreSQL by configuration. The schema
 * is brought up to date on activation; each call is one transaction on a pooled connection.
 */
@Component(service = AssessmentStore.class, configurationPid = StoreConfiguration.PID)
@Designate(ocd = StoreConfiguration.class)
public class JdbcAssessmentStore implements AssessmentStore, AutoCloseable {

    static final String DEFAULT_DRIVER = "org.h2.Driver";
    static final String DEFAULT_TARGET = "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=" + DEFAULT_DRIVER + ")";

    private final HikariDataSource pool;
    private final Transactions transactions;

    @Activate
    public JdbcAssessmentStore(
            @Reference(name = "DataSourceFactory", service = DataSourceFactory.class, target = DEFAULT_TARGET)
            Map.Entry<Map<String, Object>, DataSourceFactory> factory,
            StoreConfiguration config, BundleContext context) {
        this(ConnectionPool.driverDataSource(factory.getValue(), factory.getKey(), config,
                context.getProperty("tandem.data")), config.poolSize());
    }

    /**
     * A store on {@code database} (a driver's DataSource, not a pool), pooled with at most
     * {@code poolSize} connections. The schema is migrated before this returns.
     */
    JdbcAssessmentStore(DataSource database, int poolSize) {
        this.pool = ConnectionPool.open(database, poolSize);
        this.transactions = new Transactions(pool);
        try {
            new Migrations(transactions).apply();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Closes the pool; calls that are running finish first, later calls fail. */
    @Deactivate
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public Assessment createAssessment(Relationship relationship, ModelRef model, String modelSnapshot,
            Instant deadline) {
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(relationship.name(), "relationship.name");
        Objects.requireNonNull(relationship.customer(), "relationship.customer");
        Objects.requireNonNull(relationship.provider(), "relationship.provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(modelSnapshot, "modelSnapshot");
        return transactions.run("create the assessment \"" + relationship.name() + "\"",
                c -> AssessmentTable.insert(c, relationship, model, modelSnapshot, deadline));
    }

    @Override
    public Optional<Assessment> assessment(String id) {
        Objects.requireNonNull(id, "id");
        return transactions.run("read assessment " + id, c -> AssessmentTable.find(c, id));
    }

    @Override
    public List<Assessment> assessments() {
        return transactions.run("list the assessments", AssessmentTable::all);
    }

    @Override
    public String modelSnapshot(String assessmentId) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        return transactions.run("read the model of assessment " + assessmentId,
                c -> AssessmentTable.snapshot(c, assessmentId));
    }

    @Override
    public Respondent addRespondent(String assessmentId, String perspective, String displayName) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(perspective, "perspective");
        Objects.requireNonNull(displayName, "displayName");
        return transactions.run("invite a respondent to assessment " + assessmentId,
                c -> RespondentTable.insert(c, assessmentId, perspective, displayName));
    }

    @Override
    public Optional<Respondent> respondentByToken(String token) {
        Objects.requireNonNull(token, "token");
        // the token is a secret: it stays out of messages
        return transactions.run("look up a respondent by invitation token", c -> RespondentTable.byToken(c, token));
    }

    @Override
    public Optional<Respondent> respondent(String respondentId) {
        Objects.requireNonNull(respondentId, "respondentId");
        return transactions.run("read respondent " + respondentId, c -> RespondentTable.byId(c, respondentId));
    }

    @Override
    public List<Respondent> respondents(String assessmentId) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        return transactions.run("list the respondents of assessment " + assessmentId, c -> {
            AssessmentTable.require(c, assessmentId);
            return RespondentTable.ofAssessment(c, assessmentId);
        });
    }

    @Override
    public Response saveResponse(String respondentId, Map<String, String> answers, Map<String, String> comments,
            boolean submit, long expectedRevision) {
        Objects.requireNonNull(respondentId, "respondentId");
        Map<String, String> answersCopy = Map.copyOf(Objects.requireNonNull(answers, "answers"));
        Map<String, String> commentsCopy = Map.copyOf(Objects.requireNonNull(comments, "comments"));
        if (expectedRevision < -1) {
            throw new IllegalArgumentException("expectedRevision must be -1, 0 or a revision, not " + expectedRevision);
        }
        return transactions.run((submit ? "submit" : "save") + " the response of respondent " + respondentId,
                c -> ResponseTable.save(c, respondentId, answersCopy, commentsCopy, submit, expectedRevision));
    }

    @Override
    public Optional<Response> response(String respondentId) {
        Objects.requireNonNull(respondentId, "respondentId");
        return transactions.run("read the response of respondent " + respondentId,
                c -> ResponseTable.find(c, respondentId));
    }

    @Override
    public List<Response> responses(String assessmentId) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        return transactions.run("list the responses of assessment " + assessmentId, c -> {
            AssessmentTable.require(c, assessmentId);
            return ResponseTable.ofAssessment(c, assessmentId);
        });
    }

    @Override
    public Assessment close(String assessmentId) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        return transactions.run("close assessment " + assessmentId, c -> AssessmentTable.close(c, assessmentId));
    }

    @Override
    public Assessment close(String assessmentId, String publishedScoreCard) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(publishedScoreCard, "publishedScoreCard");
        return transactions.run("close assessment " + assessmentId + " with its score card",
                c -> ScoreCardTable.close(c, assessmentId, publishedScoreCard));
    }

    @Override
    public void publishScoreCard(String assessmentId, String scoreCard) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(scoreCard, "scoreCard");
        transactions.run("publish a score card of assessment " + assessmentId,
                c -> ScoreCardTable.publish(c, assessmentId, scoreCard));
    }

    @Override
    public List<String> scoreCards(String assessmentId) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        return transactions.run("read the score cards of assessment " + assessmentId,
                c -> ScoreCardTable.all(c, assessmentId));
    }
}
