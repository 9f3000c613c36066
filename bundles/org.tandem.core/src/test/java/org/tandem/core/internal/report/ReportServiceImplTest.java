package org.tandem.core.internal.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.core.internal.registry.TestDocuments.minimal;

import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.report.ReportException;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.core.internal.history.HistoryServiceImpl;
import org.tandem.core.internal.scoring.ScoringFixture;
import org.tandem.core.internal.scoring.ScoringServiceImpl;
import org.tandem.core.internal.scoring.TestStrategies;

/**
 * The report service on real parts: renderers are services of bundles of their own in a real
 * framework, scoring is the real scoring service with the weighted strategy, the store is JDBC on
 * H2. The test renderers write what they were given, so the test sees what a renderer receives.
 */
class ReportServiceImplTest {

    private static final Map<String, String> CUSTOMER =
            Map.of("coop-interests", "4", "coop-plan", "no", "transp-sharing", "sometimes");
    private static final Map<String, String> PROVIDER =
            Map.of("coop-interests", "2", "coop-plan", "yes", "transp-sharing", "always", "transp-meetings", "6");

    @TempDir
    Path dir;

    private ScoringFixture fixture;
    private ScoringServiceImpl scoring;
    private ReportRenderers renderers;
    private Assessment assessment;

    @BeforeEach
    void start() throws Exception {
        fixture = new ScoringFixture(dir);
        fixture.register(fixture.bundle("org.tandem.scoring.weighted", "1.0.0"), "weighted", null,
                new TestStrategies.Weighted());
        scoring = fixture.service(0);
        renderers = new ReportRenderers(fixture.log);
        assessment = fixture.assessment("ACME – Northwind", "minimal", "1.0.0", minimal("1.0.0"));
        fixture.answer(assessment, "customer", CUSTOMER, true);
        Thread.sleep(5); // submitted a moment apart: reports number responses in submission order
        fixture.answer(assessment, "provider", PROVIDER, true);
        fixture.answer(assessment, "provider", Map.of("coop-interests", "1"), false);
    }

    @AfterEach
    void stop() throws Exception {
        fixture.close();
    }

    private ReportServiceImpl service(long waitMillis, RendererChoice... choices) {
        ReportServiceImpl service = new ReportServiceImpl(fixture.store, fixture.snapshots, scoring, renderers,
                fixture.log, new Wait(waitMillis));
        for (RendererChoice choice : choices) {
            service.addChoice(choice, Map.of());
        }
        return service;
    }

    /** Registers {@code renderer} as a service of a bundle of its own and binds it as DS would. */
    private ServiceRegistration<ReportRenderer> register(String bundle, String id, String format, String version,
            ReportRenderer renderer) throws Exception {
        return register(bundle, id, format, version, false, renderer);
    }

    private ServiceRegistration<ReportRenderer> register(String bundle, String id, String format, String version,
            boolean repeatable, ReportRenderer renderer) throws Exception {
        Bundle b = fixture.bundle(bundle, "1.0.0");
        Hashtable<String, Object> properties = new Hashtable<>();
        if (repeatable) {
            properties.put("tandem.report.repeatable", true);
        }
        properties.put("tandem.report.id", id);
        properties.put("tandem.report.format", format);
        properties.put("tandem.report.mediaType", "text/plain");
        if (version != null) {
            properties.put("tandem.report.version", version);
        }
        ServiceRegistration<ReportRenderer> registration =
                b.getBundleContext().registerService(ReportRenderer.class, renderer, properties);
        renderers.addRenderer(renderer, registration.getReference());
        return registration;
    }

    /** A renderer that writes its name and what it received. */
    private static ReportRenderer echo(String name) {
        return (input, language, out) -> out.write(describe(name, input, language).getBytes(UTF_8));
    }

