package org.tandem.core.internal.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.assessment.PerspectiveProgress;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.assessment.Response;
import org.tandem.api.model.ModelRegistry.InstalledModel;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.AnswerProblem;
import org.tandem.api.questionnaire.InvalidAnswersException;
import org.tandem.api.questionnaire.Questionnaire;
import org.tandem.api.store.AssessmentStore;
import org.tandem.api.store.ConflictException;
import org.tandem.api.store.StaleScoreCardException;
import org.tandem.core.internal.registry.ModelRegistryImpl;
import org.tandem.core.internal.scoring.ScoringServiceImpl;

/** Assessments on installed models, answers checked by the questionnaire, all kept in the store. */
@Component(service = AssessmentService.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public class AssessmentServiceImpl implements AssessmentService {

    private final AssessmentStore store;
    private final ModelRegistryImpl registry;
    private final Questionnaire questionnaire;
    private final ModelSnapshots snapshots;
    private final ScoringServiceImpl scoring;

    @Activate
    public AssessmentServiceImpl(@Reference AssessmentStore store, @Reference ModelRegistryImpl registry,
            @Reference Questionnaire questionnaire, @Reference ModelSnapshots snapshots,
            @Reference ScoringServiceImpl scoring) {
        this.store = store;
        this.registry = registry;
        this.questionnaire = questionnaire;
        this.snapshots = snapshots;
        this.scoring = scoring;
    }

    @Override
    public Assessment create(Relationship relationship, String modelId, String modelVersion, Instant deadline) {
        require(relationship.customer(), "the customer's name");
        require(relationship.provider(), "the provider's name");
        InstalledModel installed = (modelVersion == null ? registry.latest(modelId)
                : registry.model(modelId, modelVersion)).orElseThrow(() -> new AssessmentException("no model "
                        + modelId + (modelVersion == null ? "" : " version " + modelVersion) + " is installed"
                        + installedModels()));
        ValueModel model = installed.model();
        String json = registry.document(model.id(), model.version()).orElseThrow();
        Relationship named = relationship.name() == null || relationship.name().isBlank()
                ? new Relationship(relationship.customer() + " / " + relationship.provider(), relationship.customer(),
                        relationship.provider())
                : relationship;
        Assessment assessment = store.createAssessment(named, new ModelRef(model.id(), model.version()), json, deadline);
        snapshots.remember(assessment.id(), model);
        return assessment;
    }

    @Override
    public Assessment assessment(String assessmentId) {
        return store.assessment(assessmentId)
                .orElseThrow(() -> new AssessmentException("no assessment " + assessmentId));
    }

    @Override
    public List<Assessment> assessments() {
        return store.assessments();
    }

    @Override
    public ValueModel model(String assessmentId) {
        return snapshots.of(assessmentId, this::assessment);
    }

    @Override
    public Respondent invite(String assessmentId, String perspective, String displayName) {
        ValueModel model = model(assessmentId);
        if (model.perspective(perspective).isEmpty()) {
            throw new AssessmentException("model " + model.key() + " has no perspective '" + perspective
                    + "' (perspectives: " + String.join(", ", model.perspectives().stream().map(Perspective::id).toList())
                    + ")");
        }
        require(displayName, "the respondent's name");
        return store.addRespondent(assessmentId, perspective, displayName.strip());
    }

    @Override
    public List<Respondent> respondents(String assessmentId) {
        assessment(assessmentId);
        return store.respondents(assessmentId);
    }

    @Override
    public Optional<Invitation> invitation(String token) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        return store.respondentByToken(token).map(r -> new Invitation(r, store.response(r.id()).orElse(null)));
    }

    @Override
    public Response answer(String token, Map<String, String> answers, Map<String, String> comments, boolean submit,
            long expectedRevision) {
        Respondent respondent = store.respondentByToken(token)
                .orElseThrow(() -> new AssessmentException("no invitation matches this token"));
        ValueModel model = model(respondent.assessmentId());
        List<AnswerProblem> problems = new ArrayList<>(questionnaire.validate(model, respondent.perspective(),
                model.defaultLocale(), answers, submit));
        for (String key : comments.keySet()) {
            if (!key.isEmpty() && model.dimension(key).isEmpty()) {
                problems.add(new AnswerProblem(key, "a comment must be on a dimension of the model or \"\" (general)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        return store.saveResponse(respondent.id(), answers, comments, submit, expectedRevision);
    }

    @Override
    public List<PerspectiveProgress> progress(String assessmentId) {
        ValueModel model = model(assessmentId);
        List<Respondent> respondents = store.respondents(assessmentId);
        Map<String, Response> responses = new ConcurrentHashMap<>();
        store.responses(assessmentId).forEach(r -> responses.put(r.respondentId(), r));
        List<PerspectiveProgress> progress = new ArrayList<>();
        for (Perspective p : model.perspectives()) {
            List<Respondent> invited = respondents.stream().filter(r -> r.perspective().equals(p.id())).toList();
            int submitted = (int) invited.stream().map(r -> responses.get(r.id()))
                    .filter(r -> r != null && r.isSubmitted()).count();
            int started = (int) invited.stream().map(r -> responses.get(r.id()))
                    .filter(r -> r != null && !r.isSubmitted()).count();
            progress.add(new PerspectiveProgress(p.id(), invited.size(), started, submitted,
                    model.scoring().minimumRespondents(), p.optional()));
        }
        return progress;
    }

    @Override
    public Assessment close(String assessmentId) {
        Assessment assessment = assessment(assessmentId);
        if (!assessment.isOpen()) {
            throw new AssessmentException("assessment " + assessmentId + " is already closed (since "
                    + assessment.closed() + ")");
        }
        // the card it is closed with is published with it, in one transaction, and covers every response
        // submitted by then: one submitted meanwhile (here or on another instance) makes the card stale
        for (int attempt = 1;; attempt++) {
            ScoringServiceImpl.Publication publication = scoring.cardToPublish(assessment);
            try {
                return store.close(assessmentId, publication.card(), publication.responses());
            } catch (StaleScoreCardException e) {
                if (attempt == CLOSE_ATTEMPTS) {
                    throw new ConflictException("assessment " + assessmentId + " was not closed: responses kept "
                            + "arriving while it was scored (" + CLOSE_ATTEMPTS + " times); try again");
                }
            }
        }
    }

    /** How often closing scores again when responses arrive meanwhile. */
    static final int CLOSE_ATTEMPTS = 5;

    private String installedModels() {
        List<String> keys = registry.models().stream().map(m -> m.model().key()).toList();
        return keys.isEmpty() ? " (no model is installed)" : " (installed: " + String.join(", ", keys) + ")";
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new AssessmentException(what + " is required");
        }
    }
}
