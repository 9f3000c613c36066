package org.tandem.core.internal.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
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
import org.tandem.api.history.HistoryService;
import org.tandem.api.history.RelationshipHistory;
import org.tandem.api.history.Standing;
import org.tandem.api.model.ValueModel;
import org.tandem.api.relationship.Action;
import org.tandem.api.relationship.RelationshipStore;
import org.tandem.api.relationship.Relationships;
import org.tandem.api.relationship.SlaFigure;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.report.ReportException;
import org.tandem.api.report.ReportService;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.ScoringException;
import org.tandem.api.scoring.ScoringService;
import org.tandem.api.spi.report.AnsweredResponse;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.api.spi.report.ReportRendererProperties;
import org.tandem.api.store.AssessmentStore;
import org.tandem.core.internal.Choices;
import org.tandem.core.internal.PluginCalls;
import org.tandem.core.internal.VersionedServices;
import org.tandem.core.internal.assessment.ModelSnapshots;
import org.tandem.core.internal.history.HistoryServiceImpl;
import org.tandem.core.internal.scoring.ScoringServiceImpl;

/**
 * Renders reports with the renderer chosen for the model and format: the configured one, else the
 * highest version of the stock one. The report is written to a {@link ReportBuffer} first (memory,
 * then a temporary file for a large one), so a renderer that fails half-way leaves the caller's
 * stream untouched; a renderer whose bundle goes away during the call
 * is tried once more with what replaced it.
 * <p>
 * A renderer is third-party code: each call runs on {@link PluginCalls}, a small pool of daemon
 * threads of that renderer's own (so one that hangs cannot take the threads of another), and is
 * interrupted after {@code callMillis}; then, as when it throws, writes nothing or writes more than
 * {@code maxBytes}, the report fails with a {@link ReportException} naming the
 * renderer and its bundle, and nothing is written.
 */
@Component(service = {ReportService.class, ReportServiceImpl.class}, configurationPid = ReportServiceImpl.PID)
@Designate(ocd = ReportServiceImpl.Config.class)
public class ReportServiceImpl implements ReportService {

    public static final String PID = "org.tandem.report";

    @ObjectClassDefinition(name = "Tandem reports", description = "How rendering waits for renderers being swapped, and for each call of one.")
    public @interface Config {
        @AttributeDefinition(description = "How long a report waits for its renderer to come back while its bundle "
                + "is updated, rolled back or reinstalled, in milliseconds, before it fails naming the format")
        long waitMillis() default 10_000;

        @AttributeDefinition(description = "How long one call of a renderer may take, in milliseconds, before it is "
                + "interrupted and the report fails naming the renderer and its bundle")
        long callMillis() default 10_000;

        @AttributeDefinition(description = "The largest report, in bytes; a renderer that writes more fails. A report "
                + "is kept in memory up to 8 MiB and in a temporary file beyond, until it is complete")
        long maxBytes() default ReportBuffer.MAX;
    }

