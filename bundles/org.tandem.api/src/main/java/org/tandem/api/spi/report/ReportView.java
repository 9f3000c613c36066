package org.tandem.api.spi.report;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.tandem.api.model.Band;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.LocalizedText;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.ValueModel;
import org.tandem.api.relationship.Action;
import org.tandem.api.relationship.GreenLights;
import org.tandem.api.scoring.DimensionImportance;
import org.tandem.api.scoring.DimensionScore;
import org.tandem.api.scoring.Insights;
import org.tandem.api.scoring.PerspectiveScore;
import org.tandem.api.scoring.Quadrant;
import org.tandem.api.scoring.QuadrantPlacement;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.Verdict;

/**
 * A report's content read in one language, ready for any format: the model's texts in that
 * language, the verdict and why, each dimension with its scores per side, gap, strengths and
 * weaknesses, the recommendations for weak dimensions, comments and provenance, plus the labels a
 * report uses ({@code labels.properties} in English and Swedish). Our renderers are built on it;
 * a consultancy's renderer can be too, and only decide how it looks.
 * <p>
 * Strengths and weaknesses are relative to the relationship as a whole: a dimension is a
 * <em>weakness</em> when it holds the verdict back, scores below the overall score, or nobody
 * scored it, unless it lies in the model's highest band; every other dimension is a
 * <em>strength</em>. A weakness carries the model's recommendation for the band it is in (the
 * lowest band when unscored).
 * <p>
 * Since 1.1 it also reads the card's {@link Insights}: each side's quadrants against its
 * counterpart ({@link #quadrants(String)}) and the importance of each dimension to each side
 * ({@link #importance()}).
 * <p>
 * Since 1.2 it reads the SLA figures against the scores ({@link #greenLights()}, {@link #sla()},
 * {@link #greenLightsText()}) and the action plan: each weakness with the model's recommendation and the
 * actions the two sides agreed ({@link #actionPlan()}), and the previous assessment's actions
 * ({@link #previousActions()}).
 * <p>
 * Immutable and thread safe.
 *
 * @since 1.0
 */
public final class ReportView {

    /** A side (perspective) of the relationship, over all dimensions. */
    public record Side(String id, String title, Double score, Double spread, int respondents) {
    }

    /** A dimension as a report shows it. */
    public record Row(String id, String title, String description, Double score, String band, String bandTitle,
            List<Side> sides, Double gap, boolean strength, String recommendation, List<String> comments) {

        public Row {
            sides = List.copyOf(sides);
            comments = List.copyOf(comments);
        }

        /** Holds the verdict back, below the overall score, or not scored; never in the highest band. */
        public boolean weakness() {
            return !strength;
        }

        /** This dimension's score of one side, or null. */
        public Double scoreOf(String perspective) {
            return sides.stream().filter(s -> s.id().equals(perspective)).findFirst().map(Side::score).orElse(null);
        }
    }

    /**
     * The verdict: its band's title and description, the band the overall score reached, the
     * dimensions (titles) that held it back, and a sentence saying why.
     */
    public record VerdictText(String band, String title, String description, String reached, List<String> heldBackBy,
            String why) {

        public VerdictText {
            heldBackBy = List.copyOf(heldBackBy);
        }
    }

    /** Where the report came from: the model, the scoring strategy and the renderer, and when it was scored. */
    public record Origin(String model, String strategy, String renderer, String scoredAt) {
    }

    /**
     * One side's view of one dimension against its counterpart's (see {@link Insights}).
     *
     * @param dimension        the dimension id
     * @param title            its title
     * @param side             the side's perspective id
     * @param sideTitle        the side's title
     * @param counterpartTitle the counterpart's title
     * @param own              the side's own score, or null
     * @param other            the counterpart's score, or null
     * @param quadrant         where it falls, or null when a score is missing (not placed)
     * @param expected         the score the side expected from its counterpart, or null
     * @param expectationGap   expected minus the counterpart's score, or null
     * @param misjudged        whether expected and given fall on different sides of the threshold
     * @since 1.1
     */
    public record QuadrantRow(String dimension, String title, String side, String sideTitle, String counterpartTitle,
            Double own, Double other, Quadrant quadrant, Double expected, Double expectationGap, boolean misjudged) {
    }

    /**
     * How much one dimension matters to each side, beside each side's own score.
     *
     * @param dimension        the dimension id
     * @param title            its title
     * @param sides            each side asked about its importance, in model order
     * @param gap              highest minus lowest importance, or null
     * @param prioritiesDiffer one side puts it above the threshold, another at or below
     * @since 1.1
     */
    public record ImportanceRow(String dimension, String title, List<SideImportance> sides, Double gap,
            boolean prioritiesDiffer) {

        public ImportanceRow {
            sides = List.copyOf(sides);
        }
    }

