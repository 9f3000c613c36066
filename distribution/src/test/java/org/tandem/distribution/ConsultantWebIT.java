package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consultant's pages in the running distribution, as a browser uses them: the administrator
 * creates an assessment through the form, invites respondents, reads their links, finds the results
 * sealed until both sides submitted (answers go in through the shell), then reads the report inline
 * and downloads it in every format, and closes the assessment.
 */
class ConsultantWebIT {

    private static final Pattern LINK = Pattern.compile("value=\"(http://127\\.0\\.0\\.1:\\d+/r/([A-Za-z0-9_-]+))\"");

    @TempDir
    Path dir;

    @Test
    void anAssessmentFromTheFormToTheReports() throws Exception {
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(port))) {
            String oneTime = p.await(WebClient.ONE_TIME).group(1);
            p.await(Pattern.compile("ready at"));

            // without a session every page of assessments sends the browser to the sign-in page
            WebClient nobody = new WebClient(port);
            for (String path : List.of("/assessments", "/assessments/", "/assessments/new", "/assessments/abc",
                    "/assessments/abc/close", "/assessments/abc/report", "/assessments/abc/report.pdf")) {
                HttpResponse<String> r = nobody.get(path);
                assertEquals(303, r.statusCode(), path);
                assertEquals("/login", r.headers().firstValue("Location").orElse(""), path);
            }
            assertEquals("/login", nobody.post("/assessments/new", WebClient.form("customer", "x"))
                    .headers().firstValue("Location").orElse(""));

            // the administrator with the one-time password must choose a password first
            WebClient web = new WebClient(port);
            assertEquals(303, web.login("admin", oneTime).statusCode());
            HttpResponse<String> first = web.get("/assessments");
            assertEquals(303, first.statusCode());
            assertEquals("/password", first.headers().firstValue("Location").orElse(""));
            web.get("/password");
            assertEquals(303, web.post("/password", WebClient.form("current", oneTime, "password", "a-long-password"))
                    .statusCode());

            HttpResponse<String> list = web.get("/assessments");
            assertEquals(200, list.statusCode(), list.body());
            assertTrue(list.body().contains("href=\"/assessments/new\""), list.body());

            // the form: the installed model's newest version preselected; problems shown inline, input kept
            HttpResponse<String> form = web.get("/assessments/new");
            assertEquals(200, form.statusCode(), form.body());
            assertTrue(form.body().contains("<option value=\"partnership@1.0.0\" selected>"), form.body());
            String deadline = LocalDate.now().plusDays(30).toString();
            HttpResponse<String> refused = web.post("/assessments/new", WebClient.form("name", "", "customer", " ",
                    "provider", "Atea Sverige", "model", "partnership@1.0.0", "deadline", "someday"));
            assertEquals(400, refused.statusCode());
            assertTrue(refused.body().contains("id=\"customer-error\""), refused.body());
            assertTrue(refused.body().contains("id=\"deadline-error\""), refused.body());
            assertTrue(refused.body().contains("value=\"Atea Sverige\""), "the form keeps what was typed");
            assertTrue(refused.body().contains("value=\"someday\""), "the form keeps what was typed");
            assertEquals(403, web.post("/assessments/new", WebClient.form("customer", "Acme AB", "provider", "Atea",
                    "model", "partnership@1.0.0", "csrf", "forged")).statusCode(), "a form without the CSRF token");

            HttpResponse<String> created = web.post("/assessments/new", WebClient.form("name", "Acme / Atea 2026",
                    "customer", "Acme AB", "provider", "Atea", "model", "partnership@1.0.0", "deadline", deadline));
            assertEquals(303, created.statusCode(), created.body());
            String page = created.headers().firstValue("Location").orElseThrow();
            assertTrue(page.matches("/assessments/[0-9a-f-]{36}"), page);
            String id = page.substring("/assessments/".length());

            HttpResponse<String> detail = web.get(page);
            assertEquals(200, detail.statusCode(), detail.body());
            assertTrue(detail.body().contains("Acme / Atea 2026") && detail.body().contains(deadline), detail.body());
            assertTrue(detail.body().contains("id=\"sealed\""), "sealed before anyone answered");
            assertFalse(detail.body().contains("/report"), "no report links while sealed");

            // respondents: several at once, one name a line
            assertEquals(303, web.post(page + "/respondents", WebClient.form("perspective", "customer",
                    "names", "Anna Berg\r\n\r\nBo Ek\r\n")).statusCode());
            assertEquals(303, web.post(page + "/respondents", WebClient.form("perspective", "provider",
                    "names", "Cecilia Dahl")).statusCode());
            HttpResponse<String> noNames = web.post(page + "/respondents", WebClient.form("perspective", "provider",
                    "names", "  \n "));
            assertEquals(400, noNames.statusCode());
            assertTrue(noNames.body().contains("id=\"names-provider-error\""), noNames.body());
            assertEquals(403, web.post(page + "/respondents", WebClient.form("perspective", "provider",
                    "names", "Eve", "csrf", "forged")).statusCode());

            detail = web.get(page);
            List<String> customers = links(side(detail.body(), "customer"));
            List<String> providers = links(side(detail.body(), "provider"));
            assertEquals(2, customers.size(), detail.body());
            assertEquals(1, providers.size(), detail.body());
            assertTrue(detail.body().contains("Anna Berg") && detail.body().contains("Bo Ek")
                    && detail.body().contains("Cecilia Dahl"), detail.body());

            // sealed until each side has a submitted respondent, and the report URLs say so
            HttpResponse<String> sealed = web.get(page + "/report");
            assertEquals(403, sealed.statusCode());
            assertTrue(sealed.body().contains("customer needs 1 more"), sealed.body());
            assertEquals(403, web.get(page + "/report.pdf").statusCode());
            answer(p, customers.get(0), 1);
            sealed = web.get(page + "/report.csv");
            assertEquals(403, sealed.statusCode());
            assertTrue(sealed.body().contains("provider needs 1 more") && !sealed.body().contains("customer"),
                    sealed.body());
            answer(p, providers.get(0), 2);

            detail = web.get(page);
            assertFalse(detail.body().contains("id=\"sealed\""), detail.body());
            assertTrue(detail.body().contains("href=\"/assessments/" + id + "/report?lang="), detail.body());
            for (String format : List.of("html", "pdf", "json", "csv", "answers-csv", "markdown")) {
                assertTrue(detail.body().contains("/assessments/" + id + "/report." + format + "?lang="),
                        format + " download link");
            }

            // the report inline: a page of its own, with its own policy for its inline style sheet
            HttpResponse<String> report = web.get(page + "/report?lang=en");
            assertEquals(200, report.statusCode(), report.body());
            assertTrue(report.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; form-action 'none'; base-uri 'none'",
                    report.headers().firstValue("Content-Security-Policy").orElse(""));
            assertTrue(report.headers().firstValue("Content-Disposition").isEmpty());
            assertTrue(report.body().contains("<html") && report.body().contains("Acme / Atea 2026"), report.body());
            assertFalse(report.body().contains("<script"), "no script in the report");
            assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(report.body()).find(),
                    "nothing external in the report");
            assertTrue(web.get(page + "/report?lang=sv").body().contains("lang=\"sv\""), "in Swedish by ?lang=");

            // downloads
            String date = LocalDate.now().toString();
            HttpResponse<byte[]> pdf = download(web, page + "/report.pdf?lang=en");
            assertEquals(200, pdf.statusCode());
            assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
            assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
            assertEquals("attachment; filename=\"Acme-Atea-2026-" + date + ".pdf\"",
                    pdf.headers().firstValue("Content-Disposition").orElse(""));
            HttpResponse<byte[]> csv = download(web, page + "/report.csv");
            assertEquals(200, csv.statusCode());
            assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
                    csv.headers().toString());
            assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").endsWith(".csv\""));
            assertTrue(new String(csv.body(), StandardCharsets.UTF_8).lines().count() > 2);
            HttpResponse<byte[]> json = download(web, page + "/report.json");
            assertEquals(200, json.statusCode());
            assertTrue(new String(json.body(), StandardCharsets.UTF_8).strip().startsWith("{"));
            assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            HttpResponse<byte[]> markdown = download(web, page + "/report.markdown?lang=en");
            assertEquals(200, markdown.statusCode());
            assertTrue(new String(markdown.body(), StandardCharsets.UTF_8).startsWith("#"));
            assertTrue(markdown.headers().firstValue("Content-Disposition").orElse("").endsWith(".md\""),
                    markdown.headers().toString());
            assertEquals(200, download(web, page + "/report.answers-csv").statusCode());
            assertEquals(200, download(web, page + "/report.html").statusCode());
            assertEquals(404, web.get(page + "/report.docx").statusCode());
            assertEquals(404, web.get("/assessments/no-such-assessment").statusCode());

            // the list: newest first, with what the consultant needs to see
            list = web.get("/assessments");
            assertTrue(list.body().contains("href=\"/assessments/" + id + "\"") && list.body().contains("Acme AB")
                    && list.body().contains("partnership@1.0.0") && list.body().contains(deadline), list.body());

            // closing asks first; after it nobody more can be invited, and the report stays
            assertEquals(200, web.get(page + "/close").statusCode());
            assertEquals(403, web.post(page + "/close", WebClient.form("csrf", "forged")).statusCode());
            web.get(page + "/close");
            HttpResponse<String> closed = web.post(page + "/close", WebClient.form());
            assertEquals(303, closed.statusCode());
            assertEquals(page, closed.headers().firstValue("Location").orElse(""));
            detail = web.get(page);
            assertFalse(detail.body().contains("/respondents\""), "no invitation form on a closed assessment");
            assertFalse(detail.body().contains(page + "/close\""), "no close button on a closed assessment");
            assertEquals(409, web.post(page + "/respondents", WebClient.form("perspective", "customer",
                    "names", "Late Comer")).statusCode());
            assertEquals(200, download(web, page + "/report.pdf").statusCode());
        }
    }

    /** Submits full answers for the invitation {@code token} through the shell. */
    private void answer(TandemProcess p, String token, int seed) throws Exception {
        Path file = dir.resolve("answers-" + seed + ".json");
        Files.writeString(file, Assessments.answers(seed));
        p.command("tandem:answer --submit " + token + " " + file, Pattern.compile("answers submitted"));
    }

    /** The part of the assessment page about one perspective. */
    private static String side(String page, String perspective) {
        int start = page.indexOf("id=\"side-" + perspective + "\" aria-labelledby");
        assertTrue(start >= 0, "no section of " + perspective);
        int end = page.indexOf("<section class=\"side\"", start + 1);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    /** The invitation tokens of the full invitation links on {@code html}. */
    private static List<String> links(String html) {
        List<String> tokens = new ArrayList<>();
        Matcher m = LINK.matcher(html);
        while (m.find()) {
            tokens.add(m.group(2));
        }
        return tokens;
    }

    private static HttpResponse<byte[]> download(WebClient web, String path) throws Exception {
        return web.http.send(HttpRequest.newBuilder(URI.create(web.base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