    private static String describe(String name, ReportInput input, String language) {
        StringBuilder text = new StringBuilder(name + " " + language + " " + input.assessment().relationship().name()
                + " " + input.model().key() + " overall=" + input.scoreCard().overall() + " by "
                + input.renderer().key());
        input.responses().forEach(r -> text.append(" #").append(r.number()).append(':').append(r.perspective())
                .append('=').append(r.answers().size()));
        return text.toString();
    }

    private String render(ReportServiceImpl service, String format, String language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.render(assessment.id(), format, language, out);
        return out.toString(UTF_8);
    }

    @Test
    void theStockRendererWritesUnlessAModelChoosesAnother() throws Exception {
        register("org.tandem.report.html", "tandem.html", "html", "1.0.0", echo("stock"));
        register("com.acme.report", "acme.html", "html", "2.0.0", echo("acme"));
        ScoreCard card = scoring.score(assessment.id());
        assertEquals("stock en ACME – Northwind minimal@1.0.0 overall=" + card.overall()
                + " by tandem.html@1.0.0 #1:customer=3 #2:provider=4", render(service(0), "html", "en"));
        assertEquals("acme.html@2.0.0", service(0, choice("minimal", "html", "acme.html"))
                .rendererFor("minimal", "html").key());
        assertTrue(render(service(0, choice("minimal", "html", "acme.html")), "html", "sv").startsWith("acme sv"));
        assertTrue(render(service(0, choice("other", "html", "acme.html")), "html", "sv").startsWith("stock sv"),
                "a choice for another model changes nothing here");
    }

    @Test
    void aReportStillRunningWhenTheServiceGoesKeepsTheChosenRenderer() throws Exception {
        register("org.tandem.report.html", "tandem.html", "html", "1.0.0", echo("stock"));
        register("com.acme.report", "acme.html", "html", "2.0.0", echo("acme"));
        RendererChoice choice = choice("minimal", "html", "acme.html");
        ReportServiceImpl service = service(0, choice);

        // the core bundle is updated: the service is unregistered and deactivated, then its choices unbound
        service.deactivate();
        service.removeChoice(choice, Map.of());
        assertTrue(render(service, "html", "en").startsWith("acme en"), "not the stock renderer");
    }

    @Test
    void theHighestStockVersionWinsAndAChoiceCanPinOne() throws Exception {
        register("org.tandem.report.html", "tandem.html", "html", "1.0.0", echo("one"));
        register("org.tandem.report.html.next", "tandem.html", "html", "1.10.0", echo("ten"));
        register("org.tandem.report.html.two", "tandem.html", "html", "1.2.0", echo("two"));
        assertTrue(render(service(0), "html", "en").startsWith("ten "));
        assertTrue(render(service(0, choice("minimal", "html", "tandem.html@1.2.0")), "html", "en").startsWith("two "));
    }

    @Test
    void aChoiceTheShellWroteIntoDataEtcWinsOverOneInEtc() throws Exception {
        register("com.acme.report", "acme.html", "html", "1.0.0", echo("acme"));
        register("com.beta.report", "beta.html", "html", "1.0.0", echo("beta"));
        RendererChoice data = new RendererChoice(new Choice("minimal", "html", "beta.html"),
                dir.resolve("data/etc/org.tandem.report.model-minimal-html.cfg").toUri().toString(),
                dir.resolve("data").toString());
        RendererChoice etc = new RendererChoice(new Choice("minimal", "html", "acme.html"),
                dir.resolve("etc/org.tandem.report.model-minimal-html.cfg").toUri().toString(),
                dir.resolve("data").toString());
        assertTrue(data.fromData());
        assertEquals("beta.html@1.0.0", service(0, data, etc).rendererFor("minimal", "html").key());
        assertEquals("beta.html@1.0.0", service(0, etc, data).rendererFor("minimal", "html").key());
    }

