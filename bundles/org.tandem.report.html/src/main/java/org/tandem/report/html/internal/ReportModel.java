package org.tandem.report.html.internal;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.spi.report.ReportView;
import org.tandem.api.spi.report.ReportView.Row;
import org.tandem.api.spi.report.ReportView.Side;

/**
 * What the template reads: the view itself, plus what a template should not compute (numbers
 * written in the report's language, positions of bars, the radar's geometry, each side's style),
 * so that the template only lays things out. The types the template reads are public: FreeMarker
 * calls public members of public types only.
 */
final class ReportModel {

    /** One side's bar in a dimension: its score and spread as text, positions on a 0-100 scale. */
    public record Bar(String title, SideStyle style, String score, String spread, String end, String from, String to,
            boolean hasSpread) {
    }

    /** A dimension with its numbers as text, its bars and the perception gap as a span from low to high. */
    public record Dimension(Row row, String score, List<Bar> bars, String gap, String gapFrom, String gapTo) {
    }

    /** A side in the legend and the respondents' table. */
    public record Legend(String id, String title, SideStyle style, int respondents, boolean polygon, boolean drawn,
            String marker) {
    }

    /** Respondents of one side. */
    public record Count(String title, int count) {
    }

    private ReportModel() {
    }

    static Map<String, Object> of(ReportView view) {
        List<SideStyle> styles = new ArrayList<>();
        for (int i = 0; i < view.sides().size(); i++) {
            styles.add(SideStyle.of(i));
        }
        RadarChart radar = RadarChart.of(view, styles);
        Map<String, Dimension> dimensions = new LinkedHashMap<>();
        view.dimensions().forEach(row -> dimensions.put(row.id(), dimension(view, row, styles)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("view", view);
        model.put("t", (TemplateMethodModelEx) arguments -> label(view, arguments));
        model.put("relationship", view.input().assessment().relationship());
        model.put("overall", view.number(view.overall()));
        model.put("radar", radar);
        model.put("legend", legend(view, styles, radar));
        model.put("dimensions", List.copyOf(dimensions.values()));
        model.put("strengths", view.strengths().stream().map(r -> dimensions.get(r.id())).toList());
        model.put("weaknesses", view.weaknesses().stream().map(r -> dimensions.get(r.id())).toList());
        model.put("commented", view.dimensions().stream().filter(r -> !r.comments().isEmpty()).toList());
        model.put("respondents", respondents(view));
        model.put("insights", view.hasInsights() ? InsightsModel.of(view) : null);
        model.put("sla", view.sla());
        model.put("trend", TrendModel.of(view, styles));
        return model;
    }

    private static Dimension dimension(ReportView view, Row row, List<SideStyle> styles) {
        List<Bar> bars = new ArrayList<>();
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (Side side : row.sides()) {
            if (side.score() == null || side.score().isNaN()) {
                continue;
            }
            double score = Svg.clamp(side.score());
            boolean hasSpread = side.spread() != null && !side.spread().isNaN();
            double spread = hasSpread ? side.spread() : 0;
            bars.add(new Bar(side.title(), styleOf(view, side.id(), styles), view.number(side.score()),
                    hasSpread ? view.number(side.spread()) : "", Svg.num(score), Svg.num(Svg.clamp(score - spread)),
                    Svg.num(Svg.clamp(score + spread)), hasSpread && spread > 0));
            low = Math.min(low, score);
            high = Math.max(high, score);
        }
        boolean gap = bars.size() > 1 && row.gap() != null && !row.gap().isNaN();
        return new Dimension(row, view.number(row.score()), bars, gap ? view.number(row.gap()) : "",
                gap ? Svg.num(low) : "", gap ? Svg.num(high) : "");
    }

    /** The style of a side by its id; a side the view does not list gets a style past the listed ones. */
    private static SideStyle styleOf(ReportView view, String id, List<SideStyle> styles) {
        for (int i = 0; i < view.sides().size(); i++) {
            if (view.sides().get(i).id().equals(id)) {
                return styles.get(i);
            }
        }
        return SideStyle.of(view.sides().size());
    }

    private static List<Legend> legend(ReportView view, List<SideStyle> styles, RadarChart radar) {
        List<Legend> legend = new ArrayList<>();
        for (int i = 0; i < view.sides().size(); i++) {
            Side side = view.sides().get(i);
            boolean drawn = radar.traces().stream().anyMatch(t -> t.id().equals(side.id()));
            legend.add(new Legend(side.id(), side.title(), styles.get(i), side.respondents(),
                    RadarChart.isPolygon(side, view.dimensions()), drawn, styles.get(i).markerPath(20, 7, 4)));
        }
        return legend;
    }

    /** Respondents per side of the model, also the sides nobody answered for; counts only. */
    private static List<Count> respondents(ReportView view) {
        List<Count> counts = new ArrayList<>();
        view.input().respondents().forEach((id, count) -> counts.add(new Count(view.perspectiveTitle(id), count)));
        return counts;
    }

    private static String label(ReportView view, List<?> arguments) throws TemplateModelException {
        if (arguments.isEmpty()) {
            throw new TemplateModelException("t(key, args...) needs a label key");
        }
        Object[] args = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            args[i - 1] = DeepUnwrap.unwrap((TemplateModel) arguments.get(i));
        }
        return view.label(DeepUnwrap.unwrap((TemplateModel) arguments.get(0)).toString(), args);
    }
}
