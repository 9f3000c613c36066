package org.tandem.core.internal.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.deploy.ModelChoices;
import org.tandem.api.report.RendererInfo;
import org.tandem.api.report.ReportException;
import org.tandem.api.report.ReportService;
import org.tandem.api.scoring.ScoringService;

/**
 * Choices as configuration files in {@code data/etc/}: FileInstall watches that folder and hands each
 * file to ConfigAdmin as a factory configuration, which the scoring and report services read.
 */
@Component(service = ModelChoices.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public class ModelChoicesImpl implements ModelChoices {

    /** Model ids and formats end up in file names: only what a model id may be (see ModelRules). */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");

    private final ScoringService scoring;
    private final ReportService reports;
    private final Path choices;

    @Activate
    public ModelChoicesImpl(BundleContext context, @Reference ScoringService scoring, @Reference ReportService reports) {
        this(Path.of(context.getProperty("tandem.data"), "etc"), scoring, reports);
    }

    ModelChoicesImpl(Path choices, ScoringService scoring, ReportService reports) {
        this.choices = choices;
        this.scoring = scoring;
        this.reports = reports;
    }

    @Override
    public Choice useStrategy(String modelId, String strategy) throws IOException {
        Path file = choices.resolve("org.tandem.scoring.model-" + id(modelId, "model id") + ".cfg");
        if (strategy.equals(DEFAULT)) {
            String before = scoring.strategyFor(modelId);
            boolean existed = Files.deleteIfExists(file);
            return new Choice(file, true, !existed || ConfigFiles.await(() -> !before.equals(scoring.strategyFor(modelId))));
        }
        if (scoring.strategies().stream().noneMatch(s -> s.id().equals(strategy.split("@", 2)[0]))) {
            throw new AssessmentException("no scoring strategy '" + strategy + "' is installed");
        }
        ConfigFiles.write(file, "model = " + modelId + "\nstrategy = " + strategy + "\n");
        return new Choice(file, false, ConfigFiles.await(() -> strategy.equals(scoring.strategyFor(modelId))));
    }

    @Override
    public Choice useRenderer(String modelId, String format, String renderer) throws IOException {
        Path file = choices.resolve("org.tandem.report.model-" + id(modelId, "model id") + "-" + id(format, "format")
                + ".cfg");
        if (renderer.equals(DEFAULT)) {
            Files.deleteIfExists(file);
            return new Choice(file, true, ConfigFiles.await(() -> rendererOf(modelId, format).startsWith("tandem." + format + "@")));
        }
        String[] spec = renderer.split("@", 2);
        if (reports.renderers().stream().noneMatch(r -> r.id().equals(spec[0]) && r.format().equals(format)
                && (spec.length == 1 || r.version().equals(spec[1])))) {
            throw new ReportException("no " + format + " report renderer '" + renderer + "' is installed");
        }
        ConfigFiles.write(file, "model = " + modelId + "\nformat = " + format + "\nrenderer = " + renderer + "\n");
        return new Choice(file, false, ConfigFiles.await(() -> rendererIs(modelId, format, renderer)));
    }

    private static String id(String value, String what) {
        if (value == null || !ID.matcher(value).matches()) {
            throw new AssessmentException("'" + value + "' is not a valid " + what
                    + ": letters, digits, '.', '_' and '-', starting with a letter or digit");
        }
        return value;
    }

    private String rendererOf(String model, String format) {
        try {
            return reports.rendererFor(model, format).key();
        } catch (ReportException e) {
            return "";
        }
    }

    private boolean rendererIs(String model, String format, String renderer) {
        try {
            RendererInfo now = reports.rendererFor(model, format);
            return renderer.contains("@") ? now.key().equals(renderer) : now.id().equals(renderer);
        } catch (ReportException e) {
            return false;
        }
    }
}
