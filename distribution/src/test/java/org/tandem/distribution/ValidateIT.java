package org.tandem.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/tandem validate} from the packaged distribution: every model of the repository and
 * the stock model bundle pass; each broken model and bundle fails with exactly the problems and
 * JSON paths a model author needs; usage mistakes exit 2.
 */
class ValidateIT {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final Path BROKEN = Path.of("src/test/resources/broken-models").toAbsolutePath();

    /** Each broken model and exactly what validate says about it (after "file: "). */
    private static final Map<String, List<String>> EXPECTED = new LinkedHashMap<>();

    static {
        expect("band-gap.model.json",
                "$.bands[1].min: error: gap: scores from 50 to 60 have no band (band 'supplier' ends at 50)");
        expect("duplicate-id.model.json", "$.dimensions[1].questions[1].id: error: duplicate question id "
                + "'coop-interests' (also at $.dimensions[0].questions[0])");
        expect("invalid-json.model.json",
                "$: error: not valid JSON: Unterminated object at line 6 column 4 path $.version");
        expect("later-condition.model.json", "$.dimensions[0].questions[2].showIf.question: error: the condition "
                + "points at question 'transp-sharing', which comes later; a condition can only depend on an earlier "
                + "question");
        expect("missing-id.model.json", "$.id: error: id is required");
        expect("missing-text.model.json", "$.dimensions[1].title: error: missing text in 'en'");
        expect("no-questions.model.json",
                "$.dimensions[1].questions: error: dimension 'transparent' has no questions");
        expect("overlapping-bands.model.json",
                "$.bands[1].min: error: overlap: band 'partner' starts at 40 but band 'supplier' runs to 50");
        expect("unknown-band.model.json",
                "$.dimensions[1].recommendations.suppliers: error: unknown band 'suppliers' (bands: supplier, partner)");
        expect("unknown-condition.model.json", "$.dimensions[0].questions[2].showIf.question: error: the condition "
                + "points at unknown question 'coop-plans'");
        expect("unknown-scale.model.json",
                "$.dimensions[0].questions[0].scale: error: unknown scale 'agree7' (scales: agree5)");
        expect("unknown-type.model.json", "$.dimensions[0].questions[1].type: error: unknown type 'slider' "
                + "(types: scale, yesno, choice, number, text)");
        expect("wrong-type.model.json", "$.dimensions[1].weight: error: must be a number");
    }

    private static void expect(String file, String... problems) {
        EXPECTED.put(file, List.of(problems));
    }

    @TempDir
    Path dir;

    private static TandemProcess validate(Installation tandem, String... files) throws IOException {
        String[] all = new String[files.length + 1];
        all[0] = "validate";
        System.arraycopy(files, 0, all, 1, files.length);
        return TandemProcess.start(tandem.home, all);
    }