    /**
     * One side's importance of a dimension and its own score of it.
     *
     * @since 1.1
     */
    public record SideImportance(String id, String title, Double importance, Double score) {
    }

    /**
     * One SLA figure as a report shows it: numbers written out in the report's language.
     *
     * @since 1.2
     */
    public record SlaRow(String service, String target, String achieved, String unit, String better, boolean met,
            String result) {
    }

    /**
     * The SLA figures against the relationship, in words.
     *
     * @param status   {@code none}, {@code flag} (green lights, red relationship), {@code green},
     *                 {@code mixed}, {@code red}
     * @param title    a short heading: "Green lights, red relationship", "Red lights", ...
     * @param summary  "4 of 5 targets met"; empty without figures
     * @param text     what it means, one paragraph
     * @since 1.2
     */
    public record GreenLightsText(String status, String title, String summary, String text) {
    }

    /**
     * An agreed action as a report shows it.
     *
     * @since 1.2
     */
    public record ActionRow(String dimension, String dimensionTitle, String what, String owner, String due,
            boolean done, String status) {
    }

    /**
     * A dimension in the action plan: a weakness with the model's recommendation, or a dimension (or the
     * relationship as a whole, {@code id} {@code ""}) the sides agreed actions on.
     *
     * @since 1.2
     */
    public record PlanRow(String id, String title, Double score, String bandTitle, boolean weakness,
            String recommendation, List<ActionRow> actions) {

        public PlanRow {
            actions = List.copyOf(actions);
        }
    }

    private final ReportInput input;
    private final String language;
    private final Locale locale;
    private final ResourceBundle labels;
    private final List<Side> sides;
    private final List<Row> rows;
    private final VerdictText verdict;

