package org.tandem.web.internal.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.PerspectiveProgress;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.assessment.Response;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.Perspective;
import org.tandem.api.model.Question;
import org.tandem.api.model.ValueModel;

/** The JSON shapes of the API's answers (docs/openapi.yaml names them), as ordered maps for Gson. */
final class Views {

    private Views() {
    }

    /** A model: id, version, texts in every language, perspectives and dimensions; with questions when {@code full}. */
    static Map<String, Object> model(ValueModel m, boolean full) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", m.id());
        view.put("version", m.version());
        view.put("title", m.title().values());
        view.put("description", m.description().values());
        view.put("locales", m.locales());
        view.put("defaultLocale", m.defaultLocale());
        List<Map<String, Object>> perspectives = new ArrayList<>();
        for (Perspective p : m.perspectives()) {
            perspectives.add(map("id", p.id(), "title", p.title().values(), "description", p.description().values(),
                    "optional", p.optional()));
        }
        view.put("perspectives", perspectives);
        List<Map<String, Object>> dimensions = new ArrayList<>();
        for (Dimension d : m.dimensions()) {
            Map<String, Object> dimension = map("id", d.id(), "title", d.title().values(), "description",
                    d.description().values(), "weight", d.weight());
            if (full) {
                dimension.put("questions", d.questions().stream().map(Views::question).toList());
            } else {
                dimension.put("questions", d.questions().size());
            }
            dimensions.add(dimension);
        }
        view.put("dimensions", dimensions);
        view.put("scoring", map("strategy", m.scoring().strategy(), "minimumRespondents",
                m.scoring().minimumRespondents()));
        return view;
    }

    private static Map<String, Object> question(Question q) {
        Map<String, Object> texts = new LinkedHashMap<>();
        q.text().forEach((perspective, text) -> texts.put(perspective, text.values()));
        return map("id", q.id(), "type", q.type().jsonName(), "required", q.required(), "perspectives",
                q.perspectives().stream().sorted().toList(), "text", texts);
    }

    static Map<String, Object> assessment(Assessment a) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", a.id());
        view.put("relationship", map("name", a.relationship().name(), "customer", a.relationship().customer(),
                "provider", a.relationship().provider()));
        view.put("model", map("id", a.model().id(), "version", a.model().version()));
        view.put("status", a.status().name().toLowerCase());
        view.put("deadline", a.deadline());
        view.put("created", a.created());
        view.put("closed", a.closed());
        return view;
    }

    static List<Map<String, Object>> progress(List<PerspectiveProgress> progress) {
        List<Map<String, Object>> view = new ArrayList<>();
        for (PerspectiveProgress p : progress) {
            view.add(map("perspective", p.perspective(), "invited", p.invited(), "started", p.started(),
                    "submitted", p.submitted(), "minimum", p.minimum(), "optional", p.optional()));
        }
        return view;
    }

    /** A respondent as the consultant sees them: with the invitation token and link, and how far they are. */
    static Map<String, Object> respondent(Respondent r, Response response, String link) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", r.id());
        view.put("perspective", r.perspective());
        view.put("name", r.displayName());
        view.put("token", r.token());
        view.put("link", link);
        view.put("status", status(response));
        view.put("created", r.created());
        view.put("updated", response == null ? null : response.updated());
        view.put("submitted", response == null ? null : response.submitted());
        return view;
    }

    /** {@code invited} before the first save, then {@code started}, then {@code submitted}. */
    static String status(Response response) {
        return response == null ? "invited" : response.isSubmitted() ? "submitted" : "started";
    }

    /** An ordered map of names and values, given in pairs. */
    static Map<String, Object> map(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