    /**
     * Every model document that ships or is shown: under src/main of any module, in docs/ and
     * examples/, and the distribution's own test models (except the one meant to be broken).
     */
    private static List<Path> repositoryModels() throws IOException {
        try (Stream<Path> files = Files.walk(REPOSITORY)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".model.json")).filter(f -> {
                String path = REPOSITORY.relativize(f).toString().replace('\\', '/');
                // the archetype's model is a template (${...} placeholders); its own test builds the generated one
                return !path.contains("/target/") && !path.startsWith(".") && !path.contains("archetype-resources")
                        && (path.contains("/src/main/")
                        || path.startsWith("docs/") || path.startsWith("examples/")
                        || path.startsWith("distribution/src/test/resources/models/"));
            }).filter(f -> !f.getFileName().toString().equals("broken.model.json")).sorted().toList();
        }
    }

    @Test
    void everyModelOfTheRepositoryAndTheStockBundleAreValid() throws Exception {
        Installation tandem = Installation.unpack(dir);
        List<Path> models = repositoryModels();
        assertTrue(models.contains(REPOSITORY.resolve(
                "bundles/org.tandem.model.partnership/src/main/resources/models/partnership.model.json")), models.toString());
        String jar = tandem.system("org.tandem.model.partnership").toString();
        List<String> files = new ArrayList<>(models.stream().map(Path::toString).toList());
        files.add(jar);
        try (TandemProcess p = validate(tandem, files.toArray(String[]::new))) {
            assertEquals(0, p.awaitExit(), p.stdout() + p.stderr());
            List<String> lines = p.stdout().lines().toList();
            assertTrue(lines.stream().allMatch(l -> l.contains(": OK: ")), p.stdout());
            assertEquals(files.size(), lines.size(), "one summary per file: " + p.stdout());
            assertTrue(lines.get(lines.size() - 1).matches(java.util.regex.Pattern.quote(jar
                    + "!models/partnership.model.json: OK: partnership@") + "[^,]+, 5 dimensions, \\d+ questions"),
                    lines.get(lines.size() - 1));
        }
    }

    @Test
    void eachBrokenModelFailsWithItsProblemAndJsonPath() throws Exception {
        Installation tandem = Installation.unpack(dir);
        try (Stream<Path> files = Files.list(BROKEN)) {
            assertEquals(EXPECTED.keySet().stream().sorted().toList(),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "every broken model has its expectation");
        }
        Path stock = REPOSITORY.resolve("distribution/src/test/resources/models/broken.model.json");
        List<String> files = new ArrayList<>(EXPECTED.keySet().stream().map(f -> BROKEN.resolve(f).toString()).toList());
        files.add(stock.toString());
        List<String> expected = new ArrayList<>();
        EXPECTED.forEach((file, problems) -> {
            String name = BROKEN.resolve(file).toString();
            problems.forEach(problem -> expected.add(name + ": " + problem));
            expected.add(name + ": 1 problem (1 error)");
        });
        expected.addAll(List.of(
                stock + ": $.colour: warning: unknown field 'colour' is ignored",
                stock + ": $.version: error: '1.0' is not a semantic version major.minor.patch, e.g. 1.0.0",
                stock + ": $.bands[0].max: error: the bands must end at 100, not 90",
                stock + ": $.dimensions[0].questions: error: dimension 'empty' has no questions",
                stock + ": 4 problems (3 errors, 1 warning)"));
        try (TandemProcess p = validate(tandem, files.toArray(String[]::new))) {
            assertEquals(1, p.awaitExit(), p.stderr());
            assertEquals(expected, p.stdout().lines().toList());
        }
    }

    @Test
    void brokenBundlesAreNamedWithWhatIsWrong() throws Exception {
        Installation tandem = Installation.unpack(dir);
        Path plain = Installation.bundle(dir, "org.example.plain", "1.0.0");
        Path missing = Installation.bundle(dir, "org.example.missing", "1.0.0", "Tandem-ValueModel",
                "models/missing.model.json");
        Path good = tandem.system("org.tandem.model.partnership");
        Path truncated = dir.resolve("truncated.jar");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        try (TandemProcess p = validate(tandem, plain.toString(), missing.toString(), truncated.toString())) {
            assertEquals(1, p.awaitExit(), p.stderr());
            List<String> lines = p.stdout().lines().toList();
            assertEquals(List.of(
                    plain + ": error: no Tandem-ValueModel header in the manifest, so the jar holds no model for Tandem;"
                            + " name its model documents there, e.g. Tandem-ValueModel: models/my.model.json",
                    plain + ": 1 problem (1 error)",
                    missing + "!models/missing.model.json: $: error: Tandem-ValueModel names models/missing.model.json,"
                            + " which is not in the jar",
                    missing + "!models/missing.model.json: 1 problem (1 error)"), lines.subList(0, 4));
            assertTrue(lines.get(4).startsWith(truncated + ": error: not a readable jar ("), lines.get(4));
            assertTrue(lines.get(4).endsWith("); build it again or copy it whole"), lines.get(4));
            assertEquals(truncated + ": 1 problem (1 error)", lines.get(5));
            assertEquals(6, lines.size(), p.stdout());
        }
    }

    @Test
    void jsonOutputListsTheProblemsForTools() throws Exception {
        Installation tandem = Installation.unpack(dir);
        String file = BROKEN.resolve("unknown-scale.model.json").toString();
        String valid = REPOSITORY.resolve("distribution/src/test/resources/models/cloud.model.json").toString();
        try (TandemProcess p = validate(tandem, "--json", valid, file)) {
            assertEquals(1, p.awaitExit(), p.stderr());
            JsonArray problems = JsonParser.parseString(p.stdout()).getAsJsonArray();
            assertEquals(1, problems.size(), p.stdout());
            JsonObject problem = problems.get(0).getAsJsonObject();
            assertEquals(file, problem.get("file").getAsString());
            assertEquals("$.dimensions[0].questions[0].scale", problem.get("path").getAsString());
            assertEquals("error", problem.get("severity").getAsString());
            assertEquals("unknown scale 'agree7' (scales: agree5)", problem.get("message").getAsString());
            assertFalse(problem.has("entry"));
        }
    }

    @Test
    void usageMistakesExitTwo() throws Exception {
        Installation tandem = Installation.unpack(dir);
        Path missing = dir.resolve("nowhere.model.json");
        try (TandemProcess p = validate(tandem, missing.toString())) {
            assertEquals(2, p.awaitExit(), p.stdout());
            assertTrue(p.stderr().contains("tandem validate: " + missing + " does not exist"), p.stderr());
            assertEquals("", p.stdout());
        }
        try (TandemProcess p = validate(tandem)) {
            assertEquals(2, p.awaitExit(), p.stdout());
            assertTrue(p.stderr().contains("usage: tandem validate [--json]"), p.stderr());
        }
    }
}
