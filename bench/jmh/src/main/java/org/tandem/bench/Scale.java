package org.tandem.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.model.ValueModel;
import org.tandem.api.report.ReportService;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.ScoringService;
import org.tandem.testkit.ScoringFixtures;

/**
 * Scoring and exporting an assessment with many submitted responses in the product's setting: the
 * real bundles in an embedded Felix, the JDBC store on an embedded H2 file. For each size, one
 * assessment of the partnership model gets that many submitted responses (half customer, half
 * provider; inserted with the store's SQL, not timed), then the score card and the exports are
 * timed through the public services: median of {@code runs} after at least one untimed
 * run and 2 s of them. A failure is shown in its cell.
 * <p>
 * Plugin calls may take up to {@link #CALL_MILLIS} (configured in {@code etc/} as an operator would).
 * <p>
 * Arguments: the sizes (default 1000 10000 100000); {@code -runs n} (default 3).
 */
public final class Scale {

    /** How long one call of a strategy or renderer may take here (PIDs org.tandem.report and org.tandem.scoring). */
    private static final long CALL_MILLIS = 300_000;

    private static final String[] WORK = {"score card", "csv export", "answers-csv export", "json export"};
    /** The works' names in the figures for bench/all. */
    private static final String[] FIGURE = {"score-card", "csv", "answers-csv", "json"};

    /** CPU time of the whole process (the timed call, the plugin threads, GC and JIT): steadier than wall time on a shared machine. */
    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private Scale() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        int runs = 3;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("-runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                sizes.add(Integer.parseInt(args[i].replace("_", "").replace(",", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000, 10_000, 100_000);
        }
        Map<Integer, String[]> cells = new LinkedHashMap<>();
        Map<Integer, Long> heap = new LinkedHashMap<>();
        // a plugin call may take 10 s by default; rendering the answers of 100,000 responses takes
        // longer on a busy machine, as an operator would configure it for such assessments
        Map<String, String> etc = Map.of("org.tandem.report.cfg", "callMillis = " + CALL_MILLIS + "\n",
                "org.tandem.scoring.cfg", "callMillis = " + CALL_MILLIS + "\n");
        try (EmbeddedFramework framework = new EmbeddedFramework(
                Path.of(System.getProperty("tandem.bench.bundles", "bench/jmh/target/bundles")), etc)) {
            AssessmentService assessments = framework.service(AssessmentService.class, null);
            ScoringService scoring = framework.service(ScoringService.class, null);
            ReportService reports = framework.service(ReportService.class, null);
            awaitConfiguration(framework);
            framework.service(org.tandem.api.spi.scoring.ScoringStrategy.class, "(tandem.scoring.id=weighted)");
            for (String format : List.of("csv", "answers-csv", "json")) {
                framework.service(org.tandem.api.spi.report.ReportRenderer.class, "(tandem.report.format=" + format + ")");
            }
            for (int n : sizes) {
                Assessment a = assessments.create(new Relationship("Scale " + n, "ACME Retail", "Northwind IT"),
                        "partnership", null, null);
                long setup = System.nanoTime();
                BulkResponses.store(framework, a.id(), assessments.model(a.id()), n);
                System.err.printf("%,d responses stored in %,d s%n", n, (System.nanoTime() - setup) / 1_000_000_000);
                String[] row = new String[WORK.length];
                resetPeaks();
                for (int w = 0; w < WORK.length; w++) {
                    try {
                        double[][] t = time(w, a.id(), scoring, reports, runs, () -> submitOneMore(assessments, a.id()));
                        double ms = median(t[0]);
                        double cpu = median(t[1]);
                        row[w] = String.format("%,.0f ms (%.0f µs; CPU %.0f µs)", ms, ms * 1000 / n, cpu * 1000 / n);
                        Figures.figure("scale." + FIGURE[w] + "." + n + ".us", ms * 1000 / n);
                        Figures.figure("scale." + FIGURE[w] + "." + n + ".cpu.us", cpu * 1000 / n);
                    } catch (RuntimeException e) {
                        row[w] = "fails: " + e.getMessage().replaceAll("^.*: ", "");
                    }
                    System.err.printf("%,d responses, %s: %s%n", n, WORK[w], row[w]);
                }
                cells.put(n, row);
                heap.put(n, peakHeap());
            }
        }
        print(cells, heap, runs);
    }

    /** Waits until FileInstall has handed the call limits to Configuration Admin: the services show them as properties. */
    private static void awaitConfiguration(EmbeddedFramework framework) throws Exception {
        long end = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < end) {
            if (framework.has("org.tandem.api.report.ReportService", "(callMillis=" + CALL_MILLIS + ")")
                    && framework.has("org.tandem.api.scoring.ScoringService", "(callMillis=" + CALL_MILLIS + ")")) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the call limits in etc/ were not applied within 30 s");
    }

    /**
     * One more submitted response (untimed, before each call): the scoring service keeps an open
     * assessment's last card and the report service its last report while their input stays equal,
     * so without a change each call after the first would time reading the input, not the work.
     */
    private static void submitOneMore(AssessmentService assessments, String assessmentId) {
        ValueModel model = assessments.model(assessmentId);
        Respondent r = assessments.invite(assessmentId, "customer", "One more");
        assessments.answer(r.token(), ScoringFixtures.answering(model, "c", "customer", 0.5).answers(), Map.of(), true, 0);
    }

    /** Wall and process CPU milliseconds of each timed run, each after {@code change}. */
    private static double[][] time(int work, String id, ScoringService scoring, ReportService reports, int runs,
            Runnable change) {
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        long warm = System.nanoTime() + 2_000_000_000L;
        for (int run = -1; run < runs; run++) {
            if (run == 0 && System.nanoTime() < warm) {
                run = -1; // warm up for 2 s, so the first sizes are not measured before the JIT compiled them
            }
            change.run();
            long start = System.nanoTime();
            long startCpu = CPU.getProcessCpuTime();
            switch (work) {
                case 0 -> check(scoring.score(id));
                case 1 -> reports.render(id, "csv", "en", OutputStream.nullOutputStream());
                case 2 -> reports.render(id, "answers-csv", "en", OutputStream.nullOutputStream());
                default -> reports.render(id, "json", "en", OutputStream.nullOutputStream());
            }
            if (run >= 0) {
                ms[run] = (System.nanoTime() - start) / 1e6;
                cpu[run] = (CPU.getProcessCpuTime() - startCpu) / 1e6;
            }
        }
        return new double[][] {ms, cpu};
    }

    private static void check(ScoreCard card) {
        if (card.overall() == null) {
            throw new IllegalStateException("no overall score");
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks}: an upper bound of the live heap. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void print(Map<Integer, String[]> cells, Map<Integer, Long> heap, int runs) {
        System.out.println();
        System.out.println("Median of " + runs + " runs after warming up: wall time, and per response in brackets: wall time and the process's CPU time.");
        System.out.println();
        System.out.println("| responses | " + String.join(" | ", WORK) + " | peak heap |");
        System.out.println("|---|" + "---|".repeat(WORK.length) + "---|");
        for (Map.Entry<Integer, String[]> e : cells.entrySet()) {
            System.out.println(String.format("| %,d | ", e.getKey()) + String.join(" | ", e.getValue())
                    + String.format(" | %,d MB |", heap.get(e.getKey()) >> 20));
        }
    }
}
