package org.tandem.core.internal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.core.internal.registry.TestDocuments.minimal;
import static org.tandem.core.internal.registry.TestDocuments.replace;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.assessment.AssessmentStatus;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.assessment.PerspectiveProgress;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.assessment.Response;
import org.tandem.api.assessment.ResponseStatus;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.AnswerProblem;
import org.tandem.api.questionnaire.InvalidAnswersException;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.store.AssessmentStore;
import org.tandem.api.store.ConflictException;
import org.tandem.core.internal.model.ModelReaderImpl;
import org.tandem.core.internal.registry.ModelRegistryImpl;
import org.tandem.core.internal.registry.ModelRegistryImpl.Document;
import org.tandem.core.internal.registry.RecordingLogger;
import org.tandem.core.internal.registry.TestFramework;
import org.tandem.core.internal.scoring.ScoringServiceImpl;
import org.tandem.questionnaire.internal.QuestionnaireImpl;
import org.tandem.store.jdbc.internal.JdbcAssessmentStore;

/**
 * Assessments end to end on real parts: the reader, the registry with the minimal model at 1.0.0 and
 * 1.1.0 (which asks for two respondents per perspective), the questionnaire, and the JDBC store on an
 * H2 file under a temporary data directory.
 */
class AssessmentServiceImplTest {

    private static final String FILE_1_0 = "/deploy/minimal-1.0.0.model.json";
    private static final String FILE_1_1 = "/deploy/minimal-1.1.0.model.json";
    private static final Relationship ACME_ATEA = new Relationship("Acme / Atea 2026", "Acme", "Atea");
    /** Every required question a customer sees, answered. */
    private static final Map<String, String> CUSTOMER_ANSWERS =
            Map.of("coop-interests", "4", "coop-plan", "no", "transp-sharing", "sometimes");

    @TempDir
    Path dir;

    private final ModelReaderImpl reader = new ModelReaderImpl();
    private TestFramework framework;
    private JdbcAssessmentStore store;
    private ModelRegistryImpl registry;
    private AssessmentServiceImpl service;
    private ScoringServiceImpl scoring;

    @BeforeEach
    void open() throws Exception {
        framework = new TestFramework(dir.resolve("framework"), Map.of("tandem.data", dir.resolve("data").toString()));
        store = H2Store.open(framework.context());
        registry = new ModelRegistryImpl(reader, new RecordingLogger());
        registry.install(FILE_1_0, null, List.of(new Document("", minimal("1.0.0"))));
        registry.install(FILE_1_1, null, List.of(new Document("", replace(minimal("1.1.0"), "\"bands\": [",
                "\"scoring\": { \"strategy\": \"weighted\", \"minimumRespondents\": 2 },\n  \"bands\": ["))));
        assertEquals(List.of(), registry.refused());
        service = service(registry);
    }

    /** The service on the current store, as Declarative Services wires it. */
    private AssessmentServiceImpl service(ModelRegistryImpl models) {
        ModelSnapshots snapshots = new ModelSnapshots(store, reader);
        scoring = TestScoring.service(store, snapshots, framework.context());
        return new AssessmentServiceImpl(store, models, new QuestionnaireImpl(), snapshots, scoring);
    }

    @AfterEach
    void close() throws Exception {
        store.close();
        framework.close();
    }

    /** A new service on a new store over the same database, with a registry that has no model at all. */
    private AssessmentServiceImpl restart() {
        store.close();
        store = H2Store.open(framework.context());
        return service(new ModelRegistryImpl(reader, new RecordingLogger()));
    }

    private Assessment create(String version) {
        return service.create(ACME_ATEA, "minimal", version, null);
    }

    /** Runs {@code call}, expects an AssessmentException, and checks that its message has every part. */
    private static void assertRefused(Executable call, String... expectedParts) {
        AssessmentException e = assertThrows(AssessmentException.class, call);
        for (String part : expectedParts) {
            assertTrue(e.getMessage().contains(part), () -> "'" + part + "' is missing from: " + e.getMessage());
        }
    }

    private static List<String> questions(InvalidAnswersException e) {
        return e.problems().stream().map(AnswerProblem::question).toList();
    }

