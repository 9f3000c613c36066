package org.tandem.core.internal.job;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.job.Job;
import org.tandem.api.model.ModelRegistry;
import org.tandem.api.model.ModelRegistry.InstalledModel;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.AnswerProblem;
import org.tandem.api.questionnaire.InvalidAnswersException;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.report.ReportException;
import org.tandem.api.report.ReportService;

/**
 * {@code bin/tandem report --model <id> --responses <file.json> --format <fmt> [--lang sv|en] [--out file]}:
 * scores a responses file with the model's scoring and writes its report, without a server. The
 * responses go through the same questionnaire checks, store, scoring and renderers as on the
 * server, into the job's own throw-away data directory.
 */
@Component(service = Job.class, property = Job.NAME + "=report", configurationPolicy = ConfigurationPolicy.IGNORE)
public class ReportJob implements Job {

    static final String USAGE = "usage: tandem report --model <id>[@<version>] --responses <file.json> "
            + "--format <format> [--lang <language>] [--out <file>]";
    private static final long MODEL_WAIT_MILLIS = 10_000;

    private final AssessmentService assessments;
    private final ModelRegistry models;
    private final ReportService reports;

    @Activate
    public ReportJob(@Reference AssessmentService assessments, @Reference ModelRegistry models,
            @Reference ReportService reports) {
        this.assessments = assessments;
        this.models = models;
        this.reports = reports;
    }

    /** A mistake in the input: its lines, and the exit code. */
    private static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        private final int code;

        Failure(int code, String message) {
            super(message);
            this.code = code;
        }
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        try {
            Map<String, String> options = options(arguments);
            String format = options.get("--format");
            Path file = path(options, "--responses");
            Path target = options.containsKey("--out") ? writable(path(options, "--out")) : null;
            ValueModel model = model(options.get("--model"));
            String language = language(options.get("--lang"), model);
            RendererInfo renderer = renderer(model, format);
            ResponsesFile responses = read(file);
            Assessment assessment = assessments.create(responses.relationship(), model.id(), model.version(), null);
            answer(assessment, responses, file);
            assessments.close(assessment.id());
            if (target == null) {
                reports.render(assessment.id(), format, language, out);
                out.flush();
                return 0;
            }
            Path written = write(target, assessment.id(), format, language);
            out.println("Wrote " + written + " (" + Files.size(written) + " bytes, " + renderer.describe() + ", "
                    + responses.responses().size() + " responses, model " + model.key() + ")");
            return 0;
        } catch (Failure f) {
            err.println("tandem report: " + f.getMessage());
            return f.code;
        } catch (IOException e) {
            err.println("tandem report: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            // scoring, rendering or the store refused: their messages name what and where
            err.println("tandem report: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        }
    }

    private static Map<String, String> options(List<String> arguments) throws Failure {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> known = List.of("--model", "--responses", "--format", "--lang", "--out");
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            if (!known.contains(arg)) {
                throw new Failure(2, (arg.startsWith("-") ? "unknown option '" : "unexpected argument '") + arg + "'\n"
                        + USAGE);
            }
            if (value == null) {
                if (i + 1 >= arguments.size() || arguments.get(i + 1).startsWith("--")) {
                    throw new Failure(2, arg + " needs a value\n" + USAGE);
                }
                value = arguments.get(++i);
            }
            if (value.isBlank()) {
                throw new Failure(2, arg + " needs a value, not an empty one\n" + USAGE);
            }
            options.put(arg, value);
        }
        for (String required : List.of("--model", "--responses", "--format")) {
            if (!options.containsKey(required)) {
                throw new Failure(2, required + " is missing\n" + USAGE);
            }
        }
        return options;
    }

    /** The model {@code id} or {@code id@version}, waiting a while for models from deploy/ to be read. */
    private ValueModel model(String spec) throws Failure {
        String[] parts = spec.split("@", 2);
        long deadline = System.nanoTime() + MODEL_WAIT_MILLIS * 1_000_000;
        while (true) {
            Optional<InstalledModel> found = parts.length > 1 ? models.model(parts[0], parts[1]) : models.latest(parts[0]);
            if (found.isPresent()) {
                return found.get().model();
            }
            if (System.nanoTime() > deadline) {
                List<String> installed = models.models().stream().map(m -> m.model().key()).toList();
                throw new Failure(1, "--model: no model " + spec + " is installed (installed: "
                        + (installed.isEmpty() ? "none" : String.join(", ", installed)) + ")");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Failure(1, "interrupted while waiting for model " + spec);
            }
        }
    }

    private static String language(String language, ValueModel model) throws Failure {
        if (language == null) {
            return model.defaultLocale();
        }
        if (!model.locales().contains(language)) {
            throw new Failure(2, "--lang: model " + model.key() + " is written in " + String.join(", ", model.locales())
                    + ", not '" + language + "'");
        }
        return language;
    }

    private RendererInfo renderer(ValueModel model, String format) throws Failure {
        List<String> formats = reports.renderers().stream().map(RendererInfo::format).distinct().sorted().toList();
        if (!formats.contains(format)) {
            throw new Failure(2, "--format: no renderer writes '" + format + "' (formats: " + String.join(", ", formats)
                    + ")");
        }
        try {
            return reports.rendererFor(model.id(), format);
        } catch (ReportException e) {
            throw new Failure(1, e.getMessage());
        }
    }

    private static Path path(Map<String, String> options, String option) throws Failure {
        String value = options.get(option);
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new Failure(2, option + ": '" + value + "' is not a valid path (" + e.getReason() + ")");
        }
    }

