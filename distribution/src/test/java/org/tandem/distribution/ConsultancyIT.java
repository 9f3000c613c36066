package org.tandem.distribution;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example consultancy's bundles (examples/: the cloud model, the cloud-penalty strategy and the
 * acme.html renderer) dropped into the deploy folder of a running Tandem: they appear in the shell,
 * an assessment on the cloud model is scored with the consultancy's strategy and reported in its
 * colours, version 2 of the strategy replaces version 1 without a restart and rolling back restores
 * it, and removing the three jars leaves the stock product as it was.
 */
class ConsultancyIT {

    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    private static final String STRATEGY_BUNDLE = "com.acme.advisory.scoring.penalty";

    @TempDir
    Path dir;

    /** The jar an example module built, e.g. examples/penalty-strategy/target/penalty-strategy-1.0.0.jar. */
    private static Path jar(String module) throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES.resolve(module).resolve("target"))) {
            return files.filter(f -> f.getFileName().toString().matches(Pattern.quote(module) + "-[\\d.]+\\.jar"))
                    .findFirst().orElseThrow(() -> new IOException("no jar in examples/" + module
                            + "/target: build the examples module first"));
        }
    }

    @Test
    void aConsultancysBundlesComeAndGoWhileTandemRuns() throws Exception {
        Installation tandem = Installation.unpack(dir);
        int port = Installation.freePort();
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", String.valueOf(port))) {
            WebClient admin = WebClient.admin(p, port, "a-long-password");
            String stockRenderers = p.poll("tandem:renderers", Pattern.compile("Model partnership:[^\\n]*\\n")).group();

            for (String module : List.of("cloud-model", "penalty-strategy", "branded-report")) {
                tandem.dropIntoDeploy(jar(module), module + ".jar");
            }
            p.poll("tandem:models", Pattern.compile("cloud@1\\.0\\.0\\s+Cloud provider relationship"));
            p.poll("tandem:strategies", Pattern.compile("cloud-penalty@1\\.0\\.0\\s+.*" + Pattern.quote(STRATEGY_BUNDLE)
                    + " 1\\.0\\.0"));
            p.poll("tandem:renderers", Pattern.compile("html\\s+acme\\.html@1\\.0\\.0\\s+Acme Advisory HTML"));
            p.command("tandem:model cloud", Pattern.compile("scoring cloud-penalty, at least 1 respondent"));
            // ... and in the JSON API
            String models = admin.get("/api/v1/models").body();
            assertTrue(models.contains("\"id\":\"cloud\""), models);
            String modules = admin.get("/api/v1/modules").body();
            assertTrue(modules.contains("cloud-penalty") && modules.contains("acme.html"), modules);

            String id = cloudAssessment(p);
            // exit: customer 25, provider 100: mean 62.5, gap 75, penalty (75 - 25)/2 = 25 -> 37.5;
            // every other dimension 75 on both sides. Overall (2*75 + 75 + 2*75 + 37.5 + 75 + 75)/8 = 70.3:
            // trusted, whose floor 50 exit misses -> managed
            p.command("tandem:score " + id, Pattern.compile("(?s)Verdict: Managed service \\(the overall score reaches "
                    + "trusted; held back by exit\\)\\nOverall: 70\\.3.*\\n  exit\\s+37\\.5\\s+25\\.0\\s+100\\.0\\s+75\\.0"
                    + "\\s+transactional\\n.*Scored by cloud-penalty@1\\.0\\.0 \\(" + Pattern.quote(STRATEGY_BUNDLE)
                    + " 1\\.0\\.0\\) on cloud@1\\.0\\.0"));

            // the branded report, chosen for the cloud model only
            p.command("tandem:reportwith cloud html acme.html", Pattern.compile("Model cloud gets html reports from acme.html"));
            Path html = dir.resolve("cloud.html");
            p.command("tandem:report -l sv -o " + html + " " + id + " html",
                    Pattern.compile("\\(\\d+ bytes, acme\\.html@1\\.0\\.0 \\(com\\.acme\\.advisory\\.report\\.html 1\\.0\\.0\\)\\)"));
            String page = Files.readString(html, UTF_8);
            assertTrue(page.contains("<p class=\"firm\">Acme Advisory</p>"), "the consultancy's name");
            assertTrue(page.contains("Relationen till molnleverantören"), "the model's title in Swedish");
            assertTrue(page.contains("Nimbus &amp; Co Cloud") && page.contains("Acme Retail"), "the relationship");
            assertTrue(page.contains("Förvaltad tjänst"), "the verdict in Swedish");
            assertTrue(page.contains("cloud-penalty@1.0.0") && page.contains("acme.html@1.0.0"), "the provenance");
            p.poll("tandem:renderers", Pattern.compile("Model partnership:[^\\n]*html=tandem\\.html@"));

            // version 2 of the strategy replaces version 1 while Tandem runs; rolling back restores 1
            Path v2 = Installation.repack(jar("penalty-strategy"), dir.resolve("penalty-strategy-2.0.0.jar"), "2.0.0");
            p.command("tandem:deploy " + v2, Pattern.compile(Pattern.quote(STRATEGY_BUNDLE)
                    + " 2\\.0\\.0 deployed, active in \\d+ ms; replaced 1\\.0\\.0"));
            p.poll("tandem:strategies", Pattern.compile("Scoring strategies:\\n(?:  (?![^\\n]*cloud-penalty@1)[^\\n]*\\n)*"
                    + "  cloud-penalty@2\\.0\\.0 "));
            p.command("tandem:score " + id, Pattern.compile("Scored by cloud-penalty@2\\.0\\.0 \\("
                    + Pattern.quote(STRATEGY_BUNDLE) + " 2\\.0\\.0\\)"));
            p.command("tandem:rollback " + STRATEGY_BUNDLE, Pattern.compile(Pattern.quote(STRATEGY_BUNDLE)
                    + " 1\\.0\\.0 rolled back, active in \\d+ ms; replaced 2\\.0\\.0"));
            p.poll("tandem:score " + id, Pattern.compile("Scored by cloud-penalty@1\\.0\\.0 \\("
                    + Pattern.quote(STRATEGY_BUNDLE) + " 1\\.0\\.0\\)"));

            // removing the three jars leaves the stock product as it was
            for (String module : List.of("cloud-model", "penalty-strategy", "branded-report")) {
                Files.delete(tandem.deploy().resolve(module + ".jar"));
            }
            p.poll("tandem:models", Pattern.compile("Installed value models:\\n(?:  (?!cloud@)\\S[^\\n]*\\n)+(?!  )"));
            p.poll("tandem:strategies", Pattern.compile(
                    "Scoring strategies:\\n(?:  (?![^\\n]*cloud-penalty)[^\\n]*\\n)+A scoring waits"));
            String renderers = p.poll("tandem:renderers", Pattern.compile(
                    "Report renderers:\\n(?:  (?![^\\n]*acme)[^\\n]*\\n)+Model partnership:[^\\n]*\\n")).group();
            assertTrue(renderers.endsWith(stockRenderers), "renderers back to stock:\n" + renderers);
            String partnership = Assessments.submitted(p, dir, "Beta AB", "Atea");
            p.command("tandem:score " + partnership, Pattern.compile("Scored by weighted@\\S+ \\(org\\.tandem\\.scoring\\.weighted"));
            Path stock = dir.resolve("stock.html");
            p.command("tandem:report -o " + stock + " " + partnership + " html", Pattern.compile("tandem\\.html@"));
            assertFalse(Files.readString(stock, UTF_8).contains("Acme Advisory"), "the stock report is not branded");
            assertTrue(List.of(0, 143).contains(p.terminate()));
        }
    }

    /** An assessment on the cloud model: one customer and one provider respondent who disagree on exit. */
    private String cloudAssessment(TandemProcess p) throws Exception {
        String id = p.command("tandem:create cloud \"Acme Retail\" \"Nimbus & Co Cloud\"",
                Pattern.compile("Assessment (\\S+) created")).group(1);
        // scale agree5: 4 = 75; reverse-scored questions (cost-surprises, exit-lock-in, roadmap-deprecation): 2 = 75
        answer(p, id, "customer", "2", "2", "4");   // exit 25, 25, 4 reversed = 25
        answer(p, id, "provider", "5", "5", "1");   // exit 100, 100, 1 reversed = 100
        return id;
    }

    private void answer(TandemProcess p, String id, String side, String exitPlan, String exitExport, String exitLockIn)
            throws Exception {
        String token = p.command("tandem:invite " + id + " " + side + " Someone",
                Pattern.compile("Invitation token: (\\S+)")).group(1);
        String json = """
                {"answers": {
                  "avail-slo-met": 4, "avail-dr-tested": 4, "avail-postmortem": 4,
                  "cost-bill-understood": 4, "cost-surprises": 2, "cost-optimisation": 4,
                  "sec-shared-responsibility": 4, "sec-incident-notice": 4, "sec-audit-evidence": 4,
                  "exit-plan": %s, "exit-data-export": %s, "exit-lock-in": %s,
                  "support-right-person": 4, "support-escalation": 4, "support-follow-up": 4,
                  "roadmap-shared": 4, "roadmap-proposals": 4, "roadmap-deprecation": 2
                }}
                """.formatted(exitPlan, exitExport, exitLockIn);
        Path answers = Files.writeString(dir.resolve(side + "-cloud.json"), json);
        p.command("tandem:answer --submit " + token + " " + answers, Pattern.compile("answers submitted"));
    }
}
