package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The respondent's questionnaire in the running distribution, driven as a browser without
 * JavaScript would: invitations made in the shell, then the invitation links in Swedish and English,
 * refused answers that store nothing, saving and resuming from the same link with new cookies, a
 * stale tab, review, submit and read-only answers; one respondent never sees another's answers, an
 * unknown link is a 404 and a form without its CSRF token is refused.
 */
class RespondentWebIT {

    private static final Pattern RADIO = Pattern.compile("name=\"q\\.([^\"]+)\" value=\"(\\d+)\"( checked)?");
    private static final Pattern REVISION = Pattern.compile("name=\"revision\" value=\"(\\d+)\"");

    @TempDir
    Path dir;

    @Test
    void aRespondentAnswersSavesResumesReviewsAndSubmitsThroughTheInvitationLink() throws Exception {
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(port))) {
            p.await(Pattern.compile("ready at"));
            String id = p.command("tandem:create partnership \"Acme AB\" \"Atea\"",
                    Pattern.compile("Assessment (\\S+) created")).group(1);
            String kim = p.command("tandem:invite " + id + " customer Kim Karlsson",
                    Pattern.compile("Invitation token: (\\S+)")).group(1);
            String alex = p.command("tandem:invite " + id + " provider Alex Andersson",
                    Pattern.compile("Invitation token: (\\S+)")).group(1);
            String link = "/r/" + kim;

            // the language: the browser's, else the model's default; ?lang= switches and sticks
            WebClient web = new WebClient(port);
            HttpResponse<String> sv = web.get(link, "Accept-Language", "sv-SE,sv;q=0.9,en;q=0.5");
            assertEquals(200, sv.statusCode(), sv.body());
            assertTrue(sv.body().contains("<html lang=\"sv\">"), sv.body());
            assertTrue(sv.body().contains("Du svarar som: Kund (verksamheten)"), sv.body());
            assertTrue(sv.body().contains("0 av 36 besvarade"), sv.body());
            assertTrue(sv.body().contains("href=\"" + link + "/1?lang=sv\""), "start links keep the language");
            HttpResponse<String> svPage = web.get(link + "/1?lang=sv");
            assertTrue(svPage.body().contains("Vår leverantör tar lika stor hänsyn"), svPage.body());
            assertTrue(svPage.body().contains("Stämmer helt"), "scale labels in Swedish");
            assertTrue(svPage.body().contains("action=\"" + link + "/1?lang=sv\""), "the form keeps the language");
            HttpResponse<String> page1 = web.get(link + "/1?lang=en", "Accept-Language", "sv");
            assertTrue(page1.body().contains("<html lang=\"en\">"), "?lang= wins over the browser");
            assertTrue(page1.body().contains("Our provider gives as much weight to our interests"), page1.body());
            assertFalse(page1.body().contains("We give as much weight"), "only the customer's texts");
            assertTrue(page1.body().contains("<legend>") && page1.body().contains("Completely true"), page1.body());
            assertTrue(page1.body().contains("Page 1 of 5"), page1.body());
            List<String> page1Questions = questions(page1.body());
            String kimCsrf = web.csrf();
            assertEquals(6, page1Questions.size(), "six scale questions and a free-text one: " + page1Questions);
            assertTrue(page1.body().contains("<textarea id=\"q-coop-comments\" name=\"q.coop-comments\""), page1.body());

            // an out-of-range answer: the inline message, the summary linking to the field, nothing stored
            Map<String, String> answers = answers(page1Questions, 4);
            answers.put("q." + page1Questions.get(0), "9");
            HttpResponse<String> refused = web.post(link + "/1?lang=en", page(page1.body(), answers, "next"));
            assertEquals(422, refused.statusCode(), refused.body());
            String first = "q-" + page1Questions.get(0);
            assertTrue(refused.body().contains("href=\"#" + first + "\""), refused.body());
            assertTrue(refused.body().contains("id=\"" + first + "-error\""), refused.body());
            assertTrue(refused.body().contains("aria-describedby=\"" + first + "-error\""), refused.body());
            assertTrue(refused.body().contains("aria-invalid=\"true\""), refused.body());
            assertTrue(refused.body().contains("Choose a whole number from 1 to 5."), refused.body());
            // a required answer missing when moving on: refused the same way
            answers = answers(page1Questions, 4);
            answers.remove("q." + page1Questions.get(2));
            refused = web.post(link + "/1?lang=en", page(web.lastPage(), answers, "next"));
            assertEquals(422, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("This question needs an answer."), refused.body());
            assertTrue(refused.body().contains("href=\"#q-" + page1Questions.get(2) + "\""), refused.body());
            assertTrue(refused.body().contains("value=\"4\" checked"), "what was entered is kept");
            p.command("tandem:progress " + id, Pattern.compile("customer\\s+invited 1, started 0, submitted 0"));

            // Next saves the page and moves on
            HttpResponse<String> next = web.post(link + "/1?lang=en", page(page1.body(), answers(page1Questions, 4),
                    "next"));
            assertEquals(303, next.statusCode(), next.body());
            assertEquals(link + "/2?lang=en", next.headers().firstValue("Location").orElse(""));
            p.command("tandem:progress " + id, Pattern.compile("customer\\s+invited 1, started 1, submitted 0"));
            HttpResponse<String> page2 = web.get(link + "/2?lang=en");
            assertTrue(page2.body().contains("6 of 36 answered"), page2.body());
            assertTrue(page2.body().contains("<progress id=\"progress\" max=\"36\" value=\"6\""), page2.body());
            List<String> page2Questions = questions(page2.body());

            // a submit before everything is answered: every missing answer, linking to its page
            web.get(link + "/review?lang=en");
            HttpResponse<String> early = web.post(link + "/review?lang=en", WebClient.form("action", "submit",
                    "revision", hidden(web.lastPage(), REVISION)));
            assertEquals(422, early.statusCode(), early.body());
            assertTrue(early.body().contains("href=\"" + link + "/2?lang=en&amp;check=1#q-" + page2Questions.get(0)
                    + "\""), early.body());
            HttpResponse<String> checked = web.get(link + "/2?lang=en&check=1");
            assertTrue(checked.body().contains("This question needs an answer."), checked.body());

            // save part of page 2 with a comment and a free-text answer, and stop
            Map<String, String> some = answers(page2Questions.subList(0, 3), 2);
            some.put("q.transp-comments", "We meet monthly.");
            HttpResponse<String> saved = web.post(link + "/2?lang=en", page(page2.body(), some, "save"));
            assertEquals(303, saved.statusCode(), saved.body());
            assertEquals(link + "/2?lang=en&saved=1", saved.headers().firstValue("Location").orElse(""));
            assertTrue(web.get(link + "/2?lang=en&saved=1").body().contains("Your answers are saved"));

            // resume later from the same link in another browser (no cookies): everything is there
            WebClient later = new WebClient(port);
            HttpResponse<String> resumed = later.get(link + "?lang=en");
            assertTrue(resumed.body().contains("10 of 36 answered"), resumed.body());
            assertTrue(resumed.body().contains("href=\"" + link + "/2?lang=en\""), "continue where they left off");
            HttpResponse<String> again = later.get(link + "/2?lang=en");
            assertTrue(again.body().contains("name=\"q." + page2Questions.get(0) + "\" value=\"2\" checked"), again.body());
            assertTrue(again.body().contains("We meet monthly.</textarea>"), again.body());

            // the same link open in two tabs: the stale one is refused with a message, nothing is lost
            WebClient tabA = new WebClient(port);
            WebClient tabB = new WebClient(port);
            HttpResponse<String> a = tabA.get(link + "/3?lang=en");
            HttpResponse<String> b = tabB.get(link + "/3?lang=en");
            List<String> page3Questions = questions(a.body());
            assertEquals(303, tabB.post(link + "/3?lang=en", page(b.body(), answers(page3Questions, 5), "save"))
                    .statusCode());
            HttpResponse<String> stale = tabA.post(link + "/3?lang=en", page(a.body(), answers(page3Questions, 1),
                    "save"));
            assertEquals(409, stale.statusCode(), stale.body());
            assertTrue(stale.body().contains("changed in another tab or window"), stale.body());
            assertTrue(tabB.get(link + "/3?lang=en").body().contains("value=\"5\" checked"), "tab B's answers kept");

            // a form without the CSRF token, or with another respondent's, is refused
            assertEquals(403, web.post(link + "/3?lang=en", WebClient.form("csrf", "", "action", "save")).statusCode());
            String alexCsrf = csrf(new WebClient(port), "/r/" + alex + "/1");
            assertEquals(403, web.post(link + "/3?lang=en", WebClient.form("csrf", alexCsrf, "action", "save"))
                    .statusCode());

            // answer the rest with Next; the last Next goes to the review
            web.get(link + "/2?lang=en");
            String location = "";
            for (int n = 2; n <= 5; n++) {
                HttpResponse<String> shown = web.get(link + "/" + n + "?lang=en");
                Map<String, String> all = answers(questions(shown.body()), 3);
                if (n == 2) {
                    all.put("q.transp-comments", "We meet monthly."); // as the browser posts the textarea again
                }
                HttpResponse<String> moved = web.post(link + "/" + n + "?lang=en", page(shown.body(), all, "next"));
                assertEquals(303, moved.statusCode(), moved.body());
                location = moved.headers().firstValue("Location").orElse("");
            }
            assertEquals(link + "/review?lang=en", location);
            HttpResponse<String> review = web.get(location);
            assertTrue(review.body().contains("Review your answers"), review.body());
            assertTrue(review.body().contains("We meet monthly."), review.body());
            assertTrue(review.body().contains("3 – Partly true"), review.body());
            for (int n = 1; n <= 5; n++) {
                assertTrue(review.body().contains("href=\"" + link + "/" + n + "?lang=en\""), "a link back to page " + n);
            }
            String progressText = match(review.body(), Pattern.compile("(\\d+) of 36 answered")).group(1);
            HttpResponse<String> submitted = web.post(link + "/review?lang=en", WebClient.form("action", "submit",
                    "revision", hidden(review.body(), REVISION), "comment", "Thanks for asking."));
            assertEquals(303, submitted.statusCode(), submitted.body());
            assertEquals(link + "/thanks?lang=en", submitted.headers().firstValue("Location").orElse(""));
            assertTrue(web.get(link + "/thanks?lang=en").body().contains("Your answers have been submitted"));
            p.command("tandem:progress " + id, Pattern.compile("customer\\s+invited 1, started 0, submitted 1"));
            assertEquals("32", progressText, "every scale question and the one free-text question answered");

            // read-only afterwards: the answers, no form; posting changes nothing
            HttpResponse<String> readOnly = new WebClient(port).get(link + "?lang=en");
            assertEquals(200, readOnly.statusCode());
            assertTrue(readOnly.body().contains("They can no longer be changed"), readOnly.body());
            assertTrue(readOnly.body().contains("Thanks for asking."), readOnly.body());
            assertFalse(readOnly.body().contains("<form"), readOnly.body());
            assertEquals(303, new WebClient(port).get(link + "/1?lang=en").statusCode());
            HttpResponse<String> late = web.post(link + "/1?lang=en", WebClient.form("csrf", kimCsrf, "action", "save", "revision", "99", "q." + page1Questions.get(0), "1"));
            assertEquals(303, late.statusCode());
            assertTrue(new WebClient(port).get(link + "/review").statusCode() == 303);

            // the other respondent sees their own perspective and nothing of Kim's
            WebClient other = new WebClient(port);
            HttpResponse<String> alexStart = other.get("/r/" + alex + "?lang=en");
            assertTrue(alexStart.body().contains("You answer as: Provider (IT)"), alexStart.body());
            assertTrue(alexStart.body().contains("0 of 36 answered"), alexStart.body());
            HttpResponse<String> alexPage = other.get("/r/" + alex + "/2?lang=en");
            assertTrue(alexPage.body().contains("We "), alexPage.body());
            assertFalse(alexPage.body().contains(" checked"), "nothing answered yet");
            assertFalse(alexPage.body().contains("We meet monthly"));

            // unknown links are a plain 404 that names nothing
            for (String wrong : List.of("/r/" + kim.substring(0, kim.length() - 2) + "xx", "/r/nope", "/r/",
                    "/r/" + alex + "/99", link + "/0", link + "/x", link + "/1/2")) {
                HttpResponse<String> missing = new WebClient(port).get(wrong);
                assertEquals(404, missing.statusCode(), wrong);
                assertFalse(missing.body().contains("Acme") || missing.body().contains("Partner"), missing.body());
            }
            HttpResponse<String> forged = new WebClient(port).post("/r/" + kim.substring(0, kim.length() - 2) + "xx/1",
                    WebClient.form("csrf", "x"));
            assertEquals(404, forged.statusCode());

            // a closed assessment says so
            p.command("tandem:close " + id, Pattern.compile("closed"));
            HttpResponse<String> closed = new WebClient(port).get("/r/" + alex + "?lang=en");
            assertEquals(200, closed.statusCode());
            assertTrue(closed.body().contains("This assessment is closed"), closed.body());
            assertFalse(closed.body().contains("<form"), closed.body());
        }
    }

    /** The question ids of a page's radio groups, in order. */
    private static List<String> questions(String page) {
        Matcher m = RADIO.matcher(page);
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        return List.copyOf(ids);
    }

    private static Map<String, String> answers(List<String> questions, int value) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String q : questions) {
            answers.put("q." + q, String.valueOf(value));
        }
        return answers;
    }

    /** A page's form as a browser posts it: hidden fields, the answers, the button pressed. */
    private static Map<String, String> page(String html, Map<String, String> answers, String action) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("revision", hidden(html, REVISION));
        form.putAll(answers);
        form.put("action", action);
        return form;
    }

    private static String hidden(String html, Pattern pattern) {
        return match(html, pattern).group(1);
    }

    private static String csrf(WebClient web, String path) throws Exception {
        web.get(path);
        return web.csrf();
    }

    private static Matcher match(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in:\n" + text);
        }
        return m;
    }
}
