package org.tandem.core.internal.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.assessment.Response;
import org.tandem.api.model.ValueModel;
import org.tandem.api.scoring.Comparison;
import org.tandem.api.scoring.Insights;
import org.tandem.api.scoring.Provenance;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.ScoringException;
import org.tandem.api.scoring.ScoringService;
import org.tandem.api.scoring.StrategyInfo;
import org.tandem.api.spi.scoring.InsightScoring;
import org.tandem.api.spi.scoring.ScoringInput;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.api.store.AssessmentStore;
import org.tandem.core.internal.Choices;
import org.tandem.core.internal.PluginCalls;
import org.tandem.core.internal.VersionedServices;
import org.tandem.core.internal.assessment.ModelSnapshots;

/**
 * Scores assessments with the strategy chosen for their model, fills in provenance, refuses
 * invalid cards, and keeps published cards of closed assessments as they were.
 * <p>
 * A strategy is third-party code: each call runs on {@link PluginCalls}, a small pool of daemon
 * threads of that strategy's own (so one that hangs cannot take the threads of another), and is
 * interrupted after {@code callMillis}. Whatever it throws, returns (null, NaN, out of range) or
 * however long it takes, the failure is a {@link ScoringException} naming the strategy and its
 * bundle, for that assessment only.
 */
@Component(service = {ScoringService.class, ScoringServiceImpl.class}, configurationPid = ScoringServiceImpl.PID)
@Designate(ocd = ScoringServiceImpl.Config.class)
public class ScoringServiceImpl implements ScoringService {

    public static final String PID = "org.tandem.scoring";

    @ObjectClassDefinition(name = "Tandem scoring", description = "How scoring waits for strategies being swapped, and for each call of one.")
    public @interface Config {
        @AttributeDefinition(description = "How long a scoring waits for its strategy to come back while its bundle "
                + "is updated, rolled back or reinstalled, in milliseconds, before it fails naming the strategy")
        long waitMillis() default 10_000;

        @AttributeDefinition(description = "How long one call of a strategy may take, in milliseconds, before it is "
                + "interrupted and the scoring fails naming the strategy and its bundle")
        long callMillis() default 10_000;
    }

    private final AssessmentStore store;
    private final ModelSnapshots snapshots;
    private final ScoringStrategies strategies;
    private final Choices<StrategyChoice> choices = new Choices<>();
    private final Logger log;
    private final PluginCalls calls;
    private volatile long waitMillis;
    private volatile long callMillis;

    @Activate
    public ScoringServiceImpl(@Reference AssessmentStore store, @Reference ModelSnapshots snapshots,
            @Reference ScoringStrategies strategies, @Reference(service = LoggerFactory.class) Logger log,
            Config config) {
        this.store = store;
        this.log = log;
        this.snapshots = snapshots;
        this.strategies = strategies;
        this.calls = new PluginCalls("scoring", log);
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.waitMillis = VersionedServices.boundedWait(config.waitMillis());
        this.callMillis = PluginCalls.boundedCall(config.callMillis());
    }

