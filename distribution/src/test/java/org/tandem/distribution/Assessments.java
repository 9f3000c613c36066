package org.tandem.distribution;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Assessments on the stock model made through the shell, with answers from both sides. */
final class Assessments {

    private Assessments() {
    }

    /** Creates an assessment, invites one respondent per side, submits full answers; returns its id. */
    static String submitted(TandemProcess p, Path dir, String customer, String provider) throws Exception {
        String id = p.command("tandem:create partnership \"" + customer + "\" \"" + provider + "\"",
                Pattern.compile("Assessment (\\S+) created")).group(1);
        int seed = 1;
        for (String side : new String[] {"customer", "provider"}) {
            String token = p.command("tandem:invite " + id + " " + side + " Someone",
                    Pattern.compile("Invitation token: (\\S+)")).group(1);
            Path answers = dir.resolve(side + "-" + id + ".json");
            Files.writeString(answers, answers(seed++));
            p.command("tandem:answer --submit " + token + " " + answers, Pattern.compile("answers submitted"));
        }
        return id;
    }

    /** Answers to every scale question of the partnership model, varied by {@code seed}. */
    static String answers(int seed) throws Exception {
        String model;
        try (var in = Assessments.class.getResourceAsStream("/models/partnership-questions.txt")) {
            model = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        StringBuilder json = new StringBuilder("{\"answers\": {");
        int i = 0;
        for (String question : model.strip().split("\\s+")) {
            json.append(i == 0 ? "" : ", ").append('"').append(question).append("\": ").append(1 + (i * seed + seed) % 5);
            i++;
        }
        return json.append("}}").toString();
    }
}
