package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Script in every field a user types, through every page and report that shows it: relationship
 * name, customer and provider (API and form), respondent names (API and form), free-text answers
 * and comments (API and the respondent's pages), user names and token labels. Each page is parsed
 * as a browser would: no script, no event handler, no {@code javascript:} link, no image or drawing
 * made from the input, and the input shown as the text it is. CSV cells cannot run as formulas,
 * Markdown carries no raw HTML. And a session cookie chosen before sign-in never signs anyone in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssIT {

    private static final String RTL = "\u202Egnp.exe \u05E9\u05DC\u05D5\u05DD \u0645\u0631\u062D\u0628\u0627 "
            + "\u00E5\u00E4\u00F6 \u4F60\u597D \uD83D\uDE00\u200D\u2066x\u2069";
    /** Every payload at once, within the 200 characters a name may have. */
    private static final String NAME = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> {{7*7}} ${7*7} "
            + "<svg onload=alert(4)> " + RTL;
    private static final String CUSTOMER = "=HYPERLINK(\"http://x\")<svg onload=alert(4)>";
    private static final String PROVIDER = "javascript:alert(3)";
    private static final String RESPONDENT = "@SUM(1)\"><img src=x onerror=alert(2)><script>alert(1)</script>";
    private static final String FREE_TEXT = "+cmd|' /C calc'!A0 <script>alert(1)</script> javascript:alert(3) {{7*7}}";
    private static final String COMMENT = "-2+3 \"><img src=x onerror=alert(2)> <svg onload=alert(4)> ${7*7} "
            + RTL;
    private static final String GENERAL = "=1+1 </textarea><script>alert(1)</script>";
    private static final List<String> FORMATS = List.of("html", "pdf", "json", "csv", "answers-csv", "markdown");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern RADIO = Pattern.compile("name=\"q\\.([^\"]+)\" value=\"(\\d+)\"");
    private static final Pattern REVISION = Pattern.compile("name=\"revision\" value=\"(\\d+)\"");
    private static final Pattern LINK = Pattern.compile("value=\"http://127\\.0\\.0\\.1:\\d+/r/([A-Za-z0-9_-]+)\"");

    private Path dir;
    private Path home;
    private TandemProcess process;
    private int port;
    private WebClient web;
    private String csrf;

    @BeforeAll
    void start() throws Exception {
        dir = Files.createTempDirectory("tandem-xss-it");
        Installation tandem = Installation.unpack(dir);
        home = tandem.home;
        port = Installation.freePort();
        process = TandemProcess.start(tandem.home, "--headless", "--port", String.valueOf(port));
        process.await(Pattern.compile("ready at"));
        web = WebClient.admin(process, port, "a-long-password");
        csrf = web.get("/api/v1/session").headers().firstValue("X-CSRF-Token").orElseThrow();
    }

    @AfterAll
    void stop() throws Exception {
        if (process != null) {
            process.kill(); // waits until it is gone, so its installation can be removed
        }
        if (dir != null) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void scriptInEveryFieldStaysTextOnEveryPageAndInEveryReport() throws Exception {
        // through the API: the relationship, two respondents who answer and comment with script
        HttpResponse<String> created = api("POST", "/api/v1/assessments", "{\"relationship\": {\"name\": " + quote(NAME)
                + ", \"customer\": " + quote(CUSTOMER) + ", \"provider\": " + quote(PROVIDER)
                + "}, \"model\": \"partnership\"}");
        assertEquals(201, created.statusCode(), created.body());
        String apiId = match(created.body(), ID).group(1);
        List<String> submitted = new ArrayList<>();
        for (String side : List.of("customer", "provider")) {
            String token = invite(apiId, side, RESPONDENT);
            String body = Assessments.answers(submitted.size() + 1);
            body = body.substring(0, body.length() - 2) + ", \"coop-comments\": " + quote(FREE_TEXT)
                    + "}, \"comments\": {\"cooperative\": " + quote(COMMENT) + ", \"\": " + quote(GENERAL)
                    + "}, \"revision\": 0}";
            HttpResponse<String> saved = web.json("PUT", "/api/v1/responses/" + token + "?lang=en", body);
            assertEquals(200, saved.statusCode(), saved.body());
            assertEquals(200, web.json("POST", "/api/v1/responses/" + token + "/submit", null).statusCode());
            submitted.add(token);
        }
        // a third one answers in the browser: the free text and the comment through the form, unsubmitted
        String browserToken = invite(apiId, "customer", NAME);

        // through the forms: the relationship and respondents
        web.get("/assessments/new");
        HttpResponse<String> form = web.post("/assessments/new", WebClient.form("name", NAME, "customer", CUSTOMER,
                "provider", PROVIDER, "model", "partnership@1.0.0", "deadline", ""));
        assertEquals(303, form.statusCode(), form.body());
        String formPage = form.headers().firstValue("Location").orElseThrow();
        String formId = formPage.substring("/assessments/".length());
        // a refused form shows what was typed, escaped
        web.get("/assessments/new");
        HttpResponse<String> refused = web.post("/assessments/new", WebClient.form("name", NAME, "customer", " ",
                "provider", PROVIDER, "model", "partnership@1.0.0", "deadline", RESPONDENT));
        assertEquals(400, refused.statusCode());
        clean(refused.body(), "the refused new assessment form");
        web.get(formPage);
        for (String side : List.of("customer", "provider")) {
            assertEquals(303, web.post(formPage + "/respondents", WebClient.form("perspective", side,
                    "names", RESPONDENT + "\n" + NAME)).statusCode());
        }
        List<String> formTokens = new ArrayList<>();
        Matcher links = LINK.matcher(web.get(formPage).body());
        while (links.find()) {
            formTokens.add(links.group(1));
        }
        assertEquals(4, formTokens.size());
        int seed = 3;
        for (String token : List.of(formTokens.get(0), formTokens.get(2))) {
            String body = Assessments.answers(seed++);
            HttpResponse<String> done = web.json("POST", "/api/v1/responses/" + token + "/submit",
                    body.substring(0, body.length() - 1) + ", \"revision\": 0}");
            assertEquals(200, done.statusCode(), done.body());
        }

        // the respondent's pages: a page saved with script in the free text and the comment
        WebClient respondent = new WebClient(port);
        String r = "/r/" + browserToken;
        HttpResponse<String> page1 = respondent.get(r + "/1?lang=en");
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("revision", match(page1.body(), REVISION).group(1));
        Matcher radio = RADIO.matcher(page1.body());
        while (radio.find()) {
            answers.put("q." + radio.group(1), "4");
        }
        answers.put("q.coop-comments", FREE_TEXT);
        answers.put("comment", COMMENT);
        answers.put("action", "save");
        assertEquals(303, respondent.post(r + "/1?lang=en", answers).statusCode());
        shows(respondent.get(r + "?lang=en"), "the respondent's start page", NAME);
        shows(respondent.get(r + "/1?lang=en"), "the saved page", FREE_TEXT);
        HttpResponse<String> review = respondent.get(r + "/review?lang=en");
        shows(review, "the review page", FREE_TEXT);
        Map<String, String> general = new LinkedHashMap<>();
        general.put("revision", match(review.body(), REVISION).group(1));
        general.put("comment", GENERAL);
        general.put("action", "submit");
        HttpResponse<String> early = respondent.post(r + "/review?lang=en", general);
        assertTrue(early.statusCode() == 422 || early.statusCode() == 303, early.statusCode() + early.body());
        clean(early.statusCode() == 422 ? early.body() : respondent.get(r + "/review?lang=en").body(),
                "the review page refusing an early submit");
        for (String token : submitted) {
            shows(new WebClient(port).get("/r/" + token + "?lang=en"), "the read-only start page", NAME);
            HttpResponse<String> readOnly = new WebClient(port).get("/r/" + token + "/review?lang=en");
            clean(readOnly.body(), "the review of a submitted response");
            clean(new WebClient(port).get("/r/" + token + "/1?lang=en").body(), "a read-only page");
        }

        // the consultant's pages and every report, of both assessments
        shows(web.get("/assessments"), "the list of assessments", NAME, CUSTOMER, PROVIDER);
        for (String id : List.of(apiId, formId)) {
            String page = "/assessments/" + id;
            shows(web.get(page), page, NAME, CUSTOMER, PROVIDER, RESPONDENT);
            shows(web.get(page + "/close"), page + "/close", NAME);
            HttpResponse<String> report = web.get(page + "/report?lang=en");
            assertEquals(200, report.statusCode(), report.body());
            shows(report, page + "/report", NAME, CUSTOMER, PROVIDER);
            assertFalse(report.body().contains(RESPONDENT) || report.body().contains("@SUM(1)"),
                    "respondent names are never in results");
            for (String format : FORMATS) {
                reportIsInert(format, download(page + "/report." + format + "?lang=en"), page, id.equals(apiId));
                reportIsInert(format, download("/api/v1/assessments/" + id + "/report?format=" + format + "&lang=en"),
                        "the API", id.equals(apiId));
            }
        }
        clean(web.get("/assessments/new").body(), "the new assessment form");

        // user names: script is not a name, refused with a message, nothing stored; token labels are text
        HttpResponse<String> user = api("POST", "/api/v1/users", "{\"name\": " + quote(NAME) + ", \"role\": \"admin\"}");
        assertEquals(400, user.statusCode(), user.body());
        assertEquals(400, api("POST", "/api/v1/users", "{\"name\": " + quote("x<svg onload=alert(4)>")
                + ", \"role\": \"consultant\"}").statusCode());
        web.get("/admin/users");
        HttpResponse<String> userForm = web.post("/admin/users/create", WebClient.form("name", NAME, "role", "admin"));
        assertEquals(400, userForm.statusCode(), userForm.body());
        clean(userForm.body(), "the refused user form");
        assertFalse(api("GET", "/api/v1/users", null).body().contains("alert"), "no user stored from script");
        assertEquals(201, api("POST", "/api/v1/tokens", "{\"label\": " + quote(RESPONDENT) + "}").statusCode());
        web.get("/admin/users");
        clean(web.post("/admin/users/token", WebClient.form("label", NAME)).body(), "the new token page");
        clean(web.get("/admin/users").body(), "/admin/users");
        clean(web.get("/admin/modules").body(), "/admin/modules");

        // a file name is input too: a bundle dropped into deploy/ under a name with markup is listed as text
        String jar = "<img src=x onerror=alert(7)>.jar";
        Files.copy(Installation.bundle(dir, "test.markup.name", "1.0.0"), home.resolve("deploy").resolve(jar));
        long deadline = System.nanoTime() + TandemProcess.TIMEOUT.toNanos();
        HttpResponse<String> modules = web.get("/admin/modules");
        while (!modules.body().contains("onerror=alert(7)") && System.nanoTime() < deadline) {
            Thread.sleep(250);
            modules = web.get("/admin/modules");
        }
        shows(modules, "/admin/modules with a jar named with markup", jar);
    }

    @Test
    void scriptInServiceLevelsAndActionsStaysTextOnTheirPagesAndInEveryReport() throws Exception {
        HttpResponse<String> created = api("POST", "/api/v1/assessments", "{\"relationship\": {\"name\": " + quote(NAME)
                + ", \"customer\": " + quote(CUSTOMER) + ", \"provider\": " + quote(PROVIDER)
                + "}, \"model\": \"partnership\"}");
        assertEquals(201, created.statusCode(), created.body());
        String id = match(created.body(), ID).group(1);
        int seed = 5;
        for (String side : List.of("customer", "provider")) { // results open: the report shows everything
            String token = invite(id, side, "Someone");
            String body = Assessments.answers(seed++);
            assertEquals(200, web.json("POST", "/api/v1/responses/" + token + "/submit",
                    body.substring(0, body.length() - 1) + ", \"revision\": 0}").statusCode());
        }
        HttpResponse<String> sla = api("PUT", "/api/v1/assessments/" + id + "/sla", "{\"figures\": ["
                + "{\"service\": " + quote(NAME) + ", \"target\": 99.5, \"achieved\": 99.7, \"better\": \"higher\", "
                + "\"unit\": \"<b>%</b>\"}, {\"service\": " + quote(CUSTOMER) + ", \"target\": 8, \"achieved\": 9, "
                + "\"better\": \"lower\"}]}");
        assertEquals(200, sla.statusCode(), sla.body());
        HttpResponse<String> action = api("POST", "/api/v1/assessments/" + id + "/actions", "{\"dimension\": "
                + "\"cooperative\", \"what\": " + quote(FREE_TEXT) + ", \"owner\": " + quote(RESPONDENT) + "}");
        assertEquals(201, action.statusCode(), action.body());

        shows(web.get("/sla/" + id), "/sla/" + id, NAME, CUSTOMER, "<b>%</b>");
        shows(web.get("/actions/" + id), "/actions/" + id, FREE_TEXT, RESPONDENT);
        // a refused import shows the pasted text and each problem with the value that was wrong, as text
        web.get("/sla/" + id);
        String pasted = "service,target,achieved,better\n" + quote(GENERAL) + ",<script>alert(1)</script>,1,higher\n";
        HttpResponse<String> refused = multipart("/sla/" + id + "/import", Map.of("csrf", web.csrf(), "text", pasted));
        assertEquals(422, refused.statusCode(), refused.body());
        Document refusedPage = clean(refused.body(), "the refused SLA import");
        assertTrue(refusedPage.text().contains("<script>alert(1)</script>"), "the wrong value named, as text:\n"
                + refused.body());
        assertTrue(refusedPage.select("textarea").first().val().contains(GENERAL), "the pasted text kept as typed");

        String page = "/assessments/" + id;
        HttpResponse<String> report = web.get(page + "/report?lang=en");
        shows(report, page + "/report", NAME, CUSTOMER, FREE_TEXT, RESPONDENT);
        for (String format : FORMATS) {
            HttpResponse<byte[]> r = download("/api/v1/assessments/" + id + "/report?format=" + format + "&lang=en");
            reportIsInert(format, r, "service levels and actions", false);
            if (format.equals("json")) {
                List<String> strings = new ArrayList<>();
                strings(JsonParser.parseString(new String(r.body(), StandardCharsets.UTF_8)), strings);
                assertTrue(strings.contains(FREE_TEXT) && strings.contains(RESPONDENT) && strings.contains("<b>%</b>"),
                        "the SLA figures and actions as typed, in the JSON report");
            }
        }
    }

    /** A multipart/form-data POST of text fields, as a browser sends the import form. */
    private HttpResponse<String> multipart(String path, Map<String, String> fields) throws Exception {
        String boundary = "----tandem" + System.nanoTime();
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(f.getKey())
                    .append("\"\r\n\r\n").append(f.getValue()).append("\r\n");
        }
        body.append("--").append(boundary).append("--\r\n");
        return web.http.send(HttpRequest.newBuilder(URI.create(web.base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aSessionCookieChosenBeforeSignInNeverSignsAnyoneIn() throws Exception {
        WebClient victim = new WebClient(port);
        CookieManager jar = (CookieManager) victim.http.cookieHandler().orElseThrow();
        String planted = "attacker-chosen-value";
        HttpCookie cookie = new HttpCookie("tandem_session", planted);
        cookie.setPath("/");
        cookie.setVersion(0);
        jar.getCookieStore().add(URI.create(victim.base + "/"), cookie);
        assertEquals(401, session(victim, planted).statusCode(), "a chosen value is no session");
        // a forged value in the session's shape is none either
        assertEquals(401, session(victim, "5b0f0000-0000-0000-0000-000000000000|9999999999|AAAAAAAAAAAAAAAA|forged")
                .statusCode());

        HttpResponse<String> signedIn = victim.login("admin", "a-long-password");
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        String fresh = sessionCookie(signedIn);
        assertFalse(fresh.isEmpty(), "the sign-in sets a session cookie");
        assertNotEquals(planted, fresh, "the sign-in sets a new session, not the one chosen before");
        assertTrue(signedIn.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("HttpOnly")
                && c.contains("SameSite=Strict")), signedIn.headers().toString());
        assertEquals(401, session(victim, planted).statusCode(), "the chosen value still opens nothing");
        assertEquals(200, session(victim, fresh).statusCode());

        // a session of the attacker's own account planted in the browser is replaced at sign-in too
        String attackers = sessionCookie(new WebClient(port).login("admin", "a-long-password"));
        WebClient second = new WebClient(port);
        HttpCookie own = new HttpCookie("tandem_session", attackers);
        own.setPath("/");
        own.setVersion(0);
        ((CookieManager) second.http.cookieHandler().orElseThrow()).getCookieStore()
                .add(URI.create(second.base + "/"), own);
        String replaced = sessionCookie(second.login("admin", "a-long-password"));
        assertNotEquals(attackers, replaced, "a sign-in never keeps the session the browser came with");

        // signing out clears the cookie in the browser
        victim.get("/assessments");
        HttpResponse<String> out = victim.post("/logout", WebClient.form());
        assertEquals(303, out.statusCode());
        assertTrue(out.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("tandem_session=;")
                && c.contains("Max-Age=0")), out.headers().toString());
        assertEquals(401, victim.get("/api/v1/session").statusCode(), "signed out in this browser");
    }

    // ---- checks

    /** The page is inert and shows every one of {@code texts} as text. */
    private static void shows(HttpResponse<String> response, String where, String... texts) {
        assertEquals(200, response.statusCode(), where + ": " + response.body());
        Document doc = clean(response.body(), where);
        StringBuilder shown = new StringBuilder(doc.text());
        for (Element field : doc.select("textarea, input")) {
            shown.append(' ').append(field.val());
        }
        for (String text : texts) {
            assertTrue(shown.toString().contains(text), where + " shows " + text + " as text:\n" + response.body());
        }
    }

    /** No script but the bundle's own, no handler, no javascript: URL, no image or drawing from input. */
    private static Document clean(String html, String where) {
        Document doc = Jsoup.parse(html);
        for (Element script : doc.select("script")) {
            assertTrue(script.attr("src").startsWith("/static/") && script.data().isBlank(),
                    where + ": a script element " + script);
        }
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), where + ": an event handler on " + e);
                if (List.of("href", "src", "action", "formaction", "xlink:href", "data").contains(a.getKey())) {
                    assertFalse(a.getValue().strip().toLowerCase().startsWith("javascript:"),
                            where + ": a javascript: URL in " + e);
                }
            }
        }
        assertTrue(doc.select("img").stream().noneMatch(img -> img.attr("src").equals("x")),
                where + ": an image from the input");
        assertTrue(doc.select("svg").stream().allMatch(svg -> svg.hasAttr("class") && svg.hasAttr("viewBox")),
                where + ": a drawing from the input");
        assertTrue(doc.select("iframe, object, embed, base, meta[http-equiv=refresh]").isEmpty(), where);
        return doc;
    }

    private void reportIsInert(String format, HttpResponse<byte[]> response, String where, boolean answered) {
        assertEquals(200, response.statusCode(), where + " " + format);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), where);
        String type = response.headers().firstValue("Content-Type").orElse("");
        String text = new String(response.body(), StandardCharsets.UTF_8);
        where = where + " report." + format;
        switch (format) {
            case "html" -> {
                assertTrue(type.startsWith("text/html"), type);
                Document doc = clean(text, where);
                assertTrue(doc.text().contains(NAME) && doc.text().contains(CUSTOMER) && doc.text().contains(PROVIDER),
                        where + ": the names as text");
            }
            case "pdf" -> {
                String raw = new String(response.body(), StandardCharsets.ISO_8859_1);
                assertTrue(raw.startsWith("%PDF"), where);
                for (String action : List.of("/JavaScript", "/JS ", "/JS(", "/Launch", "/OpenAction", "/AA ",
                        "/AA<<", "/SubmitForm", "/URI")) {
                    assertFalse(raw.contains(action), where + ": " + action);
                }
            }
            case "json" -> {
                assertTrue(type.startsWith("application/json"), type);
                List<String> strings = new ArrayList<>();
                strings(JsonParser.parseString(text), strings);
                assertTrue(strings.contains(NAME) && strings.contains(CUSTOMER) && strings.contains(PROVIDER),
                        where + ": the names as they were typed");
            }
            case "csv", "answers-csv" -> {
                assertTrue(type.startsWith("text/csv"), type);
                List<String> cells = cells(text);
                for (String cell : cells) {
                    assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                            && !cell.matches("-?\\d+(\\.\\d+)?"), where + ": a formula cell " + cell);
                }
                if (format.equals("csv")) {
                    assertTrue(cells.contains("'" + CUSTOMER), where + ": the customer, neutralised\n" + text);
                } else if (answered) {
                    assertTrue(cells.contains("'" + FREE_TEXT) && cells.contains("'" + COMMENT)
                            && cells.contains("'" + GENERAL), where + ": free text and comments, neutralised\n" + text);
                }
            }
            case "markdown" -> {
                String lower = text.toLowerCase();
                for (String tag : List.of("<script", "<img", "<svg", "</textarea")) {
                    assertFalse(lower.contains(tag), where + ": raw " + tag + "\n" + text);
                }
                assertFalse(Pattern.compile("\\]\\(\\s*javascript:").matcher(lower).find(), where + ": a link");
            }
            default -> throw new AssertionError(format);
        }
    }

    // ---- helpers

    private HttpResponse<String> api(String method, String path, String body) throws Exception {
        return web.json(method, path, body, "X-CSRF-Token", csrf);
    }

    private String invite(String id, String side, String name) throws Exception {
        HttpResponse<String> invited = api("POST", "/api/v1/assessments/" + id + "/respondents",
                "{\"perspective\": \"" + side + "\", \"name\": " + quote(name) + "}");
        assertEquals(201, invited.statusCode(), invited.body());
        return match(invited.body(), TOKEN).group(1);
    }

    private HttpResponse<byte[]> download(String path) throws Exception {
        return web.http.send(HttpRequest.newBuilder(URI.create(web.base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** GET /api/v1/session with exactly this cookie value, whatever the client holds. */
    private static HttpResponse<String> session(WebClient client, String cookie) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(client.base + "/api/v1/session")).header("Cookie", "tandem_session=" + cookie).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        for (String c : response.headers().allValues("Set-Cookie")) {
            if (c.startsWith("tandem_session=")) {
                return c.substring("tandem_session=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            }
        }
        return "";
    }

    private static void strings(JsonElement e, List<String> into) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            into.add(e.getAsString());
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(x -> strings(x, into));
        } else if (e.isJsonObject()) {
            e.getAsJsonObject().entrySet().forEach(x -> strings(x.getValue(), into));
        }
    }

    /** The cells of an RFC 4180 text (the byte order mark dropped). */
    private static List<String> cells(String csv) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = csv.startsWith("\uFEFF") ? 1 : 0;
        for (; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c != '\r') {
                cell.append(c);
            }
        }
        if (cell.length() > 0) {
            cells.add(cell.toString());
        }
        return cells;
    }

    private static String quote(String s) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static Matcher match(String text, Pattern pattern) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in:\n" + text);
        }
        return m;
    }
}
