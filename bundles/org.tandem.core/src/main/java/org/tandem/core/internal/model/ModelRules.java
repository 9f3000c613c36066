package org.tandem.core.internal.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.tandem.api.model.Band;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.QuestionRole;
import org.tandem.api.model.ValueModel;

/**
 * The semantic rules of a value model, checked on the records so that documents and models built
 * in code get the same checks; every problem carries the JSON path of the offending value. The
 * questions' own rules are in {@link QuestionRules}.
 */
final class ModelRules {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+([.-][A-Za-z0-9_.-]+)?");

    final ValueModel model;
    final List<ModelProblem> problems;
    final Set<String> perspectives = new HashSet<>();
    final Set<String> bands = new HashSet<>();

    private ModelRules(ValueModel model, List<ModelProblem> problems) {
        this.model = model;
        this.problems = problems;
    }

    static void check(ValueModel model, List<ModelProblem> problems) {
        new ModelRules(model, problems).checkAll();
    }

    private void checkAll() {
        id("$.id", model.id());
        if (model.version() != null && !VERSION.matcher(model.version()).matches()) {
            error("$.version", "'" + model.version() + "' is not a semantic version major.minor.patch, e.g. 1.0.0");
        }
        if (model.locales().isEmpty()) {
            error("$.locales", "name at least one language, e.g. [\"en\"]");
        } else if (model.defaultLocale() != null && !model.locales().contains(model.defaultLocale())) {
            error("$.defaultLocale", "'" + model.defaultLocale() + "' is not one of the locales " + model.locales());
        }
        text("$.title", model.title(), true);
        text("$.description", model.description(), false);
        if (model.scoring().minimumRespondents() < 1) {
            error("$.scoring.minimumRespondents", "must be 1 or more");
        }
        unique("$.perspectives", model.perspectives().stream().map(p -> p.id()).toList(), perspectives);
        if (model.perspectives().isEmpty()) {
            error("$.perspectives", "a model needs at least one perspective");
        }
        for (int i = 0; i < model.perspectives().size(); i++) {
            text("$.perspectives[" + i + "].title", model.perspectives().get(i).title(), true);
            text("$.perspectives[" + i + "].description", model.perspectives().get(i).description(), false);
        }
        counterparts();
        scales();
        bands();
        dimensions();
    }

    private void scales() {
        unique("$.scales", model.scales().stream().map(s -> s.id()).toList(), new HashSet<>());
        for (int i = 0; i < model.scales().size(); i++) {
            var s = model.scales().get(i);
            String at = "$.scales[" + i + "]";
            if (s.min() >= s.max()) {
                error(at, "min (" + s.min() + ") must be below max (" + s.max() + ")");
            } else if (s.max() - s.min() > 10) {
                error(at, "a scale has at most 11 points (" + s.min() + " to " + s.max() + " has " + (s.max() - s.min() + 1) + ")");
            }
            for (var label : new TreeMap<>(s.labels()).entrySet()) {
                if (label.getKey() < s.min() || label.getKey() > s.max()) {
                    error(at + ".labels." + label.getKey(), "not a point of the scale " + s.min() + ".." + s.max());
                }
                text(at + ".labels." + label.getKey(), label.getValue(), true);
            }
        }
    }

    private void bands() {
        List<Band> list = model.bands();
        unique("$.bands", list.stream().map(Band::id).toList(), bands);
        if (list.isEmpty()) {
            error("$.bands", "a model needs at least one band covering 0 to 100");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Band b = list.get(i);
            String at = "$.bands[" + i + "]";
            text(at + ".title", b.title(), true);
            text(at + ".description", b.description(), false);
            if (!(b.min() < b.max())) {
                error(at, "min (" + num(b.min()) + ") must be below max (" + num(b.max()) + ")");
            }
            if (b.floor() != null && (b.floor() < 0 || b.floor() > 100)) {
                error(at + ".floor", "must be from 0 to 100");
            }
        }
        List<Band> sorted = list.stream().filter(b -> !Double.isNaN(b.min()) && !Double.isNaN(b.max()))
                .sorted(Comparator.comparingDouble(Band::min)).toList();
        if (sorted.size() < list.size()) {
            return;
        }
        if (sorted.get(0).min() != 0) {
            error(path(sorted.get(0)) + ".min", "the bands must start at 0; scores from 0 to " + num(sorted.get(0).min())
                    + " have no band");
        }
        for (int i = 1; i < sorted.size(); i++) {
            Band previous = sorted.get(i - 1);
            Band band = sorted.get(i);
            if (band.min() > previous.max()) {
                error(path(band) + ".min", "gap: scores from " + num(previous.max()) + " to " + num(band.min())
                        + " have no band (band '" + previous.id() + "' ends at " + num(previous.max()) + ")");
            } else if (band.min() < previous.max()) {
                error(path(band) + ".min", "overlap: band '" + band.id() + "' starts at " + num(band.min())
                        + " but band '" + previous.id() + "' runs to " + num(previous.max()));
            }
        }
        Band last = sorted.get(sorted.size() - 1);
        if (last.max() != 100) {
            error(path(last) + ".max", "the bands must end at 100, not " + num(last.max()));
        }
    }

