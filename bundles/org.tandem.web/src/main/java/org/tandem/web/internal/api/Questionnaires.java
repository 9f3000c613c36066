package org.tandem.web.internal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.assessment.Response;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.Page;
import org.tandem.api.questionnaire.PageQuestion;
import org.tandem.api.questionnaire.Progress;
import org.tandem.api.questionnaire.Questionnaire;
import org.tandem.web.internal.http.Json;

/** The questionnaire one respondent sees, as JSON: their side, the pages in their language, what they saved. */
final class Questionnaires {

    private Questionnaires() {
    }

    static Map<String, Object> view(Questionnaire questionnaire, ValueModel model, Assessment assessment,
            Respondent respondent, Response saved, String language) {
        Map<String, String> answers = saved == null ? Map.of() : saved.answers();
        Perspective perspective = model.perspective(respondent.perspective()).orElseThrow();
        Map<String, Object> view = Views.map(
                "assessment", Views.map("relationship", Views.map("name", assessment.relationship().name(),
                        "customer", assessment.relationship().customer(), "provider",
                        assessment.relationship().provider()), "status", assessment.status().name().toLowerCase(),
                        "deadline", assessment.deadline()),
                "model", Views.map("id", model.id(), "version", model.version(), "title",
                        model.title().get(language, model.defaultLocale())),
                "perspective", Views.map("id", perspective.id(), "title",
                        perspective.title().get(language, model.defaultLocale())),
                "language", language,
                "languages", model.locales(),
                "status", saved == null ? "new" : saved.isSubmitted() ? "submitted" : "draft",
                "revision", saved == null ? 0L : saved.revision(),
                "updated", saved == null ? null : saved.updated(),
                "submitted", saved == null ? null : saved.submitted());
        Progress progress = questionnaire.progress(model, respondent.perspective(), answers);
        view.put("progress", Views.map("answered", progress.answered(), "shown", progress.shown(),
                "requiredAnswered", progress.requiredAnswered(), "required", progress.required(),
                "percent", progress.percent(), "complete", progress.complete()));
        view.put("answers", answers);
        view.put("comments", saved == null ? Map.of() : saved.comments());
        List<Map<String, Object>> pages = new ArrayList<>();
        for (Page page : questionnaire.pages(model, respondent.perspective(), language, answers)) {
            pages.add(Views.map("dimension", page.dimension(), "title", page.title(), "description",
                    page.description(), "questions", page.questions().stream().map(Questionnaires::question).toList()));
        }
        view.put("pages", pages);
        return view;
    }

    /**
     * A question's JSON up to its answer, by the question without its answer: the same for every
     * respondent who sees it (a model version's text in one language), so it is written once.
     */
    private static final Map<PageQuestion, String> WRITTEN = new ConcurrentHashMap<>();

    /** How many questions' JSON is kept: some hundred model versions, sides and languages. */
    static final int KEPT = 8192;

    static Json.Raw question(PageQuestion q) {
        PageQuestion unanswered = new PageQuestion(q.id(), q.type(), q.text(), q.help(), q.required(), q.options(),
                q.min(), q.max(), null);
        String start = WRITTEN.get(unanswered);
        if (start == null) {
            String json = Json.GSON.toJson(Views.map("id", q.id(), "type", q.type().jsonName(), "text", q.text(),
                    "help", q.help(), "required", q.required(), "options", q.options().stream()
                            .map(o -> Views.map("value", o.value(), "label", o.label())).toList(),
                    "min", q.min(), "max", q.max(), "answer", null));
            start = json.substring(0, json.length() - "null}".length());
            if (WRITTEN.size() >= KEPT) {
                WRITTEN.clear();
            }
            WRITTEN.put(unanswered, start);
        }
        return new Json.Raw(start + Json.GSON.toJson(q.answer()) + "}");
    }
}
