package org.tandem.distribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports from the packaged distribution: {@code bin/tandem report} on the example responses file
 * in every stock format and with bad input, and {@code tandem:report} in the shell of a running
 * Tandem, which also lists the renderers.
 */
class ReportsIT {

    /** The example responses file of docs/reports.md: 4 customer, 3 provider and 2 end-user respondents. */
    private static final Path EXAMPLE = Path.of("..", "docs", "examples", "partnership-responses.json").toAbsolutePath();

    @TempDir
    Path dir;

    private TandemProcess report(Installation tandem, String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = "report";
        System.arraycopy(args, 0, all, 1, args.length);
        return TandemProcess.start(tandem.home, all);
    }

    @Test
    void theOneShotJobWritesEveryFormatFromAResponsesFile() throws Exception {
        Installation tandem = Installation.unpack(dir);
        for (String format : List.of("html", "pdf", "json", "csv", "answers-csv", "markdown")) {
            Path out = dir.resolve("report." + format);
            try (TandemProcess p = report(tandem, "--model", "partnership", "--responses", EXAMPLE.toString(),
                    "--format", format, "--lang", "sv", "--out", out.toString())) {
                assertEquals(0, p.awaitExit(), format + ": " + p.stderr());
                assertTrue(p.stdout().contains("Wrote " + out + " ("), p.stdout());
                assertTrue(p.stdout().contains("tandem." + format + "@"), p.stdout());
                assertTrue(p.stdout().contains("9 responses, model partnership@"), p.stdout());
            }
            byte[] bytes = Files.readAllBytes(out);
            String text = new String(bytes, UTF_8);
            switch (format) {
                case "pdf" -> assertTrue(text.startsWith("%PDF-"), "not a PDF");
                case "html" -> {
                    assertTrue(text.contains("ACME Retail") && text.contains("Northwind IT"), "relationship missing");
                    assertTrue(text.contains("<svg"), "no chart");
                    assertTrue(text.contains("lang=\"sv\""), "not Swedish");
                }
                case "json" -> {
                    JsonObject json = JsonParser.parseString(text).getAsJsonObject();
                    assertEquals("ACME Retail – Northwind IT",
                            json.getAsJsonObject("assessment").getAsJsonObject("relationship").get("name").getAsString());
                }
                case "csv" -> assertTrue(text.contains(",cooperative,Kooperativt,customer,"), text);
                case "answers-csv" -> assertTrue(text.contains(",customer,cooperative,coop-both-interests,answer,"), text);
                default -> assertTrue(text.startsWith("# Rapport") && text.contains("Northwind IT"), text);
            }
        }
        Files.list(dir).filter(f -> f.getFileName().toString().startsWith(".report")).findAny()
                .ifPresent(f -> {
                    throw new AssertionError("a partial file was left behind: " + f);
                });
    }

    @Test
    void theOneShotJobWritesToStandardOutputAndNamesEveryMistake() throws Exception {
        Installation tandem = Installation.unpack(dir);
        try (TandemProcess p = report(tandem, "--model", "partnership", "--responses", EXAMPLE.toString(),
                "--format", "markdown", "--lang", "en")) {
            assertEquals(0, p.awaitExit(), p.stderr());
            assertTrue(p.stdout().contains("ACME Retail"), p.stdout());
        }
        String bad = Files.readString(EXAMPLE, UTF_8).replaceFirst("\"coop-both-interests\": \\d", "\"coop-both-interests\": 9")
                .replaceFirst("\"perspective\": \"provider\"", "\"perspective\": \"vendor\"");
        Path file = Files.writeString(dir.resolve("bad.json"), bad);
        try (TandemProcess p = report(tandem, "--model", "partnership", "--responses", file.toString(),
                "--format", "html")) {
            assertEquals(1, p.awaitExit());
            assertTrue(p.stderr().contains(file + " has 2 problems:"), p.stderr());
            assertTrue(Pattern.compile("\\$\\.responses\\[0\\]\\.answers\\.coop-both-interests: .*").matcher(p.stderr())
                    .find(), p.stderr());
            assertTrue(p.stderr().contains("$.responses[4].perspective: "), p.stderr());
        }
        try (TandemProcess p = report(tandem, "--model", "partnership", "--responses", file.toString(),
                "--format", "xlsx")) {
            assertEquals(2, p.awaitExit());
            assertTrue(p.stderr().contains("--format: no renderer writes 'xlsx' (formats: answers-csv, csv, html, json, "
                    + "markdown, pdf)"), p.stderr());
        }
        try (TandemProcess p = report(tandem, "--model", "nope", "--responses", file.toString(), "--format", "html")) {
            assertEquals(1, p.awaitExit());
            assertTrue(p.stderr().contains("--model: no model nope is installed (installed: partnership@"), p.stderr());
        }
        try (TandemProcess p = report(tandem, "--model", "partnership", "--format", "html")) {
            assertEquals(2, p.awaitExit());
            assertTrue(p.stderr().contains("--responses is missing"), p.stderr());
        }
        Path nowhere = dir.resolve("no-such-folder/report.html");
        try (TandemProcess p = report(tandem, "--model", "partnership", "--responses", EXAMPLE.toString(),
                "--format", "html", "--out", nowhere.toString())) {
            assertEquals(1, p.awaitExit());
            assertTrue(p.stderr().contains("--out: cannot write " + nowhere + ": the folder " + nowhere.getParent()
                    + " does not exist"), p.stderr());
        }
    }

