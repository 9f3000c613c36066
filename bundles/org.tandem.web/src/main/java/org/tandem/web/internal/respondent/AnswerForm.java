package org.tandem.web.internal.respondent;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.tandem.api.model.Dimension;
import org.tandem.api.model.Question;
import org.tandem.api.model.QuestionType;
import org.tandem.api.model.ValueModel;
import org.tandem.api.questionnaire.Page;
import org.tandem.api.questionnaire.PageQuestion;
import org.tandem.api.questionnaire.Questionnaire;

/**
 * A posted questionnaire page turned into the respondent's whole set of answers: the page's fields
 * replace what was saved for that dimension's questions, every other answer stays, and answers to
 * questions that the new answers hide are dropped (the questionnaire refuses answers to hidden
 * questions). Blank means unanswered.
 */
final class AnswerForm {

    /** The form field of a question's answer. */
    static final String PREFIX = "q.";
    /** The form field of the dimension's comment. */
    static final String COMMENT = "comment";
    /** The longest comment, in characters. */
    static final int MAX_COMMENT = 10_000;

    /** "3,5" as a Swedish keyboard writes it: stored as "3.5". */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("-?\\d+,\\d+");

    private AnswerForm() {
    }

    /**
     * {@code saved} with the answers of {@code dimension}'s questions for {@code perspective}
     * replaced by the posted {@code fields} (first value of each); questions of other dimensions and
     * perspectives are never taken from the form.
     */
    static Map<String, String> merge(Map<String, String> saved, Dimension dimension, String perspective,
            Map<String, String[]> fields) {
        Map<String, String> answers = new HashMap<>(saved);
        for (Question question : dimension.questions()) {
            if (!question.askedOf(perspective)) {
                continue;
            }
            String value = first(fields.get(PREFIX + question.id()));
            value = value == null ? "" : value.strip();
            if (question.type() == QuestionType.NUMBER && DECIMAL_COMMA.matcher(value).matches()) {
                value = value.replace(',', '.');
            }
            if (value.isEmpty()) {
                answers.remove(question.id());
            } else {
                answers.put(question.id(), value);
            }
        }
        return answers;
    }

    /** {@code comments} with the dimension's comment replaced by the posted one (blank removes it). */
    static Map<String, String> comment(Map<String, String> comments, String key, Map<String, String[]> fields) {
        Map<String, String> all = new HashMap<>(comments);
        String value = first(fields.get(COMMENT));
        if (value == null || value.isBlank()) {
            all.remove(key);
        } else {
            all.put(key, value.strip());
        }
        return all;
    }

    /** {@code answers} without those to questions not shown to {@code perspective} given these answers. */
    static Map<String, String> shownOnly(Questionnaire questionnaire, ValueModel model, String perspective,
            Map<String, String> answers) {
        Set<String> shown = new HashSet<>();
        for (Page page : questionnaire.pages(model, perspective, model.defaultLocale(), answers)) {
            for (PageQuestion question : page.questions()) {
                shown.add(question.id());
            }
        }
        Map<String, String> kept = new HashMap<>(answers);
        kept.keySet().retainAll(shown);
        return kept;
    }

    /** The ids of the questions on {@code page}. */
    static List<String> ids(Page page) {
        return page.questions().stream().map(PageQuestion::id).toList();
    }

    private static String first(String[] values) {
        return values == null || values.length == 0 ? null : values[0];
    }
}