    private final AssessmentStore store;
    private final ModelSnapshots snapshots;
    private final ScoringService scoring;
    private final ReportRenderers renderers;
    private final Logger log;
    private final Choices<RendererChoice> choices = new Choices<>();
    private final PluginCalls calls;
    /** Reports of repeatable renderers, given again while their input stays equal. */
    private final KeptReports kept = new KeptReports();
    /** SLA figures and actions; optional, so a store without them still gives reports (without those sections). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RelationshipStore relationships;
    private volatile long waitMillis;
    private volatile long callMillis;
    private volatile long maxBytes;

    /** Trends and standing for the report; optional, so a report never waits for or fails on them. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile HistoryService history;

    @Activate
    public ReportServiceImpl(@Reference AssessmentStore store, @Reference ModelSnapshots snapshots,
            @Reference ScoringService scoring, @Reference ReportRenderers renderers,
            @Reference(service = LoggerFactory.class) Logger log, Config config) {
        this.store = store;
        this.snapshots = snapshots;
        this.scoring = scoring;
        this.renderers = renderers;
        this.log = log;
        this.calls = new PluginCalls("report", log);
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.waitMillis = VersionedServices.boundedWait(config.waitMillis());
        this.callMillis = PluginCalls.boundedCall(config.callMillis());
        this.maxBytes = config.maxBytes() > 0 ? config.maxBytes() : ReportBuffer.MAX;
    }

    @Deactivate
    void deactivate() {
        choices.close(); // before the choices are unbound: calls still running keep them
        calls.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addChoice(RendererChoice choice, Map<String, Object> properties) {
        choices.add(choice, properties);
    }

    void removeChoice(RendererChoice choice, Map<String, Object> properties) {
        choices.remove(choice, properties);
    }

    /** The choices configured now, which a call made just after this service started waits for. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL)
    void configurations(ConfigurationAdmin configurations) {
        choices.expect(configurations, RendererChoice.PID);
    }

    @Override
    public List<RendererInfo> renderers() {
        return renderers.all();
    }

    @Override
    public RendererInfo rendererFor(String modelId, String format) {
        return await(modelId, format).info();
    }

    @Override
    public RendererInfo render(String assessmentId, String format, String language, OutputStream out) {
        Assessment assessment = store.assessment(assessmentId)
                .orElseThrow(() -> new AssessmentException("no assessment " + assessmentId));
        ValueModel model = snapshots.of(assessment);
        // read once for the card, the numbered responses, the history and the standing
        List<Respondent> respondents = store.respondents(assessmentId);
        List<Response> all = store.responses(assessmentId);
        List<Assessment> assessments = store.assessments();
        ScoreCard card;
        try {
            card = scoring instanceof ScoringServiceImpl impl ? impl.score(assessment, respondents, all)
                    : scoring.score(assessmentId);
        } catch (ScoringException e) {
            throw new ReportException("cannot report on assessment " + assessmentId + ": " + e.getMessage(), e);
        }
        List<AnsweredResponse> responses = responses(respondents, all);
        RelationshipStore extras = relationships;
        List<SlaFigure> sla = extras == null ? List.of() : extras.slaFigures(assessmentId);
        List<Action> actions = extras == null ? List.of() : extras.actions(assessmentId);
        List<Action> previous = extras == null ? List.of() : Relationships.previous(assessments, assessment)
                .map(p -> extras.actions(p.id())).orElse(List.of());
        RelationshipHistory trend = trend(assessment, assessments, card);
        Standing standing = standing(assessment, assessments, card);
        String lang = language == null || language.isBlank() ? model.defaultLocale() : language;
        for (int attempt = 0;; attempt++) {
            VersionedServices.Bound<ReportRenderer, RendererInfo> bound = await(model.id(), format);
            ReportInput input = new ReportInput(assessment, model, card, responses, bound.info(), sla, actions,
                    previous, trend, standing);
            boolean repeatable = repeatable(bound);
            byte[] again = repeatable ? kept.get(format, lang, bound.service(), input) : null;
            if (again != null) {
                try {
                    out.write(again);
                } catch (IOException e) {
                    throw new ReportException("could not write the " + format + " report of assessment " + assessmentId
                            + ": " + e.getMessage(), e);
                }
                return bound.info();
            }
            ReportBuffer buffer = new ReportBuffer(maxBytes);
            String who = "report renderer " + bound.info().describe();
            String what = " assessment " + assessmentId + " (" + format + ", " + lang + ")";
            try {
                try {
                    calls.call(who, () -> {
                        bound.service().render(input, lang, buffer);
                        return null;
                    }, callMillis);
                } catch (ExecutionException e) {
                    if (attempt == 0 && !bound.active()) {
                        continue; // its bundle went away during the call: render again with what replaced it
                    }
                    ReportException failure = new ReportException(who + " failed on" + what + ": " + e.getCause(),
                            e.getCause());
                    log.error(failure.getMessage(), e.getCause());
                    throw failure;
                } catch (TimeoutException e) {
                    buffer.abandon();
                    throw logged(new ReportException(who + " did not finish rendering" + what + " within " + callMillis
                            + " ms; it was interrupted and nothing was written"));
                } catch (RejectedExecutionException e) {
                    throw logged(new ReportException(who + " is busy: " + PluginCalls.THREADS + " calls of it are running "
                            + "and " + PluginCalls.QUEUED + " waiting; nothing was written for" + what));
                } catch (InterruptedException e) {
                    buffer.abandon();
                    Thread.currentThread().interrupt();
                    throw new ReportException("interrupted while " + who + " rendered" + what);
                }
                if (buffer.size() == 0) {
                    throw new ReportException("report renderer " + bound.info().describe() + " wrote nothing for assessment "
                            + assessmentId + " (" + format + ", " + lang + ")");
                }
                try {
                    byte[] report = repeatable && buffer.size() <= KeptReports.MAX_REPORT ? buffer.inMemory() : null;
                    if (report != null) {
                        kept.put(format, lang, bound.service(), input, report);
                        out.write(report);
                    } else {
                        buffer.writeTo(out);
                    }
                } catch (IOException e) {
                    throw new ReportException("could not write the " + format + " report of assessment " + assessmentId
                            + ": " + e.getMessage(), e);
                }
                return bound.info();
            } finally {
                buffer.discard();
            }
        }
    }

    /** True when the renderer says it writes the same bytes for an equal input ({@code tandem.report.repeatable}). */
    private static boolean repeatable(VersionedServices.Bound<ReportRenderer, RendererInfo> bound) {
        Object value = bound.reference().getProperty(ReportRendererProperties.PREFIX_ + "repeatable");
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    private RelationshipHistory trend(Assessment assessment, List<Assessment> assessments, ScoreCard card) {
        HistoryService service = history;
        String assessmentId = assessment.id();
        try {
            return service == null ? null : service instanceof HistoryServiceImpl impl
                    ? impl.history(assessment, assessments, card) : service.history(assessmentId);
        } catch (RuntimeException e) {
            // an earlier card that cannot be read costs the report its history section, not the report
            log.warn("the history of assessment {} is left out of its report: {}", assessmentId, e.toString());
            return null;
        }
    }

    private Standing standing(Assessment assessment, List<Assessment> assessments, ScoreCard card) {
        HistoryService service = history;
        String assessmentId = assessment.id();
        try {
            return service == null ? null : (service instanceof HistoryServiceImpl impl
                    ? impl.standing(assessment, assessments, card) : service.standing(assessmentId)).orElse(null);
        } catch (RuntimeException e) {
            log.warn("the portfolio standing of assessment {} is left out of its report: {}", assessmentId, e.toString());
            return null;
        }
    }

    private ReportException logged(ReportException failure) {
        log.error(failure.getMessage());
        return failure;
    }

    /** The renderer configured for the model and format, else the default of the format. */
    private Supplier<Optional<VersionedServices.Bound<ReportRenderer, RendererInfo>>> lookup(String modelId,
            String format) {
        String chosen = choice(modelId, format).map(RendererChoice::renderer).orElse(null);
        if (chosen == null) {
            return () -> renderers.standard(format);
        }
        String[] spec = chosen.split("@", 2);
        return () -> renderers.find(spec[0], spec.length > 1 ? spec[1] : null)
                .filter(b -> b.info().format().equals(format));
    }

    /** The configured choice for a model and format: one in data/etc/ before one in etc/, then the last by file name. */
    private Optional<RendererChoice> choice(String modelId, String format) {
        return choices.all(waitMillis).stream().filter(c -> c.model().equals(modelId) && c.format().equals(format))
                .filter(c -> !c.renderer().isEmpty())
                .max(Comparator.comparing(RendererChoice::fromData).thenComparing(RendererChoice::file));
    }

    private VersionedServices.Bound<ReportRenderer, RendererInfo> await(String modelId, String format) {
        try {
            return renderers.await(lookup(modelId, format), waitMillis)
                    .orElseThrow(() -> missing(modelId, format, waitMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ReportException("interrupted while waiting for a " + format + " renderer");
        }
    }

    private ReportException missing(String modelId, String format, long waited) {
        String chosen = choice(modelId, format).map(RendererChoice::renderer).orElse(null);
        List<String> installed = renderers.all().stream().map(r -> r.format() + ": " + r.key()).toList();
        return new ReportException((chosen == null ? "no " + format + " report renderer is installed"
                : "report renderer " + chosen + " chosen for " + format + " reports of model " + modelId
                        + " is not installed or does not write " + format)
                + (waited > 0 ? " (waited " + waited + " ms)" : "") + "; installed: "
                + (installed.isEmpty() ? "none" : String.join(", ", installed)));
    }

    /** Submitted responses in the order they were submitted, numbered from 1, with their side. */
    private static List<AnsweredResponse> responses(List<Respondent> respondents, List<Response> all) {
        Map<String, String> sides = new HashMap<>();
        for (Respondent r : respondents) {
            sides.put(r.id(), r.perspective());
        }
        List<Response> submitted = new ArrayList<>(all.stream()
                .filter(r -> r.isSubmitted() && sides.containsKey(r.respondentId())).toList());
        submitted.sort(Comparator.comparing(Response::submitted, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Response::respondentId));
        List<AnsweredResponse> numbered = new ArrayList<>();
        for (Response r : submitted) {
            numbered.add(new AnsweredResponse(numbered.size() + 1, sides.get(r.respondentId()), r.answers(),
                    r.comments()));
        }
        return numbered;
    }
}
