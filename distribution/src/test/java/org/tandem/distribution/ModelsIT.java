package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Value models as plugins in the running distribution: the stock model is there, a model bundle
 * installed at run time appears, an invalid document is refused with its problems while the rest
 * keeps working, a second version coexists, and an assessment keeps working after the version it
 * pinned is removed, and after a restart.
 */
class ModelsIT {

    @TempDir
    Path dir;

    @Test
    void modelsComeAndGoWhileAssessmentsKeepTheirPinnedVersion() throws Exception {
        Installation tandem = Installation.unpack(dir);
        String port = String.valueOf(Installation.freePort());
        String assessment;
        String customerToken;
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", port)) {
            p.await(Pattern.compile("ready at"));
            p.command("tandem:models", Pattern.compile("partnership@1\\.0\\.0\\s+Partner or supplier\\?"));

            Path v1 = Installation.modelBundle(dir, "org.example.model.cloud", "1.0.0", "models/cloud.model.json",
                    Installation.model("cloud.model.json", "1.0.0"));
            p.command("tandem:deploy " + v1, Pattern.compile("org\\.example\\.model\\.cloud 1\\.0\\.0 deployed, active"));
            p.poll("tandem:models", Pattern.compile("cloud@1\\.0\\.0\\s+The cloud relationship\\s+org\\.example\\.model\\.cloud"));

            Path bad = dir.resolve("broken.model.json");
            Files.writeString(bad, Installation.model("broken.model.json", null));
            tandem.dropIntoDeploy(bad, "broken.model.json");
            Matcher refused = p.poll("tandem:models", Pattern.compile("(?s)partnership@1\\.0\\.0.*Refused:.*broken\\.model\\.json(.*)g! "));
            String problems = refused.group(1);
            assertTrue(problems.contains("ERROR $.version: '1.0' is not a semantic version"), problems);
            assertTrue(problems.contains("ERROR $.bands[0].max: the bands must end at 100, not 90"), problems);
            assertTrue(problems.contains("ERROR $.dimensions[0].questions: dimension 'empty' has no questions"), problems);
            assertTrue(problems.contains("WARNING $.colour: unknown field 'colour' is ignored"), problems);
            assertTrue(refused.group().contains("partnership@1.0.0"), "the rest keeps working");

            Path v2 = dir.resolve("cloud-1.1.model.json");
            Files.writeString(v2, Installation.model("cloud.model.json", "1.1.0"));
            tandem.dropIntoDeploy(v2, "cloud-1.1.model.json");
            p.poll("tandem:models", Pattern.compile("(?s)cloud@1\\.0\\.0.*cloud@1\\.1\\.0"));

            assessment = p.command("tandem:create cloud@1.0.0 \"Acme AB\" \"Nimbus\"",
                    Pattern.compile("Assessment (\\S+) created: Acme AB / Nimbus, model cloud@1\\.0\\.0")).group(1);
            customerToken = p.command("tandem:invite " + assessment + " customer Kim Karlsson",
                    Pattern.compile("Kim Karlsson invited as customer\\. Invitation token: (\\S+)")).group(1);
            p.command("tandem:invite " + assessment + " nobody Pat", Pattern.compile("has no perspective 'nobody'"));
            p.command("tandem:create cloud A B", Pattern.compile("model cloud@1\\.1\\.0"));

            p.command("tandem:undeploy org.example.model.cloud", Pattern.compile("uninstalled"));
            p.poll("tandem:models", Pattern.compile("(?s)Installed value models:(?!.*cloud@1\\.0\\.0).*cloud@1\\.1\\.0"));

            Path answers = dir.resolve("answers.json");
            Files.writeString(answers, "{\"answers\": {\"open-costs\": 9}}");
            p.command("tandem:answer " + customerToken + " " + answers,
                    Pattern.compile("open-costs: .*1 .* 5"));
            Files.writeString(answers, "{\"answers\": {\"open-costs\": 4}, \"comments\": {\"\": \"Bra start, \u00e5\u00e4\u00f6\"}}");
            p.command("tandem:answer --submit " + customerToken + " " + answers,
                    Pattern.compile("open-roadmap: .*needs an answer"));
            Files.writeString(answers, "{\"answers\": {\"open-costs\": 4, \"open-roadmap\": \"yes\"}}");
            p.command("tandem:answer --submit " + customerToken + " " + answers, Pattern.compile("2 answers submitted"));
            p.command("tandem:answer " + customerToken + " " + answers, Pattern.compile("was submitted at .* and is read-only"));
            p.command("tandem:progress " + assessment.substring(0, 8),
                    Pattern.compile("customer\\s+invited 1, started 0, submitted 1 of 1 needed"));
            assertTrue(List.of(0, 143).contains(p.terminate()));
        }
        try (TandemProcess p = TandemProcess.start(tandem.home, "--port", port)) {
            p.await(Pattern.compile("ready at"));
            p.command("tandem:progress " + assessment,
                    Pattern.compile("customer\\s+invited 1, started 0, submitted 1 of 1 needed"));
            p.command("tandem:close " + assessment, Pattern.compile("closed"));
            p.command("tandem:invite " + assessment + " provider Late Larsson", Pattern.compile("closed"));
            String log = tandem.logText();
            assertFalse(log.contains("Exception in"), log);
            assertTrue(List.of(0, 143).contains(p.terminate()));
        }
    }
}
