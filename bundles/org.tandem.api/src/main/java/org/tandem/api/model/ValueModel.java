package org.tandem.api.model;

import java.util.List;
import java.util.Optional;

/**
 * A value model: what an assessment of a relationship asks and how it is read. Identified by
 * {@code id} and a semantic {@code version}; several versions can be installed side by side.
 *
 * @param format        the document format version (currently 1)
 * @param id            stable identifier, e.g. {@code partnership}
 * @param version       semantic version, {@code major.minor.patch}
 * @param title         the model's name
 * @param description   what it assesses; may be empty
 * @param locales       the languages every text is given in; never empty
 * @param defaultLocale the language used when a text is missing in the one asked for
 * @param perspectives  the sides that answer
 * @param scales        the answer scales its questions use
 * @param dimensions    the values assessed, in questionnaire order
 * @param bands         classification of 0-100 scores, ascending, covering 0-100 exactly
 * @param scoring       how it wants to be scored
 * @since 1.0
 */
public record ValueModel(int format, String id, String version, LocalizedText title, LocalizedText description,
        List<String> locales, String defaultLocale, List<Perspective> perspectives, List<Scale> scales,
        List<Dimension> dimensions, List<Band> bands, ScoringSettings scoring) {

    public ValueModel {
        locales = List.copyOf(locales);
        perspectives = List.copyOf(perspectives);
        scales = List.copyOf(scales);
        dimensions = List.copyOf(dimensions);
        bands = List.copyOf(bands);
    }

    /** {@code id@version}, the way a model is named in messages and provenance. */
    public String key() {
        return id + "@" + version;
    }

    public Optional<Perspective> perspective(String id) {
        return perspectives.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Scale> scale(String id) {
        return scales.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Dimension> dimension(String id) {
        return dimensions.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Every question, in questionnaire order. */
    public List<Question> questions() {
        return dimensions.stream().flatMap(d -> d.questions().stream()).toList();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * Whether any question has {@code role}.
     *
     * @since 1.1
     */
    public boolean asks(QuestionRole role) {
        return questions().stream().anyMatch(q -> q.role() == role);
    }

    /** The band {@code score} falls in, if the bands cover it. */
    public Optional<Band> band(double score) {
        return bands.stream().filter(b -> b.contains(score)).findFirst();
    }
}
