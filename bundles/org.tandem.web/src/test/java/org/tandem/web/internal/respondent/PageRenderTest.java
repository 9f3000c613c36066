package org.tandem.web.internal.respondent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.tandem.api.model.QuestionType;
import org.tandem.api.questionnaire.AnswerProblem;
import org.tandem.api.questionnaire.Page;
import org.tandem.api.questionnaire.PageQuestion;
import org.tandem.api.questionnaire.PageQuestion.Option;
import org.tandem.web.internal.http.Pages;

/** The questionnaire page as a screen reader and a keyboard meet it: every kind of question, with problems. */
class PageRenderTest {

    private static final Page PAGE = new Page("d", "Trust", "About trust", List.of(
            new PageQuestion("scale-q", QuestionType.SCALE, "How much?", "Think of last year", true,
                    List.of(new Option("1", "Not at all"), new Option("2", "2"), new Option("3", "Completely")), null,
                    null, "2"),
            new PageQuestion("yes-q", QuestionType.YES_NO, "Do you meet?", "", true,
                    List.of(new Option("yes", "Yes"), new Option("no", "No")), null, null, null),
            new PageQuestion("choice-q", QuestionType.CHOICE, "How often?", "", false,
                    List.of(new Option("weekly", "Weekly"), new Option("monthly", "Monthly")), null, null, "monthly"),
            new PageQuestion("number-q", QuestionType.NUMBER, "How many people?", "", true, List.of(), 0.0, 100.0,
                    "120"),
            new PageQuestion("text-q", QuestionType.TEXT, "Anything else?", "", false, List.of(), null, null,
                    "<b>bold</b>")));

    private static Document render(List<AnswerProblem> problems, boolean commentable) throws Exception {
        Map<String, String> errors = new HashMap<>();
        problems.forEach(p -> errors.put(p.question(), p.message()));
        Map<String, Object> m = new HashMap<>();
        m.put("base", "/r/TOKEN");
        m.put("query", "?lang=en");
        m.put("here", "/r/TOKEN/2");
        m.put("csrf", "CSRF");
        m.put("revision", 3L);
        m.put("modelTitle", "Partner?");
        m.put("relationship", "Acme / Atea");
        m.put("perspective", "Customer");
        m.put("deadline", "");
        m.put("languages", List.of(Map.of("code", "sv", "name", "Svenska"), Map.of("code", "en", "name", "English")));
        m.put("answered", 7);
        m.put("shown", 34);
        m.put("notice", "");
        m.put("alert", "");
        m.put("n", 2);
        m.put("pageCount", 5);
        m.put("title", PAGE.title());
        m.put("description", PAGE.description());
        m.put("fields", Views.fields(PAGE, errors, (key, args) -> Pages.label("en", key, args)));
        m.put("commentable", commentable);
        m.put("comment", "");
        m.put("commentError", "");
        m.put("problems", Views.problems(problems, List.of(PAGE), "", "", (key, args) -> Pages.label("en", key, args)));
        StringWriter out = new StringWriter();
        PrintWriter writer = new PrintWriter(out);
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(PageRenderTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, method, args) -> method.getName().equals("getWriter") ? writer : null);
        new Pages().render(response, 200, "respondent/page", "en", m);
        writer.flush();
        return Jsoup.parse(out.toString());
    }

    @Test
    void everyKindOfQuestionHasItsInputLabelledAndGrouped() throws Exception {
        Document page = render(List.of(), true);
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("7 of 34 answered", page.selectFirst("#progress-text").text());
        assertEquals("Page 2 of 5", page.selectFirst(".step").text());
        assertEquals(3, page.select("fieldset").size(), "scale, yes/no and choice are radio groups");
        Element scale = page.selectFirst("fieldset:has(#q-scale-q)");
        assertEquals("How much?", scale.selectFirst("legend").text());
        assertEquals("q-scale-q-hint", scale.attr("aria-describedby"));
        assertEquals(List.of("1 – Not at all", "2", "3 – Completely"), scale.select("label").eachText());
        assertTrue(page.selectFirst("input[name=q.scale-q][value=2]").hasAttr("checked"));
        assertTrue(page.selectFirst("input[name=q.choice-q][value=monthly]").hasAttr("checked"));
        assertTrue(page.selectFirst("fieldset:has(#q-choice-q) legend").text().contains("(optional)"));
        Element number = page.selectFirst("input#q-number-q");
        assertEquals("decimal", number.attr("inputmode"));
        assertEquals("120", number.val());
        assertEquals("A number from 0 to 100.", page.getElementById(number.attr("aria-describedby")).text());
        assertEquals("<b>bold</b>", page.selectFirst("textarea#q-text-q").text(), "escaped, not markup");
        assertTrue(page.select("textarea#q-text-q b").isEmpty());
        for (Element input : page.select("input[type=radio], input[type=text], textarea")) {
            assertNotNull(page.selectFirst("label[for=" + input.id() + "]"), "a label for " + input.id());
        }
        assertEquals("CSRF", page.selectFirst("form input[name=csrf]").val());
        assertEquals("3", page.selectFirst("form input[name=revision]").val());
        assertEquals("/r/TOKEN/2?lang=en", page.selectFirst("form").attr("action"));
        assertEquals("next", page.selectFirst("form button").val(), "Enter in a field means Next");
        assertNotNull(page.selectFirst("textarea#comment"));
        assertTrue(page.select("#error-summary").isEmpty());
        assertEquals("/r/TOKEN/2?lang=sv", page.selectFirst("a[hreflang=sv]").attr("href"));
        assertTrue(page.select("a[hreflang=en]").isEmpty(), "the current language is not a link");
        assertTrue(page.select("script:not([src])").isEmpty() && page.select("[style], [onclick]").isEmpty(),
                "nothing inline that the CSP would block");
    }

    @Test
    void problemsAreSummedUpAtTheTopLinkingToTheirFieldsAndToldNextToThem() throws Exception {
        Document page = render(List.of(new AnswerProblem("yes-q", "This question needs an answer."),
                new AnswerProblem("number-q", "Enter a number from 0 to 100.")), false);
        Element summary = page.selectFirst("#error-summary");
        assertEquals("alert", summary.attr("role"));
        assertEquals(List.of("#q-yes-q", "#q-number-q"), summary.select("a").eachAttr("href"));
        for (String href : summary.select("a").eachAttr("href")) {
            assertNotNull(page.getElementById(href.substring(1)), href);
        }
        assertTrue(summary.selectFirst("a").text().contains("Do you meet?"));
        Element yes = page.selectFirst("fieldset:has(#q-yes-q)");
        assertTrue(yes.hasClass("invalid"));
        assertEquals("q-yes-q-error", yes.attr("aria-describedby"));
        assertTrue(yes.select("input").stream().allMatch(i -> i.attr("aria-invalid").equals("true")));
        Element number = page.selectFirst("#q-number-q");
        assertEquals("true", number.attr("aria-invalid"));
        assertEquals("q-number-q-range q-number-q-error", number.attr("aria-describedby"));
        for (String id : number.attr("aria-describedby").split(" ")) {
            assertNotNull(page.getElementById(id), id);
        }
        assertTrue(page.selectFirst("#q-number-q-error").text().contains("Enter a number from 0 to 100."));
        assertFalse(page.selectFirst("#q-scale-q").hasAttr("aria-invalid"));
        assertTrue(page.select("textarea#comment").isEmpty(), "no comment box where the model asks in free text");
        assertTrue(page.title().startsWith("! "), "the title tells a problem too");
    }
}
