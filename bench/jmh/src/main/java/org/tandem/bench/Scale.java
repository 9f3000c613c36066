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
import org.tandem.api.report.ReportService;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.ScoringService;

/**
 * Scoring and exporting an assessment with many submitted responses in the product's setting: the
 * real bundles in an embedded Felix, the JDBC store on an embedded H2 file. For each size, one
 * assessment of the partnership model gets that many submitted responses (half customer, half
 * provider; inserted with the store's SQL, not timed), then the score card and the exports are
 * timed through the public services: median of {@code runs} after one untimed run.
 * <p>
 * Arguments: the sizes (default 1000 10000 100000); {@code -runs n} (default 3).
 */
public final class Scale {

    private static final String[] WORK = {"score card", "csv export", "answers-csv export", "json export"};

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
        Map<Integer, double[]> millis = new LinkedHashMap<>();
        Map<Integer, Long> heap = new LinkedHashMap<>();
        try (EmbeddedFramework framework = new EmbeddedFramework(
                Path.of(System.getProperty("tandem.bench.bundles", "bench/jmh/target/bundles")))) {
            AssessmentService assessments = framework.service(AssessmentService.class, null);
            ScoringService scoring = framework.service(ScoringService.class, null);
            ReportService reports = framework.service(ReportService.class, null);
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
                double[] row = new double[WORK.length];
                resetPeaks();
                for (int w = 0; w < WORK.length; w++) {
                    row[w] = median(time(w, a.id(), scoring, reports, runs));
                }
                millis.put(n, row);
                heap.put(n, peakHeap());
                System.err.printf("%,d: %s ms%n", n, Arrays.toString(row));
            }
        }
        print(millis, heap, runs);
    }

    private static double[] time(int work, String id, ScoringService scoring, ReportService reports, int runs) {
        double[] ms = new double[runs];
        for (int run = -1; run < runs; run++) {
            long start = System.nanoTime();
            switch (work) {
                case 0 -> check(scoring.score(id));
                case 1 -> reports.render(id, "csv", "en", OutputStream.nullOutputStream());
                case 2 -> reports.render(id, "answers-csv", "en", OutputStream.nullOutputStream());
                default -> reports.render(id, "json", "en", OutputStream.nullOutputStream());
            }
            if (run >= 0) {
                ms[run] = (System.nanoTime() - start) / 1e6;
            }
        }
        return ms;
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

    private static void print(Map<Integer, double[]> millis, Map<Integer, Long> heap, int runs) {
        System.out.println();
        System.out.println("Median of " + runs + " runs after one untimed run; ms, and µs per response in brackets.");
        System.out.println();
        StringBuilder head = new StringBuilder("| responses |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String w : WORK) {
            head.append(' ').append(w).append(" |");
            rule.append("---|");
        }
        System.out.println(head + " peak heap |");
        System.out.println(rule + "---|");
        for (Map.Entry<Integer, double[]> e : millis.entrySet()) {
            StringBuilder row = new StringBuilder(String.format("| %,d |", e.getKey()));
            for (double ms : e.getValue()) {
                row.append(String.format(" %,.0f ms (%.1f µs) |", ms, ms * 1000 / e.getKey()));
            }
            row.append(String.format(" %,d MB |", heap.get(e.getKey()) >> 20));
            System.out.println(row);
        }
    }
}
