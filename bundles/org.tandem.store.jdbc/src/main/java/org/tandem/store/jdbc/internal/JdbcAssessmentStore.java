package org.tandem.store.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
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
import org.tandem.api.relationship.Action;
import org.tandem.api.relationship.ActionDraft;
import org.tandem.api.relationship.RelationshipStore;
import org.tandem.api.relationship.SlaFigure;
import org.tandem.api.store.AssessmentStore;
import org.tandem.api.store.StoreException;
import org.tandem.api.user.Role;
import org.tandem.api.user.User;
import org.tandem.api.user.UserStore;

/**
 * {@link AssessmentStore}, {@link UserStore} and {@link RelationshipStore} on a JDBC database reached through the OSGi {@link DataSourceFactory}
 * service of the configured driver: H2 embedded by default, PostgreSQL by configuration. The schema
 * is brought up to date on activation; each call is one transaction on a pooled connection.
 */
@Component(service = {AssessmentStore.class, UserStore.class, RelationshipStore.class},
        configurationPid = StoreConfiguration.PID)
@Designate(ocd = StoreConfiguration.class)
public class JdbcAssessmentStore implements AssessmentStore, UserStore, RelationshipStore, AutoCloseable {

    static final String DEFAULT_DRIVER = "org.h2.Driver";
    static final String DEFAULT_TARGET = "(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=" + DEFAULT_DRIVER + ")";

    private final HikariDataSource pool;
    private final Transactions transactions;
    private final SubmittedResponses submitted = new SubmittedResponses();

    @Activate
    public JdbcAssessmentStore(
            @Reference(name = "DataSourceFactory", service = DataSourceFactory.class, target = DEFAULT_TARGET)
            Map.Entry<Map<String, Object>, DataSourceFactory> factory,
            StoreConfiguration config, BundleContext context) {
        this(ConnectionPool.driverDataSource(factory.getValue(), factory.getKey(), config,
                context.getProperty("tandem.data"), context.getProperty("tandem.home"), System.getenv()),
                config.poolSize());
    }

    /**
     * A store on {@code database} (a driver's DataSource, not a pool), pooled with at most
     * {@code poolSize} connections. The schema is migrated before this returns.
     */
    JdbcAssessmentStore(DataSource database, int poolSize) {
        this(database, poolSize, Migrations.LOCK_TIMEOUT);
    }

