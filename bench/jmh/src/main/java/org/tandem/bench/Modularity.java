package org.tandem.bench;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ModularityBenchmark} and prints one row per work: operations per second on the class
 * path, in the framework, and their ratio (framework / class path; 1.00 means no cost).
 * <p>
 * Arguments (all optional): {@code -f forks -wi warm-up iterations -i iterations -w seconds -r seconds
 * -b regex} (the benchmarks to run, e.g. {@code scoring}).
 */
public final class Modularity {

    private Modularity() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = arguments(args);
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ModularityBenchmark.class.getSimpleName() + "\\..*" + a.getOrDefault("-b", ""))
                .forks(Integer.parseInt(a.getOrDefault("-f", "1")))
                .warmupIterations(Integer.parseInt(a.getOrDefault("-wi", "2")))
                .warmupTime(TimeValue.seconds(Long.parseLong(a.getOrDefault("-w", "1"))))
                .measurementIterations(Integer.parseInt(a.getOrDefault("-i", "3")))
                .measurementTime(TimeValue.seconds(Long.parseLong(a.getOrDefault("-r", "1"))))
                .jvmArgsAppend("-Dtandem.bench.bundles=" + System.getProperty("tandem.bench.bundles",
                        "bench/jmh/target/bundles"));
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, Result<?>[]> rows = new TreeMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            int cut = name.lastIndexOf('_');
            Result<?>[] row = rows.computeIfAbsent(name.substring(0, cut), k -> new Result<?>[2]);
            row[name.endsWith("_classpath") ? 0 : 1] = r.getPrimaryResult();
        }
        System.out.println();
        System.out.println("| work | class path ops/s | OSGi ops/s | OSGi / class path |");
        System.out.println("|---|---|---|---|");
        for (Map.Entry<String, Result<?>[]> e : rows.entrySet()) {
            Result<?> plain = e.getValue()[0];
            Result<?> osgi = e.getValue()[1];
            String ratio = plain == null || osgi == null ? "" : String.format("%.2f", osgi.getScore() / plain.getScore());
            if (plain != null && osgi != null) {
                figures(e.getKey(), plain, osgi);
            }
            System.out.println("| " + label(e.getKey()) + " | " + cell(plain) + " | " + cell(osgi) + " | " + ratio + " |");
        }
    }

    /**
     * The ratio and how far the measurement's error lets it go: the lowest ratio the two scores' error
     * intervals allow (OSGi at its lowest over the class path at its highest) and the highest.
     */
    private static void figures(String work, Result<?> plain, Result<?> osgi) {
        double ep = Double.isNaN(plain.getScoreError()) ? 0 : plain.getScoreError();
        double eo = Double.isNaN(osgi.getScoreError()) ? 0 : osgi.getScoreError();
        Figures.figure("modularity." + work + ".ratio", osgi.getScore() / plain.getScore());
        Figures.figure("modularity." + work + ".low", (osgi.getScore() - eo) / (plain.getScore() + ep));
        Figures.figure("modularity." + work + ".high", (osgi.getScore() + eo) / Math.max(1e-9, plain.getScore() - ep));
    }

    private static String cell(Result<?> r) {
        if (r == null) {
            return "";
        }
        double error = r.getScoreError();
        return String.format("%,.0f", r.getScore()) + (Double.isNaN(error) ? "" : String.format(" ± %,.0f", error));
    }

    private static String label(String benchmark) {
        return switch (benchmark) {
            case "scoringWeighted" -> "scoring, weighted strategy (20 respondents)";
            case "scoringMaturity" -> "scoring, maturity strategy (20 respondents)";
            case "questionnaireValidation" -> "questionnaire: validate a complete customer response";
            case "modelReading" -> "model: read and validate partnership.model.json";
            case "reportHtml" -> "report html";
            case "reportPdf" -> "report pdf";
            case "reportJson" -> "report json";
            case "reportCsv" -> "report csv";
            case "reportAnswersCsv" -> "report answers-csv";
            case "reportMarkdown" -> "report markdown";
            default -> benchmark;
        };
    }

    private static Map<String, String> arguments(String[] args) {
        Map<String, String> a = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            a.put(args[i], args[i + 1]);
        }
        return a;
    }
}