    @Test
    void createPinsTheLatestVersionUnlessOneIsGiven() {
        Instant deadline = Instant.parse("2026-12-24T15:00:00Z");

        Assessment latest = service.create(ACME_ATEA, "minimal", null, null);
        Assessment pinned = service.create(ACME_ATEA, "minimal", "1.0.0", deadline);

        assertEquals(new ModelRef("minimal", "1.1.0"), latest.model());
        assertEquals(new ModelRef("minimal", "1.0.0"), pinned.model());
        assertEquals(AssessmentStatus.OPEN, latest.status());
        assertEquals(deadline, service.assessment(pinned.id()).deadline());
        assertNull(service.assessment(latest.id()).deadline());
        assertEquals(registry.document("minimal", "1.1.0").orElseThrow(), store.modelSnapshot(latest.id()));
        assertEquals(registry.document("minimal", "1.0.0").orElseThrow(), store.modelSnapshot(pinned.id()));
        assertEquals(2, service.model(latest.id()).scoring().minimumRespondents());
        assertEquals(1, service.model(pinned.id()).scoring().minimumRespondents());
        assertEquals(List.of(pinned.id(), latest.id()), service.assessments().stream().map(Assessment::id).toList());
    }

    @Test
    void aBlankCustomerOrProviderIsRefusedNamingIt() {
        assertRefused(() -> service.create(new Relationship("x", " ", "Atea"), "minimal", null, null), "customer");
        assertRefused(() -> service.create(new Relationship("x", null, "Atea"), "minimal", null, null), "customer");
        assertRefused(() -> service.create(new Relationship("x", "Acme", ""), "minimal", null, null), "provider");

        assertEquals(List.of(), service.assessments());
    }

    @Test
    void anUnknownModelOrVersionIsRefusedListingTheInstalledModels() {
        assertRefused(() -> service.create(ACME_ATEA, "partnership", null, null), "no model partnership is installed",
                "minimal@1.0.0, minimal@1.1.0");
        assertRefused(() -> service.create(ACME_ATEA, "minimal", "2.0.0", null),
                "no model minimal version 2.0.0 is installed", "minimal@1.0.0, minimal@1.1.0");

        registry.withdraw(FILE_1_0);
        registry.withdraw(FILE_1_1);
        assertRefused(() -> service.create(ACME_ATEA, "minimal", null, null), "no model is installed");
        assertEquals(List.of(), service.assessments());
    }

    @Test
    void theRelationshipIsNamedAfterCustomerAndProviderUnlessNamed() {
        Assessment unnamed = service.create(new Relationship(null, "Acme", "Atea"), "minimal", null, null);
        Assessment blank = service.create(new Relationship("  ", "Acme", "Atea"), "minimal", null, null);
        Assessment named = service.create(ACME_ATEA, "minimal", null, null);

        assertEquals(new Relationship("Acme / Atea", "Acme", "Atea"), service.assessment(unnamed.id()).relationship());
        assertEquals("Acme / Atea", service.assessment(blank.id()).relationship().name());
        assertEquals("Acme / Atea 2026", service.assessment(named.id()).relationship().name());
    }

    @Test
    void theModelIsReadFromTheSnapshotAfterItsVersionIsGoneAndAfterARestart() {
        Assessment assessment = create("1.0.0");
        ValueModel original = registry.model("minimal", "1.0.0").orElseThrow().model();

        registry.withdraw(FILE_1_0);
        assertEquals(Optional.empty(), registry.model("minimal", "1.0.0"));
        assertEquals(original, service.model(assessment.id()));

        AssessmentServiceImpl restarted = restart();
        assertEquals(original, restarted.model(assessment.id()));
        Respondent eva = restarted.invite(assessment.id(), "customer", "Eva");
        Response saved = restarted.answer(eva.token(), CUSTOMER_ANSWERS, Map.of(), true, 0);
        assertEquals(ResponseStatus.SUBMITTED, saved.status());
        assertEquals(List.of(new PerspectiveProgress("customer", 1, 0, 1, 1, false),
                new PerspectiveProgress("provider", 0, 0, 0, 1, true)), restarted.progress(assessment.id()));
    }

    @Test
    void inviteChecksThePerspectiveAndTheName() {
        Assessment assessment = create(null);

        assertRefused(() -> service.invite(assessment.id(), "auditor", "Eva"), "auditor",
                "perspectives: customer, provider");
        assertRefused(() -> service.invite(assessment.id(), "customer", " "), "the respondent's name is required");
        assertRefused(() -> service.invite(assessment.id(), "customer", null), "the respondent's name is required");
        assertEquals(List.of(), service.respondents(assessment.id()));

        Respondent eva = service.invite(assessment.id(), "customer", "  Eva Ek ");
        assertEquals("Eva Ek", eva.displayName());
        assertEquals("customer", eva.perspective());
        assertEquals(assessment.id(), eva.assessmentId());
        assertFalse(eva.token().isBlank());
        assertEquals(List.of(eva), service.respondents(assessment.id()));
    }

    @Test
    void anUnknownTokenIsRefused() {
        create(null);

        assertRefused(() -> service.answer("no-such-token", CUSTOMER_ANSWERS, Map.of(), false, 0),
                "no invitation matches this token");
    }

