package org.tandem.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tandem.api.spi.report.ReportInput;
import org.tandem.api.spi.report.ReportRenderer;

/**
 * What every {@link ReportRenderer} must do, ours and a consultancy's alike. Extend it in the
 * renderer's unit tests and return the renderer from {@link #renderer()} as Declarative Services
 * would make it; add the format's own checks (parsing the output, escaping) beside it.
 */
public abstract class ReportRendererContract {

    /** The renderer under test, created without a framework. */
    protected abstract ReportRenderer renderer();

    /** Renders {@code input} in {@code language} to bytes. */
    protected byte[] render(ReportInput input, String language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer().render(input, language, out);
        return out.toByteArray();
    }

    @Test
    void rendersTheSampleInEveryLanguageOfItsModel() throws IOException {
        for (String language : ReportFixtures.model().locales()) {
            assertTrue(render(ReportFixtures.sample(), language).length > 0, "nothing written in " + language);
        }
    }

    @Test
    void writesTheSameBytesForTheSameInput() throws IOException {
        assertArrayEquals(render(ReportFixtures.sample(), "en"), render(ReportFixtures.sample(), "en"),
                "a report must not depend on the clock or on chance");
    }

    @Test
    void doesNotCloseTheStream() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new FilterOutputStream(new ByteArrayOutputStream()) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        renderer().render(ReportFixtures.sample(), "en", out);
        assertFalse(closed[0], "the caller owns the stream");
    }

    @Test
    void rendersAnAssessmentNobodyAnsweredYet() throws IOException {
        assertTrue(render(ReportFixtures.empty(), "en").length > 0);
    }

    @Test
    void rendersSlaFiguresAndActions() throws IOException {
        for (String language : ReportFixtures.model().locales()) {
            assertTrue(render(ReportFixtures.greenLights(), language).length > 0);
            assertTrue(render(ReportFixtures.redLights(), language).length > 0);
        }
    }

    @Test
    void rendersHostileTextsWithoutFailing() throws IOException {
        assertTrue(render(ReportFixtures.hostile(), "sv").length > 0);
    }

    @Test
    void fallsBackToTheModelLanguageForAnUnknownOne() throws IOException {
        assertArrayEquals(render(ReportFixtures.sample(), "en"), render(ReportFixtures.sample(), "fi"),
                "a language the model lacks reads as its default language (en)");
    }

    @Test
    void isThreadSafe() throws Exception {
        ReportRenderer shared = renderer();
        byte[] sv = bytes(shared, ReportFixtures.sample(), "sv");
        byte[] en = bytes(shared, ReportFixtures.sample(), "en");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String language = i % 2 == 0 ? "sv" : "en";
                results.add(pool.submit(() -> {
                    start.await();
                    return bytes(shared, ReportFixtures.sample(), language);
                }));
            }
            start.countDown();
            for (int i = 0; i < results.size(); i++) {
                assertArrayEquals(i % 2 == 0 ? sv : en, results.get(i).get(),
                        "one renderer used from several threads at once wrote something else");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] bytes(ReportRenderer renderer, ReportInput input, String language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.render(input, language, out);
        return out.toByteArray();
    }
}
