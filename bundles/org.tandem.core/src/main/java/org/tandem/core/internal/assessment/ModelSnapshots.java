package org.tandem.core.internal.assessment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.model.ModelReader;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.ValueModel;
import org.tandem.api.store.AssessmentStore;

/**
 * The model each assessment pinned, read from the snapshot stored with it. An assessment's model
 * never changes, so each is read once.
 */
@Component(service = ModelSnapshots.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public class ModelSnapshots {

    private final AssessmentStore store;
    private final ModelReader reader;
    private final Map<String, ValueModel> cache = new ConcurrentHashMap<>();
    /** Assessments of one model version share one parsed model: keyed by the snapshot's text. */
    private final Map<String, ValueModel> byText = new ConcurrentHashMap<>();

    @Activate
    public ModelSnapshots(@Reference AssessmentStore store, @Reference ModelReader reader) {
        this.store = store;
        this.reader = reader;
    }

    /** The assessment's model; remembers {@code model} as the snapshot of a new assessment. */
    public void remember(String assessmentId, ValueModel model) {
        cache.put(assessmentId, model);
    }

    /**
     * The model of assessment {@code assessmentId}: from memory once known (a snapshot never
     * changes), so answering a respondent does not read the assessment again.
     *
     * @param assessment reads the assessment when its model is not known yet; fails for an unknown id
     */
    public ValueModel of(String assessmentId, Function<String, Assessment> assessment) {
        ValueModel known = cache.get(assessmentId);
        return known != null ? known : of(assessment.apply(assessmentId));
    }

    public ValueModel of(Assessment assessment) {
        return cache.computeIfAbsent(assessment.id(), id -> byText.computeIfAbsent(store.modelSnapshot(id), text -> {
            ModelReading reading = reader.read(assessment.model().toString(), text);
            return reading.model().orElseThrow(() -> new AssessmentException("the model snapshot of assessment " + id
                    + " cannot be read: " + reading.errors()));
        }));
    }
}
