package org.tandem.shell.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.assessment.PerspectiveProgress;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.assessment.Respondent;
import org.tandem.api.assessment.Response;

/** Assessments from the shell: create, invite, record answers from a file, follow progress, close. */
@Component(service = AssessmentCommands.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@GogoCommand(scope = "tandem", function = {"assessments", "create", "invite", "respondents", "answer", "progress",
        "close"})
public class AssessmentCommands {

    private final AssessmentService service;

    @Activate
    public AssessmentCommands(@Reference AssessmentService service) {
        this.service = service;
    }

    @Descriptor("lists the assessments, newest first")
    public String assessments() {
        List<Assessment> all = service.assessments();
        if (all.isEmpty()) {
            return "No assessments. Create one with tandem:create <model> <customer> <provider>";
        }
        StringBuilder out = new StringBuilder();
        for (Assessment a : all) {
            out.append(String.format("%s  %-6s  %-24s %s%n", a.id(), a.status(), a.model(), a.relationship().name()));
        }
        return out.toString();
    }

    @Descriptor("creates an assessment of one relationship on the newest version of a model (or model@version)")
    public String create(
            @Descriptor("deadline, YYYY-MM-DD") @Parameter(names = {"-d", "--deadline"}, absentValue = "") String deadline,
            @Descriptor("name of the relationship") @Parameter(names = {"-n", "--name"}, absentValue = "") String name,
            @Descriptor("model id, or id@version") String model,
            @Descriptor("the customer organisation") String customer,
            @Descriptor("the IT provider") String provider) {
        String[] ref = model.split("@", 2);
        Assessment a = service.create(new Relationship(name, customer, provider), ref[0], ref.length > 1 ? ref[1] : null,
                deadline(deadline));
        return "Assessment " + a.id() + " created: " + a.relationship().name() + ", model " + a.model()
                + (a.deadline() != null ? ", due " + deadline : "")
                + "\nInvite respondents with tandem:invite " + a.id().substring(0, 8) + " <perspective> <name>";
    }

    @Descriptor("invites a respondent; prints the invitation token")
    public String invite(@Descriptor("assessment id (or a unique start of it)") String assessment,
            @Descriptor("perspective, e.g. customer or provider") String perspective,
            @Descriptor("the respondent's name") String... name) {
        Respondent r = service.invite(resolve(assessment), perspective, String.join(" ", name));
        return r.displayName() + " invited as " + r.perspective() + ". Invitation token: " + r.token();
    }

    @Descriptor("lists the respondents of an assessment with their invitation tokens")
    public String respondents(@Descriptor("assessment id (or a unique start of it)") String assessment) {
        StringBuilder out = new StringBuilder();
        for (Respondent r : service.respondents(resolve(assessment))) {
            out.append(String.format("%-10s %-30s %s%n", r.perspective(), r.displayName(), r.token()));
        }
        return out.length() == 0 ? "No respondents yet." : out.toString();
    }

    @Descriptor("records a respondent's answers from a JSON file {\"answers\": {...}, \"comments\": {...}}")
    public String answer(
            @Descriptor("submit: every required question must be answered; the answers become read-only")
            @Parameter(names = {"-s", "--submit"}, presentValue = "true", absentValue = "false") boolean submit,
            @Descriptor("the respondent's invitation token") String token,
            @Descriptor("JSON file with the answers") String file) throws IOException {
        JsonObject document = readAnswers(Path.of(file));
        Response r = service.answer(token, strings(document, "answers", file), strings(document, "comments", file),
                submit, -1);
        return r.answers().size() + " answers " + (r.isSubmitted() ? "submitted" : "saved (not submitted yet)")
                + ", revision " + r.revision();
    }

    @Descriptor("shows respondents invited, started and submitted per perspective")
    public String progress(@Descriptor("assessment id (or a unique start of it)") String assessment) {
        Assessment a = service.assessment(resolve(assessment));
        StringBuilder out = new StringBuilder(a.relationship().name() + " (" + a.model() + ", " + a.status() + ")\n");
        for (PerspectiveProgress p : service.progress(a.id())) {
            out.append(String.format("  %-10s invited %d, started %d, submitted %d of %d needed%s%n", p.perspective(),
                    p.invited(), p.started(), p.submitted(), p.minimum(),
                    p.ready() ? "" : p.optional() ? " (optional)" : " - waiting"));
        }
        return out.toString();
    }

    @Descriptor("closes an assessment: no more answers are accepted")
    public String close(@Descriptor("assessment id (or a unique start of it)") String assessment) {
        Assessment a = service.close(resolve(assessment));
        return "Assessment " + a.id() + " closed";
    }

    private String resolve(String prefix) {
        return resolve(service, prefix);
    }

    /** Accepts a full id or a unique start of one, as git does. */
    static String resolve(AssessmentService service, String prefix) {
        List<String> matches = service.assessments().stream().map(Assessment::id).filter(id -> id.startsWith(prefix))
                .toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new AssessmentException(matches.isEmpty() ? "no assessment " + prefix + " (see tandem:assessments)"
                : "'" + prefix + "' matches " + matches.size() + " assessments; give more of the id");
    }

    private static java.time.Instant deadline(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text).plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant();
        } catch (DateTimeParseException e) {
            throw new AssessmentException("--deadline needs a date YYYY-MM-DD, not '" + text + "'");
        }
    }

    private static JsonObject readAnswers(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new AssessmentException("no such file: " + file);
        }
        try {
            JsonElement root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (root.isJsonObject()) {
                return root.getAsJsonObject();
            }
        } catch (JsonParseException e) {
            throw new AssessmentException(file + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        throw new AssessmentException(file + ": expected an object {\"answers\": {...}, \"comments\": {...}}");
    }

    private static Map<String, String> strings(JsonObject document, String field, String file) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonElement e = document.get(field);
        if (e == null || e.isJsonNull()) {
            return values;
        }
        if (!e.isJsonObject()) {
            throw new AssessmentException(file + ": $." + field + " must be an object of question id to answer");
        }
        for (var entry : e.getAsJsonObject().entrySet()) {
            JsonElement v = entry.getValue();
            if (!v.isJsonPrimitive()) {
                throw new AssessmentException(file + ": $." + field + "." + entry.getKey()
                        + " must be a string, number or true/false");
            }
            String value = v.getAsJsonPrimitive().isBoolean() ? (v.getAsBoolean() ? "yes" : "no") : v.getAsString();
            values.put(entry.getKey(), value);
        }
        return values;
    }
}