    @Test
    void anInvitationIsFoundByItsTokenWithWhatWasSaved() {
        Assessment assessment = create(null);
        Respondent eva = service.invite(assessment.id(), "customer", "Eva");
        service.invite(assessment.id(), "provider", "Per");
        assertEquals(eva, service.invitation(eva.token()).orElseThrow().respondent());
        assertNull(service.invitation(eva.token()).orElseThrow().response(), "nothing saved yet");
        Response saved = service.answer(eva.token(), CUSTOMER_ANSWERS, Map.of(), false, 0);
        assertEquals(saved, service.invitation(eva.token()).orElseThrow().response());
        assertTrue(service.invitation("no-such-token").isEmpty());
        assertTrue(service.invitation("").isEmpty());
    }

    @Test
    void invalidAnswersAreRefusedWithEveryProblemAndNothingIsSaved() {
        Respondent eva = service.invite(create(null).id(), "customer", "Eva");

        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> service.answer(eva.token(),
                Map.of("coop-interests", "9", "coop-plan", "no", "transp-sharing", "often", "transp-meetings", "3",
                        "nope", "1"), Map.of(), false, 0));

        assertEquals(List.of("coop-interests", "transp-sharing", "transp-meetings", "nope"), questions(e));
        assertEquals(Optional.empty(), store.response(eva.id()));
    }

    @Test
    void aRefusedSaveLeavesTheSavedResponseAsItWas() {
        Respondent eva = service.invite(create(null).id(), "customer", "Eva");
        Response partial = service.answer(eva.token(), Map.of("coop-interests", "4"), Map.of("", "So far so good"),
                false, 0);

        assertThrows(InvalidAnswersException.class, () -> service.answer(eva.token(),
                Map.of("coop-interests", "0"), Map.of(), false, partial.revision()));

        assertEquals(Optional.of(partial), store.response(eva.id()));
    }

    @Test
    void commentsMustBeOnADimensionOrGeneral() {
        Respondent eva = service.invite(create(null).id(), "customer", "Eva");

        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> service.answer(eva.token(),
                CUSTOMER_ANSWERS, Map.of("cooperative", "Fine", "", "Overall fine", "pricing", "Too high"), false, 0));

        assertEquals(List.of("pricing"), questions(e));
        assertTrue(e.problems().get(0).message().contains("dimension"), e.getMessage());
        assertEquals(Optional.empty(), store.response(eva.id()));

        Response saved = service.answer(eva.token(), CUSTOMER_ANSWERS,
                Map.of("cooperative", "Fine", "", "Overall fine"), false, 0);
        assertEquals(Map.of("cooperative", "Fine", "", "Overall fine"), saved.comments());
    }

    @Test
    void aPartialSaveIsKeptAndSubmittingWithoutTheRequiredAnswersIsRefused() {
        Respondent eva = service.invite(create(null).id(), "customer", "Eva");

        Response partial = service.answer(eva.token(), Map.of("coop-interests", "4"), Map.of(), false, 0);
        assertEquals(ResponseStatus.PARTIAL, partial.status());
        assertEquals(Map.of("coop-interests", "4"), partial.answers());

        InvalidAnswersException e = assertThrows(InvalidAnswersException.class, () -> service.answer(eva.token(),
                Map.of("coop-interests", "4"), Map.of(), true, partial.revision()));
        assertEquals(List.of("coop-plan", "transp-sharing"), questions(e));
        assertEquals(Optional.of(partial), store.response(eva.id()));
    }

    @Test
    void aSubmittedResponseIsReadOnly() {
        Respondent eva = service.invite(create(null).id(), "customer", "Eva");
        Response partial = service.answer(eva.token(), Map.of("coop-interests", "4"), Map.of(), false, 0);

        Response submitted = service.answer(eva.token(), CUSTOMER_ANSWERS, Map.of(), true, partial.revision());
        assertEquals(ResponseStatus.SUBMITTED, submitted.status());
        assertEquals(CUSTOMER_ANSWERS, submitted.answers());

        assertThrows(ConflictException.class, () -> service.answer(eva.token(), Map.of("coop-interests", "1"),
                Map.of(), false, -1));
        assertEquals(Optional.of(submitted), store.response(eva.id()));
    }

    @Test
    void progressCountsPerPerspectiveInModelOrder() {
        Assessment assessment = create(null);
        service.invite(assessment.id(), "provider", "Per");
        Respondent submitted = service.invite(assessment.id(), "customer", "Eva");
        Respondent started = service.invite(assessment.id(), "customer", "Kim");
        service.invite(assessment.id(), "customer", "Li");
        service.answer(submitted.token(), CUSTOMER_ANSWERS, Map.of(), true, 0);
        service.answer(started.token(), Map.of("coop-interests", "2"), Map.of(), false, 0);

        assertEquals(List.of(new PerspectiveProgress("customer", 3, 1, 1, 2, false),
                new PerspectiveProgress("provider", 1, 0, 0, 2, true)), service.progress(assessment.id()));
    }

    @Test
    void progressTakesTheMinimumFromThePinnedVersion() {
        Assessment assessment = create("1.0.0");

        assertEquals(List.of(new PerspectiveProgress("customer", 0, 0, 0, 1, false),
                new PerspectiveProgress("provider", 0, 0, 0, 1, true)), service.progress(assessment.id()));
    }

    @Test
    void aClosedAssessmentTakesNoMoreInvitationsOrAnswers() {
        Assessment assessment = create(null);
        Respondent eva = service.invite(assessment.id(), "customer", "Eva");
        Respondent kim = service.invite(assessment.id(), "customer", "Kim");
        service.answer(eva.token(), CUSTOMER_ANSWERS, Map.of(), true, 0);

        Assessment closed = service.close(assessment.id());

        assertEquals(AssessmentStatus.CLOSED, closed.status());
        assertEquals(AssessmentStatus.CLOSED, service.assessment(assessment.id()).status());
        ConflictException invite = assertThrows(ConflictException.class,
                () -> service.invite(assessment.id(), "customer", "Li"));
        assertTrue(invite.getMessage().contains("closed"), invite.getMessage());
        ConflictException answer = assertThrows(ConflictException.class,
                () -> service.answer(kim.token(), CUSTOMER_ANSWERS, Map.of(), true, 0));
        assertTrue(answer.getMessage().contains("closed"), answer.getMessage());
        assertEquals(List.of(eva, kim), service.respondents(assessment.id()));
        assertEquals(Optional.empty(), store.response(kim.id()));
    }

    @Test
    void aResponseSubmittedWhileTheAssessmentIsScoredForClosingIsInItsCard() {
        Assessment assessment = create(null);
        Respondent eva = service.invite(assessment.id(), "customer", "Eva");
        Respondent kim = service.invite(assessment.id(), "customer", "Kim");
        service.answer(eva.token(), CUSTOMER_ANSWERS, Map.of(), true, 0);
        // Kim submits (through another instance, say) after the card was computed, before it is published
        AtomicInteger closes = new AtomicInteger();
        AssessmentStore meanwhile = (AssessmentStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AssessmentStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close") && args.length == 3 && closes.incrementAndGet() == 1) {
                        store.saveResponse(kim.id(), CUSTOMER_ANSWERS, Map.of(), true, 0);
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        ModelSnapshots snapshots = new ModelSnapshots(store, reader);
        AssessmentServiceImpl closing = new AssessmentServiceImpl(meanwhile, registry, new QuestionnaireImpl(),
                snapshots, scoring);

        closing.close(assessment.id());

        assertEquals(2, closes.get(), "the stale card was refused, and the assessment scored again");
        assertEquals(2, scoring.published(assessment.id()).orElseThrow().respondents(), "Kim's response is in it");
        assertEquals(1, store.scoreCards(assessment.id()).size());
    }

    @Test
    void anAssessmentIsClosedWithItsScoreCardAndOnlyOnce() {
        Assessment assessment = create(null);
        Respondent eva = service.invite(assessment.id(), "customer", "Eva");
        service.answer(eva.token(), CUSTOMER_ANSWERS, Map.of(), true, 0);

        service.close(assessment.id());

        ScoreCard card = scoring.published(assessment.id()).orElseThrow();
        assertEquals(assessment.id(), card.assessmentId());
        assertEquals(1, card.respondents());
        assertEquals("minimal", card.provenance().modelId());
        assertEquals(1, store.scoreCards(assessment.id()).size());
        assertRefused(() -> service.close(assessment.id()), "assessment " + assessment.id() + " is already closed");
        assertEquals(1, store.scoreCards(assessment.id()).size());
    }

    @Test
    void anUnknownAssessmentIsRefusedNamingIt() {
        String id = "f00dbabe-0000-4000-8000-000000000000";

        assertRefused(() -> service.assessment(id), "no assessment " + id);
        assertRefused(() -> service.model(id), "no assessment " + id);
        assertRefused(() -> service.invite(id, "customer", "Eva"), "no assessment " + id);
        assertRefused(() -> service.respondents(id), "no assessment " + id);
        assertRefused(() -> service.progress(id), "no assessment " + id);
        assertRefused(() -> service.close(id), "no assessment " + id);
    }
}