    @Test
    void twoRegistrationsOfOneIdAndVersionDoNotHideEachOther() throws Exception {
        ServiceRegistration<ReportRenderer> first = register("com.acme.report", "acme.html", "html", "1.0.0",
                echo("first"));
        ServiceRegistration<ReportRenderer> second = register("com.acme.report.next", "acme.html", "html", "1.0.0",
                echo("second"));
        ReportServiceImpl service = service(0, choice("minimal", "html", "acme.html"));
        assertTrue(render(service, "html", "en").startsWith("first "), "the lower service id answers on a tie");
        renderers.removeRenderer(first.getReference());
        first.unregister();
        assertTrue(render(service, "html", "en").startsWith("second "), "the other one is still there");
        renderers.removeRenderer(second.getReference());
        second.unregister();
        assertThrows(ReportException.class, () -> render(service, "html", "en"));
    }

    @Test
    void aRendererWithoutAnIdIsIgnoredWithAWarningNamingItsBundle() throws Exception {
        Bundle b = fixture.bundle("com.acme.noid", "1.0.0");
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("tandem.report.format", "html");
        ServiceRegistration<ReportRenderer> registration =
                b.getBundleContext().registerService(ReportRenderer.class, echo("x"), properties);
        renderers.addRenderer(echo("x"), registration.getReference());
        assertEquals(List.of(), service(0).renderers());
        assertTrue(fixture.log.messages(org.osgi.service.log.LogLevel.WARN).stream()
                .anyMatch(m -> m.contains("com.acme.noid") && m.contains("tandem.report.id")),
                fixture.log.messages(org.osgi.service.log.LogLevel.WARN).toString());
    }

    @Test
    void aScoringFailureIsAReportFailureNamingTheStrategy() {
        ScoringServiceImpl noStrategy = fixture.serviceWithoutStrategies();
        ReportServiceImpl service = new ReportServiceImpl(fixture.store, fixture.snapshots, noStrategy, renderers,
                fixture.log, new Wait(0));
        ReportException failure = assertThrows(ReportException.class, () -> render(service, "html", "en"));
        assertTrue(failure.getMessage().startsWith("cannot report on assessment " + assessment.id()
                + ": scoring strategy weighted is not installed"), failure.getMessage());
    }

    @Test
    void withoutAStockRendererTheHighestVersionOfAnyWrites() throws Exception {
        register("com.acme.report", "acme.pdf", "pdf", "1.0.0", echo("acme"));
        register("com.beta.report", "beta.pdf", "pdf", "3.0.0", echo("beta"));
        assertEquals("beta.pdf@3.0.0", service(0).rendererFor("minimal", "pdf").key());
    }

    @Test
    void aMissingFormatOrChoiceNamesWhatIsInstalled() throws Exception {
        register("org.tandem.report.html", "tandem.html", "html", "1.0.0", echo("stock"));
        ReportException missing = assertThrows(ReportException.class, () -> render(service(0), "xlsx", "en"));
        assertEquals("no xlsx report renderer is installed; installed: html: tandem.html@1.0.0", missing.getMessage());
        ReportException chosen = assertThrows(ReportException.class,
                () -> render(service(0, choice("minimal", "html", "acme.html")), "html", "en"));
        assertEquals("report renderer acme.html chosen for html reports of model minimal is not installed or does not "
                + "write html; installed: html: tandem.html@1.0.0", chosen.getMessage());
        assertThrows(AssessmentException.class, () -> service(0).render("nope", "html", "en", new ByteArrayOutputStream()));
    }