    /** As above, waiting at most {@code migrationLockTimeout} for another instance's migration. */
    JdbcAssessmentStore(DataSource database, int poolSize, Duration migrationLockTimeout) {
        this.pool = ConnectionPool.open(database, poolSize);
        try {
            this.transactions = Transactions.on(pool);
            new Migrations(database, transactions).apply(migrationLockTimeout);
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
        return transactions.read("read assessment " + id, c -> AssessmentTable.find(c, id));
    }

    @Override
    public List<Assessment> assessments() {
        return transactions.read("list the assessments", AssessmentTable::all);
    }

    @Override
    public String modelSnapshot(String assessmentId) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        return transactions.read("read the model of assessment " + assessmentId,
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
        return transactions.read("look up a respondent by invitation token", c -> RespondentTable.byToken(c, token));
    }

    @Override
    public Optional<Respondent> respondent(String respondentId) {
        Objects.requireNonNull(respondentId, "respondentId");
        return transactions.read("read respondent " + respondentId, c -> RespondentTable.byId(c, respondentId));
    }

    @Override
    public List<Respondent> respondents(String assessmentId) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        return transactions.read("list the respondents of assessment " + assessmentId, c -> {
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
        ResponseTable.Packed values = ResponseTable.Packed.of(respondentId, answersCopy, commentsCopy);
        boolean lockRow = !transactions.oneWriterAtATime();
        Response saved = transactions.run((submit ? "submit" : "save") + " the response of respondent " + respondentId,
                c -> ResponseTable.save(c, respondentId, values, submit, expectedRevision, lockRow));
        // not kept here: a submission storm would push out the responses reports read (see SubmittedResponses)
        return saved;
    }

    @Override
    public Optional<Response> response(String respondentId) {
        Objects.requireNonNull(respondentId, "respondentId");
        return transactions.read("read the response of respondent " + respondentId,
                c -> ResponseTable.find(c, respondentId, submitted));
    }

    @Override
    public List<Response> responses(String assessmentId) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        return transactions.read("list the responses of assessment " + assessmentId, c -> {
            AssessmentTable.require(c, assessmentId);
            return ResponseTable.ofAssessment(c, assessmentId, submitted);
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
    public Assessment close(String assessmentId, String publishedScoreCard, int scoredResponses) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        Objects.requireNonNull(publishedScoreCard, "publishedScoreCard");
        return transactions.run("close assessment " + assessmentId + " with its score card",
                c -> ScoreCardTable.close(c, assessmentId, publishedScoreCard, scoredResponses));
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
        return transactions.read("read the score cards of assessment " + assessmentId,
                c -> ScoreCardTable.all(c, assessmentId));
    }

    @Override
    public Map<String, String> currentScoreCards(String modelId) {
        Objects.requireNonNull(modelId, "modelId");
        return transactions.read("read the current score cards of model " + modelId,
                c -> ScoreCardTable.current(c, modelId));
    }

    @Override
    public User createUser(String name, Role role, String passwordHash, boolean mustChangePassword) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        return transactions.run("create user " + name,
                c -> UserTable.insert(c, name.strip(), role, passwordHash, mustChangePassword));
    }

    @Override
    public Optional<User> user(String id) {
        return transactions.read("read user " + id, c -> UserTable.byId(c, id));
    }

    @Override
    public Optional<User> userByName(String name) {
        return transactions.read("look up user " + name, c -> UserTable.byName(c, name));
    }

    @Override
    public List<User> users() {
        return transactions.read("list the users", UserTable::all);
    }

    @Override
    public Optional<String> passwordHash(String userId) {
        return transactions.read("read the password of user " + userId, c -> UserTable.passwordHash(c, userId));
    }

    @Override
    public void setPassword(String userId, String passwordHash, boolean mustChangePassword) {
        transactions.run("set the password of user " + userId,
                c -> UserTable.setPassword(c, userId, passwordHash, mustChangePassword));
    }

    @Override
    public void deleteUser(String userId) {
        transactions.run("delete user " + userId, c -> UserTable.delete(c, userId));
    }

    @Override
    public void addToken(String userId, String tokenHash, String label) {
        transactions.run("add an API token of user " + userId, c -> UserTable.addToken(c, userId, tokenHash, label));
    }

    @Override
    public Optional<User> userByToken(String tokenHash) {
        return transactions.read("look up an API token", c -> UserTable.byToken(c, tokenHash));
    }

    @Override
    public byte[] secret(String name, int length) {
        try {
            return transactions.run("create secret " + name, c -> UserTable.createSecret(c, name, length));
        } catch (StoreException e) {
            // another instance created it at the same moment: read theirs
            return transactions.read("read secret " + name, c -> UserTable.secret(c, name))
                    .orElseThrow(() -> e);
        }
    }

    /**
     * Recorded in one transaction and read in the next: an attempt counted at the same moment on
     * another instance is then seen by both (each may refuse), never by neither.
     */
    @Override
    public Map<String, List<Instant>> countSignInAttempt(String attemptId, Collection<String> keys, Instant at,
            Instant since) {
        Objects.requireNonNull(attemptId, "attemptId");
        List<String> copy = List.copyOf(keys);
        transactions.run("count a sign-in attempt", c -> UserTable.countAttempt(c, attemptId, copy, at, since));
        return transactions.read("read the sign-in attempts", c -> UserTable.attempts(c, copy, since));
    }

    @Override
    public void uncountSignInAttempt(String attemptId) {
        transactions.run("take back a sign-in attempt", c -> UserTable.deleteAttempts(c, "attempt_id", attemptId));
    }

    @Override
    public void forgetSignInAttempts(String key) {
        transactions.run("forget sign-in attempts", c -> UserTable.deleteAttempts(c, "attempt_key", key));
    }

    @Override
    public List<SlaFigure> slaFigures(String assessmentId) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        return transactions.read("read the SLA figures of assessment " + assessmentId,
                c -> SlaTable.of(c, assessmentId));
    }

    @Override
    public void saveSlaFigures(String assessmentId, List<SlaFigure> figures) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        List<SlaFigure> copy = List.copyOf(figures);
        SlaTable.check(copy);
        transactions.run("save the SLA figures of assessment " + assessmentId,
                c -> SlaTable.replace(c, assessmentId, copy));
    }

    @Override
    public List<Action> actions(String assessmentId) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        return transactions.read("read the actions of assessment " + assessmentId, c -> ActionTable.of(c, assessmentId));
    }

    @Override
    public Optional<Action> action(String actionId) {
        Objects.requireNonNull(actionId, "actionId");
        return transactions.read("read action " + actionId, c -> ActionTable.find(c, actionId, false));
    }

    @Override
    public Action addAction(String assessmentId, ActionDraft draft) {
        Objects.requireNonNull(assessmentId, "assessmentId");
        ActionTable.check(draft);
        return transactions.run("add an action to assessment " + assessmentId,
                c -> ActionTable.insert(c, assessmentId, draft));
    }

    @Override
    public Action updateAction(String actionId, ActionDraft draft) {
        Objects.requireNonNull(actionId, "actionId");
        ActionTable.check(draft);
        return transactions.run("change action " + actionId, c -> ActionTable.update(c, actionId, draft));
    }
}
