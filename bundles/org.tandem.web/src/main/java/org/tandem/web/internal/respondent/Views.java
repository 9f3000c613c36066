package org.tandem.web.internal.respondent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tandem.api.model.QuestionType;
import org.tandem.api.questionnaire.AnswerProblem;
import org.tandem.api.questionnaire.Page;
import org.tandem.api.questionnaire.PageQuestion;

/** What the respondent's templates show: questions as form fields, answers as review rows. */
public final class Views {

    private Views() {
    }

    /**
     * A question as a form field.
     *
     * @param id       the HTML id of its input (of the first radio button for a group)
     * @param name     the form field name
     * @param kind     {@code radio}, {@code number} or {@code text}
     * @param scale    whether the radios are scale points (shown in a row on wide screens)
     * @param range    the accepted range of a number, in words; may be empty
     * @param error    the problem with its answer, or empty
     */
    public record Field(String id, String name, String kind, boolean scale, String text, String help, boolean required,
            List<Option> options, String value, String range, String error) {
    }

    public record Option(String id, String value, String label, boolean checked) {
    }

    /** A link of the error summary to the field it is about. */
    public record Problem(String href, String question, String message) {
    }

    /** One answer on the review page: its question, what was answered (empty: unanswered), whether it must be. */
    public record Row(String id, String question, String answer, boolean required) {
    }

    /** A page's answers on the review page. */
    public record Section(int number, String title, List<Row> rows, String comment) {
    }

    /** The HTML id of a question's field: the question id, safe in ids and fragments. */
    static String htmlId(String question) {
        return "q-" + question.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    static Field field(PageQuestion q, String error, Labels labels) {
        String id = htmlId(q.id());
        String kind = switch (q.type()) {
            case SCALE, YES_NO, CHOICE -> "radio";
            case NUMBER -> "number";
            case TEXT -> "text";
        };
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            PageQuestion.Option o = q.options().get(i);
            String label = q.type() == QuestionType.SCALE && !o.label().equals(o.value()) ? o.value() + " – " + o.label()
                    : o.label();
            options.add(new Option(i == 0 ? id : id + "-" + i, o.value(), label, o.value().equals(q.answer())));
        }
        String range = "";
        if (q.type() == QuestionType.NUMBER) {
            if (q.min() != null && q.max() != null) {
                range = labels.get("number.range", number(q.min()), number(q.max()));
            } else if (q.min() != null) {
                range = labels.get("number.min", number(q.min()));
            } else if (q.max() != null) {
                range = labels.get("number.max", number(q.max()));
            }
        }
        return new Field(id, AnswerForm.PREFIX + q.id(), kind, q.type() == QuestionType.SCALE, q.text(), q.help(),
                q.required(), options, q.answer() == null ? "" : q.answer(), range, error == null ? "" : error);
    }

    static List<Field> fields(Page page, Map<String, String> errors, Labels labels) {
        return page.questions().stream().map(q -> field(q, errors.get(q.id()), labels)).toList();
    }

    /** What the respondent answered, as they read it: the option's label, or the number or text. */
    static String answer(PageQuestion q) {
        if (q.answer() == null) {
            return "";
        }
        for (PageQuestion.Option o : q.options()) {
            if (o.value().equals(q.answer())) {
                return q.type() == QuestionType.SCALE && !o.label().equals(o.value()) ? o.value() + " – " + o.label()
                        : o.label();
            }
        }
        return q.answer();
    }

    static List<Section> sections(List<Page> pages, Map<String, String> comments) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            List<Row> rows = page.questions().stream().map(q -> new Row(htmlId(q.id()), q.text(), answer(q), q.required())).toList();
            sections.add(new Section(i + 1, page.title(), rows, comments.getOrDefault(page.dimension(), "")));
        }
        return sections;
    }

    /** The problems as summary links: to the field on this page, or to the page that has the question. */
    static List<Problem> problems(List<AnswerProblem> problems, List<Page> pages, String pageLink, String query,
            Labels labels) {
        List<Problem> links = new ArrayList<>();
        for (AnswerProblem p : problems) {
            String question = "";
            String href = "";
            for (int i = 0; i < pages.size(); i++) {
                for (PageQuestion q : pages.get(i).questions()) {
                    if (q.id().equals(p.question())) {
                        question = q.text();
                        href = pageLink.replace("{n}", String.valueOf(i + 1)) + query + "#" + htmlId(q.id());
                    }
                }
            }
            if (p.question().equals(AnswerForm.COMMENT)) {
                question = labels.get("comment.label");
                href = "#comment";
            }
            links.add(new Problem(href, question, p.message()));
        }
        return links;
    }

    static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The labels of the page's language. */
    interface Labels {
        String get(String key, Object... args);
    }
}
