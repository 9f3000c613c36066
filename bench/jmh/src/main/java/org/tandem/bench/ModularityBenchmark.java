package org.tandem.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.tandem.api.model.ModelReader;
import org.tandem.api.model.ModelReading;
import org.tandem.api.questionnaire.AnswerProblem;
import org.tandem.api.questionnaire.Questionnaire;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.spi.report.ReportRenderer;
import org.tandem.api.spi.scoring.ScoringStrategy;
import org.tandem.core.internal.model.ModelReaderImpl;
import org.tandem.questionnaire.internal.QuestionnaireImpl;
import org.tandem.report.data.internal.AnswersCsvReportRenderer;
import org.tandem.report.data.internal.CsvReportRenderer;
import org.tandem.report.data.internal.JsonReportRenderer;
import org.tandem.report.data.internal.MarkdownReportRenderer;
import org.tandem.report.html.internal.HtmlReportRenderer;
import org.tandem.report.pdf.internal.PdfReportRenderer;
import org.tandem.scoring.maturity.internal.MaturityScoringStrategy;
import org.tandem.scoring.weighted.internal.WeightedScoringStrategy;

/**
 * The same work done by the same implementation classes, twice in one run: created with
 * {@code new} on the class path ({@code *_classpath}), and as the services of the real bundles in an
 * embedded Felix framework, looked up in the service registry as the core looks up its plugins
 * ({@code *_osgi}). The ratio of the two is the cost of modularity.
 * <p>
 * The class path of the benchmark holds the bundles' jars (so the classes exist twice: once loaded
 * by the application class loader, once by the bundles' class loaders), and the framework's bundles
 * are started from the copies in {@code target/bundles/} (system property {@code tandem.bench.bundles}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class ModularityBenchmark {

    private Workload work;
    private EmbeddedFramework framework;

    private final ScoringStrategy weighted = new WeightedScoringStrategy();
    private final ScoringStrategy maturity = new MaturityScoringStrategy();
    private final Questionnaire questionnaire = new QuestionnaireImpl();
    private final ModelReader reader = new ModelReaderImpl();
    private final ReportRenderer html = new HtmlReportRenderer();
    private final ReportRenderer pdf = new PdfReportRenderer();
    private final ReportRenderer json = new JsonReportRenderer();
    private final ReportRenderer csv = new CsvReportRenderer();
    private final ReportRenderer answersCsv = new AnswersCsvReportRenderer();
    private final ReportRenderer markdown = new MarkdownReportRenderer();

    private ScoringStrategy osgiWeighted;
    private ScoringStrategy osgiMaturity;
    private Questionnaire osgiQuestionnaire;
    private ModelReader osgiReader;
    private ReportRenderer osgiHtml;
    private ReportRenderer osgiPdf;
    private ReportRenderer osgiJson;
    private ReportRenderer osgiCsv;
    private ReportRenderer osgiAnswersCsv;
    private ReportRenderer osgiMarkdown;

    @Setup
    public void start() throws Exception {
        work = new Workload(10);
        framework = new EmbeddedFramework(Path.of(System.getProperty("tandem.bench.bundles", "bench/jmh/target/bundles")));
        try {
            lookUp();
            check();
        } catch (Exception | Error e) {
            framework.close(); // JMH does not tear down a failed set-up: remove the framework's files
            throw e;
        }
    }

    private void lookUp() throws InterruptedException {
        osgiWeighted = framework.service(ScoringStrategy.class, "(tandem.scoring.id=weighted)");
        osgiMaturity = framework.service(ScoringStrategy.class, "(tandem.scoring.id=maturity)");
        osgiQuestionnaire = framework.service(Questionnaire.class, null);
        osgiReader = framework.service(ModelReader.class, null);
        osgiHtml = renderer("html");
        osgiPdf = renderer("pdf");
        osgiJson = renderer("json");
        osgiCsv = renderer("csv");
        osgiAnswersCsv = renderer("answers-csv");
        osgiMarkdown = renderer("markdown");
    }

    private ReportRenderer renderer(String format) throws InterruptedException {
        return framework.service(ReportRenderer.class, "(&(tandem.report.format=" + format + ")(tandem.report.id=tandem."
                + format + "))");
    }

    /** Both sides must do the same work: the same card, the same problems, the same report bytes. */
    private void check() throws IOException {
        same("weighted", weighted.score(work.scoring), osgiWeighted.score(work.scoring));
        same("maturity", maturity.score(work.scoring), osgiMaturity.score(work.scoring));
        List<AnswerProblem> problems = validate(questionnaire);
        if (!problems.isEmpty() || !problems.equals(validate(osgiQuestionnaire))) {
            throw new IllegalStateException("the complete answers are not valid: " + problems);
        }
        if (read(reader).model().isEmpty() || read(osgiReader).model().isEmpty()) {
            throw new IllegalStateException("the partnership model does not read: " + read(reader).problems());
        }
        for (String format : List.of("html", "json", "csv", "answers-csv", "markdown")) {
            ReportRenderer plain = switch (format) {
                case "html" -> html;
                case "json" -> json;
                case "csv" -> csv;
                case "answers-csv" -> answersCsv;
                default -> markdown;
            };
            ReportRenderer bundled = switch (format) {
                case "html" -> osgiHtml;
                case "json" -> osgiJson;
                case "csv" -> osgiCsv;
                case "answers-csv" -> osgiAnswersCsv;
                default -> osgiMarkdown;
            };
            if (!java.util.Arrays.equals(render(plain), render(bundled))) {
                throw new IllegalStateException("the " + format + " report differs between class path and framework");
            }
        }
    }

    private static void same(String what, ScoreCard a, ScoreCard b) {
        if (!a.toString().equals(b.toString())) {
            throw new IllegalStateException(what + " scores differ between class path and framework");
        }
    }

    @TearDown
    public void stop() throws Exception {
        framework.close();
    }

    private List<AnswerProblem> validate(Questionnaire q) {
        return q.validate(work.model, "customer", "en", work.customerAnswers, true);
    }

    private ModelReading read(ModelReader r) {
        return r.read("partnership", work.modelJson);
    }

    private byte[] render(ReportRenderer renderer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        renderer.render(work.report, "en", out);
        return out.toByteArray();
    }

    @Benchmark
    public ScoreCard scoringWeighted_classpath() {
        return weighted.score(work.scoring);
    }

    @Benchmark
    public ScoreCard scoringWeighted_osgi() {
        return osgiWeighted.score(work.scoring);
    }

    @Benchmark
    public ScoreCard scoringMaturity_classpath() {
        return maturity.score(work.scoring);
    }

    @Benchmark
    public ScoreCard scoringMaturity_osgi() {
        return osgiMaturity.score(work.scoring);
    }

    @Benchmark
    public List<AnswerProblem> questionnaireValidation_classpath() {
        return validate(questionnaire);
    }

    @Benchmark
    public List<AnswerProblem> questionnaireValidation_osgi() {
        return validate(osgiQuestionnaire);
    }

    @Benchmark
    public ModelReading modelReading_classpath() {
        return read(reader);
    }

    @Benchmark
    public ModelReading modelReading_osgi() {
        return read(osgiReader);
    }

    @Benchmark
    public byte[] reportHtml_classpath() throws IOException {
        return render(html);
    }

    @Benchmark
    public byte[] reportHtml_osgi() throws IOException {
        return render(osgiHtml);
    }

    @Benchmark
    public byte[] reportPdf_classpath() throws IOException {
        return render(pdf);
    }

    @Benchmark
    public byte[] reportPdf_osgi() throws IOException {
        return render(osgiPdf);
    }

    @Benchmark
    public byte[] reportJson_classpath() throws IOException {
        return render(json);
    }

    @Benchmark
    public byte[] reportJson_osgi() throws IOException {
        return render(osgiJson);
    }

    @Benchmark
    public byte[] reportCsv_classpath() throws IOException {
        return render(csv);
    }

    @Benchmark
    public byte[] reportCsv_osgi() throws IOException {
        return render(osgiCsv);
    }

    @Benchmark
    public byte[] reportAnswersCsv_classpath() throws IOException {
        return render(answersCsv);
    }

    @Benchmark
    public byte[] reportAnswersCsv_osgi() throws IOException {
        return render(osgiAnswersCsv);
    }

    @Benchmark
    public byte[] reportMarkdown_classpath() throws IOException {
        return render(markdown);
    }

    @Benchmark
    public byte[] reportMarkdown_osgi() throws IOException {
        return render(osgiMarkdown);
    }
}