    @Deactivate
    void deactivate() {
        choices.close(); // before the choices are unbound: calls still running keep them
        calls.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addChoice(StrategyChoice choice, Map<String, Object> properties) {
        choices.add(choice, properties);
    }

    void removeChoice(StrategyChoice choice, Map<String, Object> properties) {
        choices.remove(choice, properties);
    }

    /** The choices configured now, which a call made just after this service started waits for. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL)
    void configurations(ConfigurationAdmin configurations) {
        choices.expect(configurations, StrategyChoice.PID);
    }

    @Override
    public ScoreCard score(String assessmentId) {
        Assessment assessment = assessment(assessmentId);
        if (!assessment.isOpen()) {
            Optional<ScoreCard> published = published(assessmentId);
            if (published.isPresent()) {
                return published.get();
            }
        }
        ValueModel model = snapshots.of(assessment);
        return compute(input(assessment, model), assessment, model, strategyFor(model), true);
    }

    /**
     * {@link #score(String)} from what the caller has read already: the assessment, its respondents
     * and its responses (a report reads them once for everything it shows).
     */
    public ScoreCard score(Assessment assessment, List<Respondent> respondents, List<Response> responses) {
        if (!assessment.isOpen()) {
            Optional<ScoreCard> published = published(assessment.id());
            if (published.isPresent()) {
                return published.get();
            }
        }
        ValueModel model = snapshots.of(assessment);
        return compute(input(assessment, model, respondents, responses), assessment, model, strategyFor(model), true);
    }

    @Override
    public ScoreCard score(String assessmentId, String strategy) {
        Assessment assessment = assessment(assessmentId);
        return compute(assessment, snapshots.of(assessment), strategy);
    }

    @Override
    public Optional<ScoreCard> published(String assessmentId) {
        assessment(assessmentId);
        List<String> cards = store.scoreCards(assessmentId);
        return cards.isEmpty() ? Optional.empty() : Optional.of(ScoreCardJson.read(cards.get(cards.size() - 1)));
    }

    @Override
    public ScoreCard rescore(String assessmentId) {
        Assessment assessment = assessment(assessmentId);
        if (assessment.isOpen()) {
            throw new AssessmentException("assessment " + assessmentId + " is open: it is scored live; "
                    + "re-scoring is for closed assessments");
        }
        ValueModel model = snapshots.of(assessment);
        ScoreCard card = compute(assessment, model, strategyFor(model));
        store.publishScoreCard(assessmentId, ScoreCardJson.write(card));
        return card;
    }

    @Override
    public List<ScoreCard> history(String assessmentId) {
        assessment(assessmentId);
        return store.scoreCards(assessmentId).stream().map(ScoreCardJson::read).toList();
    }

    @Override
    public List<StrategyInfo> strategies() {
        return strategies.all();
    }

    @Override
    public long waitMillis() {
        return waitMillis;
    }

    @Override
    public String strategyFor(String modelId) {
        return choices.all(waitMillis).stream().filter(c -> c.model().equals(modelId)).map(StrategyChoice::strategy)
                .filter(s -> !s.isEmpty()).reduce((a, b) -> b).orElse(null);
    }

    @Override
    public Comparison compare(String modelId, String first, String second) {
        List<Comparison.Row> rows = new ArrayList<>();
        for (Assessment a : store.assessments()) {
            if (a.model().id().equals(modelId)) {
                rows.add(StrategyComparison.row(a, () -> compute(a, snapshots.of(a), first),
                        () -> compute(a, snapshots.of(a), second)));
            }
        }
        return new Comparison(modelId, key(first), key(second), rows);
    }

    /** The card an assessment is closed with: scored now with the strategy chosen for its model. */
    public Publication cardToPublish(Assessment assessment) {
        ValueModel model = snapshots.of(assessment);
        ScoringInput input = input(assessment, model);
        return new Publication(ScoreCardJson.write(compute(input, assessment, model, strategyFor(model))),
                input.responses().size());
    }

    /** A score card to close an assessment with, and how many submitted responses it covers. */
    public record Publication(String card, int responses) {
    }

    private String strategyFor(ValueModel model) {
        String chosen = strategyFor(model.id());
        return chosen != null ? chosen : model.scoring().strategy();
    }

    private ScoreCard compute(Assessment assessment, ValueModel model, String strategy) {
        return compute(input(assessment, model), assessment, model, strategy, false);
    }

    private ScoreCard compute(ScoringInput input, Assessment assessment, ValueModel model, String strategy) {
        return compute(input, assessment, model, strategy, false);
    }

    /**
     * Scores {@code input} with {@code strategy}. A live card ({@code live}: an open assessment's,
     * as pages, the API and reports ask for it) is kept per assessment and given again, with the
     * time it was computed, while the same strategy service gets an equal input: the same
     * submitted answers give the same card, and a report of it stays the same too.
     */
    private ScoreCard compute(ScoringInput input, Assessment assessment, ValueModel model, String strategy,
            boolean live) {
        String[] spec = strategy.split("@", 2);
        String version = spec.length > 1 ? spec[1] : null;
        for (int attempt = 0;; attempt++) {
            VersionedServices.Bound<ScoringStrategy, StrategyInfo> bound = await(spec[0], version);
            LiveCard kept = live ? liveCards.get(assessment.id()) : null;
            if (kept != null && kept.strategy() == bound.service() && kept.input().equals(input)) {
                return kept.card();
            }
            String who = "scoring strategy " + bound.info().key() + " (bundle " + bound.info().bundle() + " "
                    + bound.info().bundleVersion() + ")";
            ScoreCard card;
            try {
                card = calls.call(who, () -> bound.service().score(input), callMillis);
            } catch (ExecutionException e) {
                if (attempt == 0 && !bound.active()) {
                    continue; // its bundle went away during the call: score again with what replaced it
                }
                ScoringException failure = new ScoringException(who + " failed on assessment " + assessment.id() + ": "
                        + e.getCause(), e.getCause());
                log.error(failure.getMessage(), e.getCause());
                throw failure;
            } catch (TimeoutException e) {
                ScoringException failure = new ScoringException(who + " did not finish scoring assessment "
                        + assessment.id() + " within " + callMillis + " ms; it was interrupted");
                log.error(failure.getMessage());
                throw failure;
            } catch (RejectedExecutionException e) {
                ScoringException failure = new ScoringException(who + " is busy: " + PluginCalls.THREADS
                        + " calls of it are running and " + PluginCalls.QUEUED + " waiting; assessment "
                        + assessment.id() + " is not scored");
                log.error(failure.getMessage());
                throw failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ScoringException("interrupted while " + who + " scored assessment " + assessment.id());
            }
            List<String> problems = ScoreCardCheck.problems(card, model);
            if (!problems.isEmpty()) {
                log.error("Scoring strategy {} (bundle {}) returned an invalid score card: {}", bound.info().key(),
                        bound.info().bundle(), problems);
                throw new ScoringException("scoring strategy " + bound.info().key() + " (bundle " + bound.info().bundle()
                        + " " + bound.info().bundleVersion() + ") returned an invalid score card: "
                        + String.join("; ", problems));
            }
            StrategyInfo info = bound.info();
            // a strategy that leaves the insights out (one written before them, too) gets the shared ones
            Insights insights = card.insights().isEmpty() ? InsightScoring.insights(input, card.dimensions())
                    : card.insights();
            ScoreCard result = new ScoreCard(assessment.id(), card.overall(), card.perspectives(), card.dimensions(),
                    card.verdict(), card.level(), card.respondents(), new Provenance(model.id(), model.version(),
                            info.id(), info.version(), info.bundle(), info.bundleVersion(), Instant.now()), insights);
            if (live && input.responses().size() <= KEPT_RESPONSES) {
                liveCards.put(assessment.id(), new LiveCard(bound.service(), input, result));
            } else if (live) {
                liveCards.remove(assessment.id()); // too large to keep its input: scored every time
            }
            return result;
        }
    }

    /** A live card, the strategy service that computed it and its input. */
    private record LiveCard(ScoringStrategy strategy, ScoringInput input, ScoreCard card) {
    }

    /** The last live card of each of the most recently scored assessments. */
    private final Map<String, LiveCard> liveCards = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, LiveCard> eldest) {
                    return size() > LIVE_CARDS;
                }
            });

    /** How many assessments' live cards are kept (the inputs hold the answers). */
    static final int LIVE_CARDS = 64;

    /**
     * The most submitted responses of a kept live card: larger assessments are scored every time, so
     * the kept inputs stay under about 1.5 MB each (100 MB at most; a few MB for typical assessments).
     */
    static final int KEPT_RESPONSES = 500;

    private VersionedServices.Bound<ScoringStrategy, StrategyInfo> await(String id, String version) {
        try {
            return strategies.await(id, version, waitMillis).orElseThrow(() -> new ScoringException("scoring strategy "
                    + id + (version == null ? "" : " version " + version) + " is not installed (waited "
                    + waitMillis + " ms); installed: " + installed()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ScoringException("interrupted while waiting for scoring strategy " + id);
        }
    }

    private ScoringInput input(Assessment assessment, ValueModel model) {
        return input(assessment, model, store.respondents(assessment.id()), store.responses(assessment.id()));
    }

    private static ScoringInput input(Assessment assessment, ValueModel model, List<Respondent> invited,
            List<Response> responses) {
        Map<String, Respondent> respondents = new java.util.HashMap<>();
        invited.forEach(r -> respondents.put(r.id(), r));
        List<ScoringInput.Answers> answers = new ArrayList<>();
        for (Response r : responses) {
            Respondent who = respondents.get(r.respondentId());
            if (r.isSubmitted() && who != null) {
                answers.add(new ScoringInput.Answers(r.respondentId(), who.perspective(), r.answers()));
            }
        }
        return new ScoringInput(assessment.id(), model, answers);
    }

    private Assessment assessment(String id) {
        return store.assessment(id).orElseThrow(() -> new AssessmentException("no assessment " + id));
    }

    private String installed() {
        List<String> keys = strategies.all().stream().map(StrategyInfo::key).toList();
        return keys.isEmpty() ? "none" : String.join(", ", keys);
    }

    private String key(String strategy) {
        if (strategy.contains("@")) {
            return strategy;
        }
        return strategies.find(strategy, null).map(b -> b.info().key()).orElse(strategy);
    }
}