    /** Counterparts pair two sides, both ways: each names the other. */
    private void counterparts() {
        List<Perspective> all = model.perspectives();
        for (int i = 0; i < all.size(); i++) {
            Perspective p = all.get(i);
            String at = "$.perspectives[" + i + "].counterpart";
            if (p.counterpart() == null || p.id() == null) {
                continue;
            }
            // not model.perspective(id): a perspective without an id (already reported) must not stop the checks
            Perspective other = all.stream().filter(o -> p.counterpart().equals(o.id())).findFirst().orElse(null);
            if (other == null) {
                error(at, "unknown perspective '" + p.counterpart() + "' (perspectives: "
                        + String.join(", ", all.stream().map(Perspective::id).filter(id -> id != null).toList()) + ")");
            } else if (other.id().equals(p.id())) {
                error(at, "a perspective cannot be its own counterpart");
            } else if (!p.id().equals(other.counterpart())) {
                error(at, "'" + p.counterpart() + "' names " + (other.counterpart() == null ? "no counterpart"
                        : "'" + other.counterpart() + "' as its counterpart") + "; counterparts pair both ways: give '"
                        + p.counterpart() + "' \"counterpart\": \"" + p.id() + "\"");
            }
        }
    }

    private void dimensions() {
        if (model.dimensions().isEmpty()) {
            error("$.dimensions", "a model needs at least one dimension");
        }
        unique("$.dimensions", model.dimensions().stream().map(Dimension::id).toList(), new HashSet<>());
        QuestionRules questions = new QuestionRules(this);
        for (int i = 0; i < model.dimensions().size(); i++) {
            Dimension d = model.dimensions().get(i);
            String at = "$.dimensions[" + i + "]";
            text(at + ".title", d.title(), true);
            text(at + ".description", d.description(), false);
            if (!(d.weight() > 0)) {
                error(at + ".weight", "must be above 0, not " + num(d.weight()));
            }
            if (d.questions().isEmpty()) {
                error(at + ".questions", "dimension '" + d.id() + "' has no questions");
            } else if (d.questions().stream().noneMatch(q -> q.role() == QuestionRole.PERFORMANCE)) {
                error(at + ".questions", "dimension '" + d.id() + "' has only expectation and importance questions;"
                        + " its score is made of performance questions (questions without a role)");
            }
            for (String band : ordered(d.recommendations().keySet(), model.bands().stream().map(Band::id).toList())) {
                if (!bands.contains(band)) {
                    error(at + ".recommendations." + band, "unknown band '" + band + "' (bands: "
                            + String.join(", ", model.bands().stream().map(Band::id).toList()) + ")");
                }
                text(at + ".recommendations." + band, d.recommendations().get(band), true);
            }
            for (int j = 0; j < d.questions().size(); j++) {
                questions.check(at + ".questions[" + j + "]", d.questions().get(j));
            }
        }
    }

    /** Checks ids for form and uniqueness; collects the valid ones into {@code into}. */
    void unique(String at, List<String> ids, Set<String> into) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) {
                continue;
            }
            String where = at + "[" + i + "].id";
            if (!id(where, id)) {
                continue;
            }
            Integer earlier = first.putIfAbsent(id, i);
            if (earlier != null) {
                error(where, "duplicate id '" + id + "' (also at " + at + "[" + earlier + "])");
            }
            into.add(id);
        }
    }

    boolean id(String at, String id) {
        if (id != null && !ID.matcher(id).matches()) {
            error(at, "'" + id + "' is not a valid id: use letters, digits, '-', '.' and '_'");
            return false;
        }
        return id != null;
    }

    /** A localised text must be given in every locale of the model (when required or present). */
    void text(String at, LocalizedText text, boolean required) {
        if (text.isEmpty() && !required) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (String locale : model.locales()) {
            String value = text.values().get(locale);
            if (value == null || value.isBlank()) {
                missing.add(locale);
            }
        }
        if (!missing.isEmpty()) {
            error(at, "missing text in " + String.join(", ", missing.stream().map(l -> "'" + l + "'").toList()));
        }
        for (String language : ordered(text.values().keySet(), model.locales())) {
            if (!model.locales().contains(language)) {
                problems.add(ModelProblem.warning(at + "." + language, "'" + language
                        + "' is not one of the model's locales " + model.locales() + "; the text is never shown"));
            }
        }
    }

    /**
     * The keys of a map in {@code declared} order, then the undeclared ones sorted: the records' maps
     * do not keep the document's order, and problems must come in the same order on every reading.
     */
    static List<String> ordered(Collection<String> keys, List<String> declared) {
        List<String> list = new ArrayList<>(keys);
        list.sort(Comparator.comparingInt((String key) -> declared.contains(key) ? declared.indexOf(key) : Integer.MAX_VALUE)
                .thenComparing(Comparator.naturalOrder()));
        return list;
    }

    void error(String at, String message) {
        problems.add(ModelProblem.error(at, message));
    }

    private String path(Band band) {
        return "$.bands[" + model.bands().indexOf(band) + "]";
    }

    static String num(double d) {
        return d == Math.rint(d) && !Double.isInfinite(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