    @Test
    void theShellWritesTheReportOfAnAssessment() throws Exception {
        Installation tandem = Installation.unpack(dir);
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(Installation.freePort()))) {
            p.await(Pattern.compile("ready at"));
            p.poll("tandem:renderers", Pattern.compile("tandem\\.markdown@"));
            String renderers = p.command("tandem:renderers", Pattern.compile("Model partnership:.*\\n")).group();
            assertTrue(renderers.contains("html=tandem.html@") && renderers.contains("pdf=tandem.pdf@"), renderers);
            String id = Assessments.submitted(p, dir, "Acme AB", "Atea");
            Path html = dir.resolve("acme.html");
            p.command("tandem:report -l en -o " + html + " " + id + " html",
                    Pattern.compile("Wrote " + Pattern.quote(html.toString()) + " \\(\\d+ bytes, tandem\\.html@"));
            String text = Files.readString(html, UTF_8);
            assertTrue(text.contains("Acme AB") && text.contains("Atea"), "relationship missing");
            p.command("tandem:report -o " + dir + " " + id.substring(0, 8) + " pdf",
                    Pattern.compile("Wrote " + Pattern.quote(dir.resolve(id + ".pdf").toString())));
            assertTrue(Files.readString(dir.resolve(id + ".pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .startsWith("%PDF-"));
            p.command("tandem:report " + id + " xlsx", Pattern.compile("no xlsx report renderer is installed"));

            // a consultancy's HTML renderer beside ours: the stock one stays the default until a model chooses
            Path branded = Installation.repack(tandem.system("org.tandem.report.html"), dir.resolve("acme.jar"), "2.0.0",
                    "value=\"tandem.html\"", "value=\"acme.html\"");
            tandem.dropIntoDeploy(branded, "acme-html.jar");
            p.poll("tandem:renderers", Pattern.compile("acme\\.html@2\\.0\\.0"));
            p.command("tandem:report -o " + html + " " + id + " html", Pattern.compile("tandem\\.html@"));
            p.command("tandem:reportwith partnership html acme.html",
                    Pattern.compile("Model partnership gets html reports from acme.html"));
            p.command("tandem:report -o " + html + " " + id + " html",
                    Pattern.compile("\\(\\d+ bytes, acme\\.html@2\\.0\\.0 \\(org\\.tandem\\.report\\.html 2\\.0\\.0\\)\\)"));
            assertTrue(Files.readString(html, UTF_8).contains("acme.html@2.0.0"), "provenance names the renderer");
            // the one-shot job renders as the server does: with the choice the shell wrote into data/etc/
            try (TandemProcess job = report(tandem, "--model", "partnership", "--responses", EXAMPLE.toString(),
                    "--format", "html", "--out", dir.resolve("job.html").toString())) {
                assertEquals(0, job.awaitExit(), job.stderr());
                assertTrue(job.stdout().contains("acme.html@2.0.0"), job.stdout());
            }
            p.command("tandem:reportwith partnership html default", Pattern.compile("from the stock renderer again"));
            p.poll("tandem:renderers", Pattern.compile("html=tandem\\.html@"));
        }
    }
}