    private ReportView(ReportInput input, String language) {
        this.input = input;
        ValueModel model = input.model();
        this.language = language != null && model.locales().contains(language) ? language : model.defaultLocale();
        this.locale = Locale.forLanguageTag(this.language);
        this.labels = ResourceBundle.getBundle(ReportView.class.getPackageName() + ".labels", locale,
                ReportView.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        this.sides = sides(input);
        this.rows = rows(input);
        this.verdict = verdict(input);
    }

    /** The view of {@code input} in {@code language}; a language the model lacks (or null): its default language. */
    public static ReportView of(ReportInput input, String language) {
        return new ReportView(input, language);
    }

    public ReportInput input() {
        return input;
    }

    /** The language texts are read in, e.g. {@code sv}. */
    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    /** A label in this language, its {@code {0}}... filled with {@code args}; unknown keys come back as they are. */
    public String label(String key, Object... args) {
        String pattern;
        try {
            pattern = labels.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A model text in this language, else the model's default language. */
    public String text(LocalizedText text) {
        return text == null ? "" : text.get(language, input.model().defaultLocale());
    }

    public String modelTitle() {
        return text(input.model().title());
    }

    /** The perspective's title, or its id when the model does not know it. */
    public String perspectiveTitle(String id) {
        return input.model().perspective(id).map(p -> text(p.title())).orElse(id);
    }

    /** The date the score card was computed, written out in this language, e.g. {@code 3 November 2026}. */
    public String date() {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).withZone(ZoneOffset.UTC).format(scoredAt());
    }

    /** The same date as {@code yyyy-mm-dd}. */
    public String isoDate() {
        return DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(scoredAt());
    }

    /** True while the assessment is open: the report is preliminary. */
    public boolean preliminary() {
        return input.assessment().isOpen();
    }

    /** A score with one decimal in this language ({@code 62.5}, {@code 62,5}); a dash for none. */
    public String number(Double value) {
        return value == null || value.isNaN() ? "–" : String.format(locale, "%.1f", value);
    }

    public Double overall() {
        return input.scoreCard().overall();
    }

    public VerdictText verdict() {
        return verdict;
    }

    /** The sides that answered or were scored, in the model's order. */
    public List<Side> sides() {
        return sides;
    }

    /** Every dimension in the model's order. */
    public List<Row> dimensions() {
        return rows;
    }

    /** The strengths, best first. */
    public List<Row> strengths() {
        return rows.stream().filter(Row::strength).sorted(byScore().reversed()).toList();
    }

    /** The weaknesses, weakest (and unscored) first. */
    public List<Row> weaknesses() {
        return rows.stream().filter(Row::weakness).sorted(byScore()).toList();
    }

    /** Submitted respondents over all sides. */
    public int respondents() {
        return input.responses().size();
    }

    /** Comments on the response as a whole. */
    public List<String> generalComments() {
        return input.comments("");
    }

    public Origin origin() {
        ScoreCard card = input.scoreCard();
        var p = card.provenance();
        String model = p == null ? input.model().key() : p.modelId() + "@" + p.modelVersion();
        String strategy = p == null ? "" : p.strategy();
        String renderer = input.renderer() == null ? "" : input.renderer().describe();
        String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC).format(scoredAt());
        return new Origin(model, strategy, renderer, at);
    }

    /** When the score card was computed; without provenance, when the assessment closed or was created. */
    public Instant scoredAt() {
        var p = input.scoreCard().provenance();
        if (p != null && p.computedAt() != null) {
            return p.computedAt();
        }
        return input.assessment().closed() != null ? input.assessment().closed() : input.assessment().created();
    }

    /**
     * Whether the score card has blind-spot quadrants or importance to show.
     *
     * @since 1.1
     */
    public boolean hasInsights() {
        return !insights().isEmpty();
    }

    /**
     * The card's insights ({@link Insights#NONE} for a card without).
     *
     * @since 1.1
     */
    public Insights insights() {
        return input.scoreCard().insights();
    }

    /**
     * The sides placed in quadrants, in the model's order (ids).
     *
     * @since 1.1
     */
    public List<String> quadrantSides() {
        return insights().quadrants().stream().map(QuadrantPlacement::perspective).distinct().toList();
    }

    /**
     * Every dimension's placement for {@code side}, in the model's dimension order.
     *
     * @since 1.1
     */
    public List<QuadrantRow> quadrants(String side) {
        double threshold = insights().threshold();
        return insights().quadrantsOf(side).stream().map(q -> new QuadrantRow(q.dimension(), dimensionTitle(q.dimension()),
                q.perspective(), perspectiveTitle(q.perspective()), perspectiveTitle(q.counterpart()), q.own(), q.other(),
                q.quadrant(), q.expected(), q.expectationGap(), q.misjudged(threshold))).toList();
    }

    /**
     * {@code side}'s placements in {@code quadrant} (null: those not placed); blind spots and
     * undervalued dimensions sharpest first (the side's expectation furthest off, then the widest
     * difference between the two sides).
     *
     * @since 1.1
     */
    public List<QuadrantRow> quadrants(String side, Quadrant quadrant) {
        Comparator<QuadrantRow> sharpest = Comparator.comparingDouble((QuadrantRow r) -> r.expectationGap() == null ? 0
                : -Math.abs(r.expectationGap())).thenComparingDouble(r -> r.own() == null || r.other() == null ? 0
                : -Math.abs(r.own() - r.other()));
        List<QuadrantRow> rows = quadrants(side).stream().filter(r -> r.quadrant() == quadrant).toList();
        return quadrant == Quadrant.BLIND_SPOT || quadrant == Quadrant.UNDERVALUED
                ? rows.stream().sorted(sharpest).toList() : rows;
    }

    /**
     * The name of a quadrant in this language ({@code quadrant.BLIND_SPOT} ...), "not placed" for null.
     *
     * @since 1.1
     */
    public String quadrantTitle(Quadrant quadrant) {
        return label(quadrant == null ? "quadrant.none" : "quadrant." + quadrant.name());
    }

    /**
     * Each dimension the model asks the importance of, in the model's order.
     *
     * @since 1.1
     */
    public List<ImportanceRow> importance() {
        double threshold = insights().threshold();
        List<ImportanceRow> rows = new ArrayList<>();
        for (DimensionImportance d : insights().importance()) {
            Optional<DimensionScore> score = input.scoreCard().dimension(d.dimension());
            List<SideImportance> sides = d.perspectives().stream().map(p -> new SideImportance(p.perspective(),
                    perspectiveTitle(p.perspective()), p.score(), score.map(s -> scoreOf(s, p.perspective())).orElse(null)))
                    .toList();
            rows.add(new ImportanceRow(d.dimension(), dimensionTitle(d.dimension()), sides, d.gap(),
                    d.prioritiesDiffer(threshold)));
        }
        return List.copyOf(rows);
    }

    /**
     * The SLA figures read against the scores.
     *
     * @since 1.2
     */
    public GreenLights greenLights() {
        return GreenLights.of(input.sla(), input.scoreCard(), input.model());
    }

    /**
     * The SLA figures, in the order saved.
     *
     * @since 1.2
     */
    public List<SlaRow> sla() {
        return input.sla().stream().map(f -> new SlaRow(f.service(), figure(f.target()), figure(f.achieved()),
                f.unit(), label("sla.better." + f.direction().key()), f.met(), label(f.met() ? "sla.met" : "sla.missed")))
                .toList();
    }

    /**
     * What the SLA figures and the scores say together (see {@link GreenLights} for the rules).
     *
     * @since 1.2
     */
    public GreenLightsText greenLightsText() {
        GreenLights g = greenLights();
        if (!g.hasFigures()) {
            return new GreenLightsText("none", label("sla.none.title"), "", label("sla.none"));
        }
        String summary = label("sla.summary", g.met(), g.total());
        String why = shortfall(g);
        String status;
        String text;
        if (g.relationshipShort() == null) {
            status = g.lights().name().toLowerCase(Locale.ROOT);
            text = label("sla.undecided");
        } else if (g.flagged()) {
            status = "flag";
            text = label("sla.flag.text", g.met(), g.total(), why);
        } else if (g.bothRed()) {
            status = "red";
            text = label("sla.red.short", g.met(), g.total(), why);
        } else {
            status = g.lights().name().toLowerCase(Locale.ROOT);
            text = label("sla." + status + (g.relationshipShort() ? ".short" : ".ok"), g.met(), g.total(), why);
        }
        String title = label(status.equals("flag") ? "sla.flag" : "sla.lights." + g.lights().name());
        return new GreenLightsText(status, title, summary, text);
    }

    /** Why the relationship falls short (or does not), in words. */
    private String shortfall(GreenLights g) {
        if (g.relationshipShort() == null) {
            return "";
        }
        if (g.partnershipBand() == null) {
            return label(g.relationshipShort() ? "sla.short.midpoint" : "sla.ok.midpoint", number(overall()),
                    number(GreenLights.MIDPOINT));
        }
        String partnership = input.model().bands().stream().filter(b -> b.id().equals(g.partnershipBand()))
                .findFirst().map(b -> text(b.title())).orElse(g.partnershipBand());
        return label(g.relationshipShort() ? "sla.short.band" : "sla.ok.band", verdict.title(), partnership);
    }

    /** An SLA number: as entered, up to three decimals, in this language ({@code 99.5}, {@code 99,5}, {@code 8}). */
    public String figure(double value) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(3);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /**
     * The action plan: every weakness, weakest first, with the model's recommendation and the actions
     * agreed on it; then the other dimensions the sides agreed actions on; then actions on the relationship as a
     * whole. Empty when there is nothing to work on and nothing agreed.
     *
     * @since 1.2
     */
    public List<PlanRow> actionPlan() {
        List<PlanRow> plan = new ArrayList<>();
        for (Row r : weaknesses()) {
            plan.add(new PlanRow(r.id(), r.title(), r.score(), r.bandTitle(), true, r.recommendation(), actionsOn(r.id())));
        }
        for (Row r : rows) {
            List<ActionRow> agreed = actionsOn(r.id());
            if (r.strength() && !agreed.isEmpty()) {
                plan.add(new PlanRow(r.id(), r.title(), r.score(), r.bandTitle(), false, "", agreed));
            }
        }
        List<ActionRow> whole = input.actions().stream()
                .filter(a -> input.model().dimension(a.dimension()).isEmpty()).map(this::actionRow).toList();
        if (!whole.isEmpty()) {
            plan.add(new PlanRow("", label("actions.whole"), null, "", false, "", whole));
        }
        return List.copyOf(plan);
    }

    /**
     * The actions agreed on the previous assessment of the same relationship, with whether each was done.
     *
     * @since 1.2
     */
    public List<ActionRow> previousActions() {
        return input.previousActions().stream().map(this::actionRow).toList();
    }

    /**
     * "2 of 3 actions agreed last time are done"; empty when none were agreed.
     *
     * @since 1.2
     */
    public String previousActionsSummary() {
        List<Action> previous = input.previousActions();
        long done = previous.stream().filter(Action::isDone).count();
        return previous.isEmpty() ? "" : label("actions.previous.summary", done, previous.size());
    }

    private List<ActionRow> actionsOn(String dimension) {
        return input.actions().stream().filter(a -> a.dimension().equals(dimension)).map(this::actionRow).toList();
    }

    private ActionRow actionRow(Action a) {
        String title = a.dimension().isEmpty() ? label("actions.whole") : dimensionTitle(a.dimension());
        return new ActionRow(a.dimension(), title, a.what(), a.owner(), a.due() == null ? "" : a.due().toString(),
                a.isDone(), label("actions.status." + a.status().name()));
    }

    private String dimensionTitle(String id) {
        return input.model().dimension(id).map(d -> text(d.title())).orElse(id);
    }

    private static Double scoreOf(DimensionScore score, String perspective) {
        return score.perspectives().stream().filter(p -> p.perspective().equals(perspective)).findFirst()
                .map(PerspectiveScore::score).orElse(null);
    }

    private static Comparator<Row> byScore() {
        return Comparator.comparing((Row r) -> r.score() == null ? Double.NEGATIVE_INFINITY : r.score());
    }

    private List<Side> sides(ReportInput in) {
        Map<String, Integer> counts = in.respondents();
        List<Side> all = new ArrayList<>();
        for (Perspective p : in.model().perspectives()) {
            Optional<PerspectiveScore> score = in.scoreCard().perspectives().stream()
                    .filter(s -> s.perspective().equals(p.id())).findFirst();
            int respondents = counts.getOrDefault(p.id(), 0);
            if (score.isPresent() || respondents > 0) {
                all.add(new Side(p.id(), text(p.title()), score.map(PerspectiveScore::score).orElse(null),
                        score.map(PerspectiveScore::spread).orElse(null), respondents));
            }
        }
        return List.copyOf(all);
    }

    private List<Row> rows(ReportInput in) {
        ValueModel model = in.model();
        Band highest = model.bands().stream().max(Comparator.comparingDouble(Band::min)).orElse(null);
        Double overall = in.scoreCard().overall();
        List<String> heldBack = in.scoreCard().verdict() == null ? List.of() : in.scoreCard().verdict().heldBackBy();
        List<Row> all = new ArrayList<>();
        for (Dimension d : model.dimensions()) {
            Optional<DimensionScore> score = in.scoreCard().dimension(d.id());
            List<Side> perSide = new ArrayList<>();
            score.ifPresent(s -> s.perspectives().forEach(p -> perSide.add(new Side(p.perspective(),
                    perspectiveTitle(p.perspective()), p.score(), p.spread(), p.respondents()))));
            Double value = score.map(DimensionScore::score).orElse(null);
            String band = score.map(DimensionScore::band).orElse(null);
            if (band == null && value != null) {
                band = model.band(value).map(Band::id).orElse(null);
            }
            String bandId = band;
            String bandTitle = bandId == null ? "" : model.bands().stream().filter(b -> b.id().equals(bandId))
                    .findFirst().map(b -> text(b.title())).orElse(bandId);
            boolean top = value != null && highest != null && highest.id().equals(bandId);
            boolean weak = value == null || heldBack.contains(d.id()) || overall != null && value < overall;
            boolean strength = top || !weak;
            String recommendation = strength ? "" : recommendation(d, bandId, model);
            all.add(new Row(d.id(), text(d.title()), text(d.description()), value, bandId, bandTitle, perSide,
                    score.map(DimensionScore::gap).orElse(null), strength, recommendation, in.comments(d.id())));
        }
        return List.copyOf(all);
    }

    /** The model's recommendation for the dimension's band; unscored: for the lowest band. */
    private String recommendation(Dimension d, String band, ValueModel model) {
        String key = band;
        if (key == null) {
            key = model.bands().stream().min(Comparator.comparingDouble(Band::min)).map(Band::id).orElse(null);
        }
        LocalizedText text = key == null ? null : d.recommendations().get(key);
        return text == null ? "" : text(text);
    }

    private VerdictText verdict(ReportInput in) {
        ValueModel model = in.model();
        Verdict v = in.scoreCard().verdict();
        if (v == null || v.band() == null) {
            return new VerdictText(null, label("verdict.none"), "", null, List.of(), label("verdict.none.why"));
        }
        Band band = model.bands().stream().filter(b -> b.id().equals(v.band())).findFirst().orElse(null);
        Band reached = v.reached() == null ? band
                : model.bands().stream().filter(b -> b.id().equals(v.reached())).findFirst().orElse(band);
        List<String> heldBackBy = v.heldBackBy().stream()
                .map(id -> model.dimension(id).map(d -> text(d.title())).orElse(id)).toList();
        String title = band == null ? v.band() : text(band.title());
        String description = band == null ? "" : text(band.description());
        String why;
        if (!heldBackBy.isEmpty() && reached != null && reached != band) {
            why = label("verdict.heldBack", number(in.scoreCard().overall()), text(reached.title()),
                    String.join(", ", heldBackBy), number(reached.floor()), title);
        } else {
            why = label("verdict.reached", number(in.scoreCard().overall()), title);
        }
        return new VerdictText(v.band(), title, description, reached == null ? null : text(reached.title()),
                heldBackBy, why);
    }
}
