package org.tandem.core.internal.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReader;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.ModelRegistry;
import org.tandem.api.model.ValueModel;
import org.tandem.core.internal.SemanticVersions;

/**
 * The installed value models, contributed per source (a bundle, a file in deploy/, a provider
 * service). A source's models are replaced as a whole when it changes and withdrawn when it goes.
 * A document with errors is refused with its problems; the rest is unaffected.
 */
@Component(service = {ModelRegistry.class, ModelRegistryImpl.class}, configurationPolicy = ConfigurationPolicy.IGNORE)
public class ModelRegistryImpl implements ModelRegistry {

    /** A model document as a source gives it: its name within the source and its JSON. */
    public record Document(String name, String json) {
    }

    /** An installed model with the document it came from, kept as the snapshot for assessments. */
    record Entry(InstalledModel installed, String json) {
    }

    /** major.minor.patch, then a separator and a qualifier, as the reader accepts them. */

    private final ModelReader reader;
    private final Logger log;
    private final Map<String, List<Entry>> bySource = new ConcurrentHashMap<>();
    private final Map<String, ModelReading> refused = new ConcurrentHashMap<>();

    @Activate
    public ModelRegistryImpl(@Reference ModelReader reader, @Reference(service = LoggerFactory.class) Logger log) {
        this.reader = reader;
        this.log = log;
    }

    /** Reads and installs the documents of {@code source}, replacing what it gave before. */
    public synchronized void install(String source, String bundle, List<Document> documents) {
        withdraw(source);
        List<Entry> entries = new ArrayList<>();
        for (Document document : documents) {
            String name = documents.size() == 1 && document.name().isEmpty() ? source : source + ":" + document.name();
            accept(reader.read(name, document.json()), bundle, document.json(), entries).ifPresent(entries::add);
        }
        if (!entries.isEmpty()) {
            bySource.put(source, List.copyOf(entries));
        }
    }

    /** Installs models built in code (already validated readings with their JSON form). */
    public synchronized void installReadings(String source, String bundle, Map<ModelReading, String> readings) {
        withdraw(source);
        List<Entry> entries = new ArrayList<>();
        readings.forEach((reading, json) -> accept(reading, bundle, json, entries).ifPresent(entries::add));
        if (!entries.isEmpty()) {
            bySource.put(source, List.copyOf(entries));
        }
    }

    /** Withdraws every model of {@code source} and forgets its refusals. */
    public synchronized void withdraw(String source) {
        List<Entry> gone = bySource.remove(source);
        refused.keySet().removeIf(name -> name.equals(source) || name.startsWith(source + ":"));
        if (gone != null) {
            gone.forEach(e -> log.info("Model {} withdrawn ({})", e.installed().model().key(), e.installed().source()));
        }
    }

    /** Also refuses a document that could not even be read (e.g. a path missing from its bundle). */
    public synchronized void refuse(ModelReading reading) {
        refused.put(reading.source(), reading);
        log.error("Model {} refused:{}", reading.source(), problems(reading));
    }

    /** Accepts a reading unless it has errors or its version is installed already, here or by {@code pending}. */
    private Optional<Entry> accept(ModelReading reading, String bundle, String json, List<Entry> pending) {
        reading.problems().stream().filter(p -> !p.isError())
                .forEach(p -> log.warn("Model {}: {}", reading.source(), p));
        if (!reading.valid()) {
            refuse(reading);
            return Optional.empty();
        }
        ValueModel model = reading.model().orElseThrow();
        Optional<InstalledModel> clash = pending.stream().map(Entry::installed)
                .filter(m -> m.model().id().equals(model.id()) && m.model().version().equals(model.version()))
                .findFirst().or(() -> model(model.id(), model.version()));
        if (clash.isPresent()) {
            refuse(new ModelReading(reading.source(), Optional.empty(), List.of(ModelProblem.error("$.version",
                    "model " + model.key() + " is already installed from " + clash.get().source()
                            + "; give this one another version"))));
            return Optional.empty();
        }
        refused.remove(reading.source());
        log.info("Model {} installed from {}", model.key(), reading.source());
        return Optional.of(new Entry(new InstalledModel(model, reading.source(), bundle), json));
    }

    @Override
    public List<InstalledModel> models() {
        return entries().map(Entry::installed).toList();
    }

    @Override
    public Optional<InstalledModel> latest(String id) {
        return entries().map(Entry::installed).filter(m -> m.model().id().equals(id)).reduce((a, b) -> b);
    }

    @Override
    public Optional<InstalledModel> model(String id, String version) {
        return entry(id, version).map(Entry::installed);
    }

    /** The document of one installed model version, the snapshot an assessment stores. */
    public Optional<String> document(String id, String version) {
        return entry(id, version).map(Entry::json);
    }

    @Override
    public List<ModelReading> refused() {
        return refused.values().stream().sorted(Comparator.comparing(ModelReading::source)).toList();
    }

    private Optional<Entry> entry(String id, String version) {
        return entries().filter(e -> e.installed().model().id().equals(id)
                && e.installed().model().version().equals(version)).findFirst();
    }

    /** Every entry sorted by model id, then semantic version (ascending). */
    private java.util.stream.Stream<Entry> entries() {
        return bySource.values().stream().flatMap(List::stream)
                .sorted(Comparator.comparing((Entry e) -> e.installed().model().id())
                        .thenComparing(e -> e.installed().model().version(), SemanticVersions::compare));
    }

    static String problems(ModelReading reading) {
        return reading.problems().stream().map(p -> "\n  " + p).collect(Collectors.joining());
    }
}