    @Test
    void aFailingRendererIsNamedAndWritesNothing() throws Exception {
        register("com.acme.broken", "tandem.html", "html", "9.0.0", (input, language, out) -> {
            out.write("half a report".getBytes(UTF_8));
            throw new IllegalStateException("template missing");
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportException failure = assertThrows(ReportException.class,
                () -> service(0).render(assessment.id(), "html", "en", out));
        assertTrue(failure.getMessage().startsWith("report renderer tandem.html@9.0.0 (com.acme.broken 1.0.0) failed on "
                + "assessment " + assessment.id() + " (html, en): java.lang.IllegalStateException: template missing"),
                failure.getMessage());
        assertEquals(0, out.size(), "half a report reached the caller");
        assertTrue(fixture.log.messages(org.osgi.service.log.LogLevel.ERROR).stream().anyMatch(m -> m.contains("com.acme.broken")), "not logged");
    }

    @Test
    void aHangingRendererIsInterruptedNamedAndWritesNothingWhileOtherFormatsRender() throws Exception {
        CountDownLatch end = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        register("com.acme.slow", "tandem.html", "html", "2.0.0", (input, language, out) -> {
            out.write("the start of a report".getBytes(UTF_8));
            try {
                end.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        register("org.tandem.report.csv", "tandem.csv", "csv", "1.0.0", echo("csv"));
        ReportServiceImpl service = new ReportServiceImpl(fixture.store, fixture.snapshots, scoring, renderers,
                fixture.log, new Wait(0, 200));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ReportException failure = assertThrows(ReportException.class,
                    () -> service.render(assessment.id(), "html", "en", out));
            assertEquals("report renderer tandem.html@2.0.0 (com.acme.slow 1.0.0) did not finish rendering assessment "
                    + assessment.id() + " (html, en) within 200 ms; it was interrupted and nothing was written",
                    failure.getMessage());
            assertEquals(0, out.size(), "part of a report reached the caller");
            assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the renderer's thread is interrupted");
            assertEquals(List.of(failure.getMessage()), fixture.log.messages(org.osgi.service.log.LogLevel.ERROR));
            assertTrue(render(service, "csv", "en").startsWith("csv en"), "another renderer is not held up");
        } finally {
            end.countDown();
            service.deactivate();
        }
    }

    @Test
    void aRendererThatWritesWithoutEndFailsAtTheSizeLimitNamingIt() throws Exception {
        register("com.acme.endless", "tandem.html", "html", "1.0.0", (input, language, out) -> {
            byte[] line = "<p>again</p>\n".repeat(1000).getBytes(UTF_8);
            while (true) {
                out.write(line);
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportException failure = assertThrows(ReportException.class,
                () -> service(0).render(assessment.id(), "html", "en", out));
        assertEquals("report renderer tandem.html@1.0.0 (com.acme.endless 1.0.0) failed on assessment "
                + assessment.id() + " (html, en): java.io.IOException: the report is larger than 67108864 bytes",
                failure.getMessage());
        assertEquals(0, out.size());
    }

    @Test
    void aRendererThatWritesNothingIsNamed() throws Exception {
        register("com.acme.empty", "tandem.html", "html", "1.0.0", (input, language, out) -> { });
        ReportException failure = assertThrows(ReportException.class,
                () -> service(0).render(assessment.id(), "html", "en", new ByteArrayOutputStream()));
        assertEquals("report renderer tandem.html@1.0.0 (com.acme.empty 1.0.0) wrote nothing for assessment "
                + assessment.id() + " (html, en)", failure.getMessage());
    }

    @Test
    void aRendererThatLeavesAThreadRunningStillWritesAndItsBundleIsLogged() throws Exception {
        CountDownLatch end = new CountDownLatch(1);
        ReportRenderer echo = echo("leaky");
        register("com.acme.leaky", "tandem.html", "html", "1.0.0", (input, language, out) -> {
            new Thread(() -> {
                try {
                    end.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "leaky-font-loader").start();
            echo.render(input, language, out);
        });
        try {
            assertTrue(render(service(0), "html", "en").startsWith("leaky en"));
            List<String> warnings = fixture.log.messages(org.osgi.service.log.LogLevel.WARN);
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).startsWith("report renderer tandem.html@1.0.0 (com.acme.leaky 1.0.0) started 1 "
                    + "thread(s) that still run after its call returned: [leaky-font-loader]"), warnings.get(0));
        } finally {
            end.countDown();
        }
    }

    /** A renderer that counts its calls and writes the count with what it received. */
    private static ReportRenderer counting(AtomicInteger calls) {
        return (input, language, out) -> out.write((calls.incrementAndGet() + " " + describe("n", input, language)
                + " at " + input.scoreCard().provenance().computedAt()).getBytes(UTF_8));
    }

    @Test
    void aRepeatableRendererRendersAgainOnlyWhenItsInputChanges() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        register("org.tandem.report.html", "tandem.html", "html", "1.0.0", true, counting(calls));
        ReportServiceImpl service = service(0);
        String first = render(service, "html", "en");
        assertTrue(first.startsWith("1 "), first);
        assertEquals(first, render(service, "html", "en"), "the same input: the kept report, not rendered again");
        assertEquals(1, calls.get());
        assertTrue(render(service, "html", "sv").startsWith("2 "), "another language is another report");
        assertEquals(first, render(service, "html", "en"));
        fixture.answer(assessment, "customer", Map.of("coop-interests", "5", "coop-plan", "yes",
                "transp-sharing", "always"), true);
        String after = render(service, "html", "en");
        assertTrue(after.startsWith("3 ") && after.contains("#3:customer=3"), "a new submission renders again: " + after);
        assertEquals(3, calls.get());
    }

    @Test
    void theReportOfAnAssessmentWithMoreResponsesThanAreKeptRendersEveryTime() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        register("org.tandem.report.html", "tandem.html", "html", "1.0.0", true, counting(calls));
        ReportServiceImpl service = service(0);
        for (int i = 0; i <= KeptReports.MAX_RESPONSES; i++) {
            fixture.answer(assessment, "customer", CUSTOMER, true);
        }
        String first = render(service, "html", "en");
        assertTrue(first.startsWith("1 "), first);
        String again = render(service, "html", "en");
        assertTrue(again.startsWith("2 "), "its input is not kept: rendered again, but got " + again.substring(0, 20));
    }

    @Test
    void aRendererNotSayingItIsRepeatableRendersEveryTime() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        register("com.acme.report", "tandem.html", "html", "1.0.0", false, counting(calls));
        ReportServiceImpl service = service(0);
        assertTrue(render(service, "html", "en").startsWith("1 "));
        assertTrue(render(service, "html", "en").startsWith("2 "));
    }

    @Test
    void aReplacedRendererRendersAgainThoughTheInputIsTheSame() throws Exception {
        AtomicInteger old = new AtomicInteger();
        AtomicInteger replacement = new AtomicInteger();
        ServiceRegistration<ReportRenderer> first = register("org.tandem.report.html", "tandem.html", "html", "1.0.0",
                true, counting(old));
        ReportServiceImpl service = service(0);
        render(service, "html", "en");
        renderers.removeRenderer(first.getReference());
        first.unregister();
        register("org.tandem.report.html.v2", "tandem.html", "html", "1.0.0", true, counting(replacement));
        render(service, "html", "en");
        assertEquals(1, old.get());
        assertEquals(1, replacement.get());
    }

    @Test
    void aLiveCardIsGivenAgainWithItsTimeWhileTheAnswersStayTheSame() throws Exception {
        var card = scoring.score(assessment.id());
        Thread.sleep(5);
        assertEquals(card, scoring.score(assessment.id()));
        fixture.answer(assessment, "customer", Map.of("coop-interests", "1", "coop-plan", "no",
                "transp-sharing", "never"), true);
        var after = scoring.score(assessment.id());
        assertTrue(after.provenance().computedAt().isAfter(card.provenance().computedAt()), after.provenance() + "");
        assertNotEquals(card.overall(), after.overall());
    }

    @Test
    void aReportShowsTheHistoryAndStandingTheHistoryServiceGives() throws Exception {
        HistoryServiceImpl histories = new HistoryServiceImpl(fixture.store, fixture.snapshots, scoring);
        // four earlier relationships of the model, closed, and one earlier assessment of this one
        for (int i = 0; i < 4; i++) {
            Assessment other = fixture.store.createAssessment(new Relationship("Other " + i, "Customer " + i, "Atea"),
                    new ModelRef("minimal", "1.0.0"), minimal("1.0.0"), null);
            fixture.answer(other, "customer", CUSTOMER, true);
            fixture.answer(other, "provider", PROVIDER, true);
            ScoringServiceImpl.Publication p = scoring.cardToPublish(other);
            fixture.store.close(other.id(), p.card(), p.responses());
        }
        AtomicReference<ReportInput> seen = new AtomicReference<>();
        register("org.tandem.report.json", "tandem.json", "json", null, (input, language, out) -> {
            seen.set(input);
            out.write('x');
        });
        ReportServiceImpl service = service(0);
        service.history = histories;
        render(service, "json", "en");
        assertEquals(histories.history(assessment.id()), seen.get().history());
        assertEquals(histories.standing(assessment.id()).orElseThrow(), seen.get().standing());
        assertEquals(5, seen.get().standing().relationships());
    }

    @Test
    void aClosedAssessmentIsReportedWithItsPublishedCard() throws Exception {
        register("org.tandem.report.json", "tandem.json", "json", null, (input, language, out) ->
                out.write(input.scoreCard().provenance().computedAt().toString().getBytes(UTF_8)));
        ScoringServiceImpl.Publication p = scoring.cardToPublish(assessment);
        fixture.store.close(assessment.id(), p.card(), p.responses());
        String published = scoring.published(assessment.id()).orElseThrow().provenance().computedAt().toString();
        Thread.sleep(5);
        assertEquals(published, render(service(0), "json", "en"));
        assertEquals(published, render(service(0), "json", "en"));
    }

    @Test
    void aReportWaitsForItsRendererWhileItIsReplaced() throws Exception {
        ServiceRegistration<ReportRenderer> old = register("org.tandem.report.html", "tandem.html", "html", "1.0.0",
                echo("old"));
        renderers.removeRenderer(old.getReference());
        old.unregister();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<String> waiting = thread.submit(() -> render(service(60_000), "html", "en"));
            Thread.sleep(200);
            register("org.tandem.report.html.v2", "tandem.html", "html", "1.0.1", echo("new"));
            assertTrue(waiting.get(30, TimeUnit.SECONDS).startsWith("new "));
        } finally {
            thread.shutdownNow();
        }
    }

    @Test
    void renderersAreListedByFormat() throws Exception {
        register("org.tandem.report.pdf", "tandem.pdf", "pdf", null, echo("pdf"));
        register("org.tandem.report.html", "tandem.html", "html", "1.1.0", echo("html"));
        List<RendererInfo> all = service(0).renderers();
        assertEquals(List.of("tandem.html@1.1.0 (org.tandem.report.html 1.0.0)",
                "tandem.pdf@1.0.0 (org.tandem.report.pdf 1.0.0)"), all.stream().map(RendererInfo::describe).toList());
    }

    private static RendererChoice choice(String model, String format, String renderer) {
        return new RendererChoice(new Choice(model, format, renderer), "", null);
    }

    @SuppressWarnings("all") // a component property type is implemented here as DS would, by hand
    private record Wait(long waitMillis, long callMillis) implements ReportServiceImpl.Config {
        Wait(long waitMillis) {
            this(waitMillis, 10_000);
        }

        /** The size limit as a test can reach it quickly. */
        @Override
        public long maxBytes() {
            return 64L * 1024 * 1024;
        }

        @Override
        public Class<? extends Annotation> annotationType() {
            return ReportServiceImpl.Config.class;
        }
    }

    @SuppressWarnings("all") // a component property type is implemented here as DS would, by hand
    private record Choice(String model, String format, String renderer) implements RendererChoice.Config {
        @Override
        public Class<? extends Annotation> annotationType() {
            return RendererChoice.Config.class;
        }
    }
}
