package org.tandem.core.internal.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReader;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.ValueModel;

/**
 * Reads and validates value model documents: their size and shape within {@link ModelLimits}
 * first, then their structure, then the model's rules.
 */
@Component(service = ModelReader.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public class ModelReaderImpl implements ModelReader {

    /** Documents above this size are refused before parsing (a model is a few hundred KB at most). */
    static final int MAX_CHARS = ModelLimits.MAX_CHARS;

    @Override
    public ModelReading read(String source, String json) {
        List<ModelProblem> problems = new ArrayList<>();
        if (json == null || json.isBlank()) {
            problems.add(ModelProblem.error("$", "the document is empty"));
            return new ModelReading(source, Optional.empty(), problems);
        }
        if (json.length() > MAX_CHARS) {
            problems.add(ModelProblem.error("$", "the document has " + json.length() + " characters; at most "
                    + MAX_CHARS + " are accepted"));
            return new ModelReading(source, Optional.empty(), problems);
        }
        ValueModel model;
        try {
            model = ModelJson.read(json, problems);
        } catch (StackOverflowError e) {
            problems.add(ModelProblem.error("$", "the document is nested too deeply"));
            return new ModelReading(source, Optional.empty(), problems);
        }
        if (model != null) {
            ModelRules.check(model, problems);
        }
        return reading(source, model, problems);
    }

    @Override
    public ModelReading validate(String source, ValueModel model) {
        List<ModelProblem> problems = new ArrayList<>();
        if (model == null) {
            problems.add(ModelProblem.error("$", "no model"));
            return new ModelReading(source, Optional.empty(), problems);
        }
        try {
            ModelRules.check(model, problems);
        } catch (RuntimeException e) {
            // a model built in code can hold nulls a document cannot; report, never throw
            problems.add(ModelProblem.error("$", "the model cannot be checked: " + e
                    + " (a required value is missing; build every text and id)"));
        }
        return reading(source, model, problems);
    }

    private static ModelReading reading(String source, ValueModel model, List<ModelProblem> problems) {
        boolean ok = model != null && problems.stream().noneMatch(ModelProblem::isError);
        return new ModelReading(source, ok ? Optional.of(model) : Optional.empty(), problems);
    }
}
