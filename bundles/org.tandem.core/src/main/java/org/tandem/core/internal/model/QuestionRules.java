package org.tandem.core.internal.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tandem.api.model.Choice;
import org.tandem.api.model.Condition;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionRole;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.Scale;

/** The rules of each question, in questionnaire order (conditions may only look back). */
final class QuestionRules {

    private final ModelRules rules;
    private final Map<String, String> seen = new HashMap<>();
    private final Map<String, Question> all = new HashMap<>();

    QuestionRules(ModelRules rules) {
        this.rules = rules;
        rules.model.questions().forEach(q -> {
            if (q.id() != null) {
                all.putIfAbsent(q.id(), q);
            }
        });
    }

    void check(String at, Question q) {
        if (rules.id(at + ".id", q.id())) {
            String earlier = seen.putIfAbsent(q.id(), at);
            if (earlier != null) {
                rules.error(at + ".id", "duplicate question id '" + q.id() + "' (also at " + earlier + ")");
            }
        }
        if (!(q.weight() > 0)) {
            rules.error(at + ".weight", "must be above 0, not " + ModelRules.num(q.weight()));
        }
        if (q.text().isEmpty()) {
            rules.error(at + ".text", "give the question's text for at least one perspective");
        }
        List<String> perspectives = rules.model.perspectives().stream().map(p -> p.id()).toList();
        for (String perspective : ModelRules.ordered(q.text().keySet(), perspectives)) {
            if (!rules.perspectives.contains(perspective)) {
                rules.error(at + ".text." + perspective, "unknown perspective '" + perspective + "' (perspectives: "
                        + String.join(", ", perspectives) + ")");
            }
            rules.text(at + ".text." + perspective, q.text().get(perspective), true);
        }
        rules.text(at + ".help", q.help(), false);
        if (q.type() != null) {
            typed(at, q);
        }
        if (q.role() != QuestionRole.PERFORMANCE) {
            role(at, q);
        }
        if (q.showIf() != null) {
            condition(at + ".showIf", q, q.showIf());
        }
    }

    private void typed(String at, Question q) {
        if (q.type() == QuestionType.SCALE) {
            if (q.scale() == null) {
                rules.error(at + ".scale", "a scale question names its scale");
            } else if (rules.model.scales().stream().noneMatch(s -> q.scale().equals(s.id()))) {
                // not model.scale(id): a scale without an id (already reported) must not stop the checks
                rules.error(at + ".scale", "unknown scale '" + q.scale() + "' (scales: "
                        + String.join(", ", rules.model.scales().stream().map(Scale::id).toList()) + ")");
            }
        } else if (q.scale() != null) {
            rules.error(at + ".scale", "only scale questions name a scale; this is a " + q.type().jsonName() + " question");
        }
        if (q.type() == QuestionType.CHOICE) {
            choices(at, q);
        } else if (!q.choices().isEmpty()) {
            rules.error(at + ".choices", "only choice questions have choices; this is a " + q.type().jsonName() + " question");
        }
        if (q.type() == QuestionType.NUMBER) {
            if (q.min() != null && q.max() != null && q.min() > q.max()) {
                rules.error(at + ".min", "min (" + ModelRules.num(q.min()) + ") is above max (" + ModelRules.num(q.max()) + ")");
            }
        } else if (q.min() != null || q.max() != null) {
            rules.error(at + (q.min() != null ? ".min" : ".max"), "only number questions have min and max");
        }
    }

    /** Expectation and importance answers are read as numbers, and an expectation needs someone to expect. */
    private void role(String at, Question q) {
        String role = q.role().jsonName();
        if (q.type() == QuestionType.TEXT) {
            rules.error(at + ".role", "a text question cannot have role '" + role
                    + "': its answers are not scored; use a scale, yesno, choice or number question");
        }
        if (q.role() == QuestionRole.EXPECTATION) {
            for (String perspective : ModelRules.ordered(q.text().keySet(),
                    rules.model.perspectives().stream().map(p -> p.id()).toList())) {
                boolean paired = rules.model.perspectives().stream().filter(p -> perspective.equals(p.id()))
                        .findFirst().map(p -> p.counterpart() != null).orElse(true); // unknown: reported already
                if (!paired) {
                    rules.error(at + ".text." + perspective, "an expectation question asks a side how its counterpart"
                            + " answers, and perspective '" + perspective + "' has no \"counterpart\"");
                }
            }
        }
    }

    private void choices(String at, Question q) {
        if (q.choices().size() < 2) {
            rules.error(at + ".choices", "a choice question needs at least two choices");
        }
        Set<String> ids = new HashSet<>();
        rules.unique(at + ".choices", q.choices().stream().map(Choice::id).toList(), ids);
        for (int i = 0; i < q.choices().size(); i++) {
            Choice c = q.choices().get(i);
            rules.text(at + ".choices[" + i + "].label", c.label(), true);
            if (!(c.points() >= 0 && c.points() <= 100)) {
                rules.error(at + ".choices[" + i + "].points", "must be from 0 to 100, not " + ModelRules.num(c.points()));
            }
        }
    }

    private void condition(String at, Question q, Condition c) {
        if (c.question() == null) {
            return;
        }
        Question target = all.get(c.question());
        if (target == null) {
            rules.error(at + ".question", "the condition points at unknown question '" + c.question() + "'");
        } else if (c.question().equals(q.id())) {
            rules.error(at + ".question", "a question cannot depend on itself");
        } else if (!seen.containsKey(c.question())) {
            rules.error(at + ".question", "the condition points at question '" + c.question()
                    + "', which comes later; a condition can only depend on an earlier question");
        } else if (c.operator() != Condition.Operator.EQUALS && target.type() != QuestionType.SCALE
                && target.type() != QuestionType.NUMBER) {
            rules.error(at, "atLeast and atMost need a scale or number question; '" + c.question() + "' is a "
                    + (target.type() == null ? "question of unknown type" : target.type().jsonName() + " question"));
        } else {
            // a respondent only answers questions asked of their perspective: a condition on one they are
            // never asked can never be met, and the question would never be shown to them
            java.util.List<String> blind = q.perspectives().stream().filter(p -> !target.askedOf(p)).sorted().toList();
            if (!blind.isEmpty() && !target.text().isEmpty()) {
                rules.error(at + ".question", "'" + c.question() + "' is not asked of " + String.join(", ", blind)
                        + ", so this question would never be shown to them; ask both of the same perspectives");
            }
        }
    }
}
