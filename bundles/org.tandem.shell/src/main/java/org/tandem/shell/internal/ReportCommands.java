package org.tandem.shell.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.TreeSet;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.deploy.ModelChoices;
import org.tandem.api.model.ModelRegistry;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.report.ReportException;
import org.tandem.api.report.ReportService;

/** Reports from the shell: the installed renderers, a model's choice of renderer, a report written to a file. */
@Component(service = ReportCommands.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@GogoCommand(scope = "tandem", function = {"renderers", "report", "reportwith"})
public class ReportCommands {

    private final ReportService reports;
    private final AssessmentService assessments;
    private final ModelRegistry models;
    private final ModelChoices choices;

    @Activate
    public ReportCommands(@Reference ReportService reports, @Reference AssessmentService assessments,
            @Reference ModelRegistry models, @Reference ModelChoices choices) {
        this.reports = reports;
        this.assessments = assessments;
        this.models = models;
        this.choices = choices;
    }

    @Descriptor("lists the installed report renderers and the renderer each model uses per format")
    public String renderers() {
        List<RendererInfo> all = reports.renderers();
        StringBuilder out = new StringBuilder("Report renderers:\n");
        for (RendererInfo r : all) {
            out.append(String.format("  %-12s %-28s %-30s %s %s%n", r.format(), r.key(), r.name(), r.bundle(),
                    r.bundleVersion()));
        }
        TreeSet<String> formats = new TreeSet<>(all.stream().map(RendererInfo::format).toList());
        TreeSet<String> ids = new TreeSet<>(models.models().stream().map(m -> m.model().id()).toList());
        for (String model : ids) {
            out.append("Model ").append(model).append(':');
            for (String format : formats) {
                out.append(' ').append(format).append('=').append(rendererOf(model, format));
            }
            out.append('\n');
        }
        return out.toString();
    }

    @Descriptor("writes the report of an assessment to a file in a format (html, pdf, json, csv, answers-csv, markdown)")
    public String report(
            @Descriptor("language of the report, e.g. sv or en (default: the model's)")
            @Parameter(names = {"-l", "--lang"}, absentValue = "") String language,
            @Descriptor("the file to write (default: <assessment id>.<extension> in the current directory)")
            @Parameter(names = {"-o", "--out"}, absentValue = "") String file,
            @Descriptor("assessment id (or a unique start of it)") String assessment,
            @Descriptor("report format") String format) throws IOException {
        String id = AssessmentCommands.resolve(assessments, assessment);
        String model = assessments.model(id).id();
        RendererInfo renderer = reports.rendererFor(model, format);
        Path target = Path.of(file.isEmpty() ? id + "." + renderer.extension() : file).toAbsolutePath();
        if (Files.isDirectory(target)) {
            target = target.resolve(id + "." + renderer.extension());
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw new ReportException("cannot write " + target + ": the folder " + target.getParent() + " does not exist");
        }
        Path staged = target.resolveSibling("." + target.getFileName() + ".partial");
        RendererInfo used;
        try {
            try (OutputStream out = Files.newOutputStream(staged)) {
                used = reports.render(id, format, language.isEmpty() ? null : language, out);
            }
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(staged);
            throw new ReportException("cannot write " + target + ": " + e, e);
        } catch (RuntimeException e) {
            Files.deleteIfExists(staged);
            throw e;
        }
        return "Wrote " + target + " (" + Files.size(target) + " bytes, " + used.describe() + ")";
    }

    @Descriptor("chooses the renderer of one format for a model (id, or id@version); 'default' goes back to the stock one")
    public String reportwith(@Descriptor("model id") String model, @Descriptor("report format, e.g. html") String format,
            @Descriptor("renderer id, id@version, or default") String renderer) throws IOException {
        ModelChoices.Choice choice;
        try {
            choice = choices.useRenderer(model, format, renderer);
        } catch (ReportException e) {
            throw new ReportException(e.getMessage() + " (see tandem:renderers)");
        }
        if (choice.removed()) {
            String now = rendererOf(model, format);
            return choice.effective()
                    ? "Model " + model + " gets " + format + " reports from the stock renderer again (" + choice.file()
                            + " removed)"
                    : "Removed " + choice.file() + ", but " + format + " reports of " + model + " still come from " + now
                            + ": another configuration (org.tandem.report.model-*.cfg in etc/) chooses it";
        }
        return choice.effective()
                ? "Model " + model + " gets " + format + " reports from " + renderer + " (" + choice.file() + ")"
                : "Wrote " + choice.file() + ", but it has not taken effect within 10 s: see logs/";
    }

    private String rendererOf(String model, String format) {
        try {
            return reports.rendererFor(model, format).key();
        } catch (ReportException e) {
            return "(the chosen renderer is not installed)";
        }
    }
}