    /** The file to write, checked before any work: its folder exists and it is not a folder itself. */
    private static Path writable(Path target) throws Failure {
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new Failure(2, "--out: " + file + " is a folder; name the file to write");
        }
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) {
            throw new Failure(1, "--out: cannot write " + file + ": the folder " + file.getParent() + " does not exist");
        }
        return file;
    }

    private static ResponsesFile read(Path file) throws Failure {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Failure(1, "--responses: " + file + " does not exist");
        } catch (IOException e) {
            throw new Failure(1, "--responses: cannot read " + file + ": " + e);
        }
        try {
            return ResponsesFile.parse(json);
        } catch (ResponsesFile.Problems p) {
            throw new Failure(1, problems(file, p.problems()));
        }
    }

    /** Invites one respondent per response and submits it; every refused answer is listed with its path. */
    private void answer(Assessment assessment, ResponsesFile responses, Path file) throws Failure {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < responses.responses().size(); i++) {
            ResponsesFile.Entry entry = responses.responses().get(i);
            String path = "$.responses[" + i + "]";
            Respondent respondent;
            try {
                respondent = assessments.invite(assessment.id(), entry.perspective(), "Response " + (i + 1));
            } catch (AssessmentException e) {
                problems.add(path + ".perspective: " + e.getMessage());
                continue;
            }
            try {
                assessments.answer(respondent.token(), entry.answers(), entry.comments(), true, 0);
            } catch (InvalidAnswersException e) {
                for (AnswerProblem p : e.problems()) {
                    String where = entry.comments().containsKey(p.question()) && !entry.answers().containsKey(p.question())
                            ? ".comments." : ".answers.";
                    problems.add(path + where + p.question() + ": " + p.message());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Failure(1, problems(file, problems));
        }
    }

    private static String problems(Path file, List<String> problems) {
        return file + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n  "
                + String.join("\n  ", problems);
    }

    private Path write(Path file, String assessmentId, String format, String language) throws IOException {
        Path staged = file.resolveSibling("." + file.getFileName() + ".partial");
        try {
            try (OutputStream stream = Files.newOutputStream(staged)) {
                reports.render(assessmentId, format, language, stream);
            }
            Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(staged);
            throw new IOException("cannot write " + file + ": " + describe(e), e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(staged);
            throw e;
        }
        return file;
    }

    private static String describe(IOException e) {
        String what = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                .toLowerCase(java.util.Locale.ROOT);
        return e.getMessage() == null ? what : what + ": " + e.getMessage();
    }
}
