package org.tandem.web.internal.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tandem.api.deploy.DeployChange;
import org.tandem.api.deploy.DeployException;
import org.tandem.api.deploy.ModelChoices;
import org.tandem.api.deploy.ModuleDeployer;
import org.tandem.api.model.ModelRegistry;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.scoring.Comparison;
import org.tandem.api.scoring.ScoringService;
import org.tandem.api.user.Role;
import org.tandem.api.user.User;
import org.tandem.api.user.UserStore;
import org.tandem.web.internal.Seal;
import org.tandem.web.internal.auth.Passwords;
import org.tandem.web.internal.http.HttpProblem;

/**
 * What the administrator's pages and API do, in one place so both check the same things: changes to
 * the deploy folder, a model's strategy, comparisons, users and API tokens. Every refusal is an
 * {@link HttpProblem} with a 4xx status that says what was wrong and where.
 */
final class AdminActions {

    private static final Pattern USER_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._@+-]{0,63}");

    private final ModuleDeployer deployer;
    private final ModelChoices choices;
    private final ModelRegistry models;
    private final ScoringService scoring;
    private final UserStore users;

    AdminActions(ModuleDeployer deployer, ModelChoices choices, ModelRegistry models, ScoringService scoring,
            UserStore users) {
        this.deployer = deployer;
        this.choices = choices;
        this.models = models;
        this.scoring = scoring;
        this.users = users;
    }

    DeployChange upload(String fileName, InputStream content, long maxBytes) throws IOException {
        try {
            return deployer.deploy(fileName, content, maxBytes);
        } catch (DeployException e) {
            throw problem(e, "file");
        }
    }

    DeployChange rollback(String symbolicName) throws IOException {
        try {
            return deployer.rollback(required(symbolicName, "bundle"));
        } catch (DeployException e) {
            throw problem(e, "bundle");
        }
    }

    DeployChange undeploy(String symbolicName) throws IOException {
        try {
            return deployer.undeploy(required(symbolicName, "bundle"));
        } catch (DeployException e) {
            throw problem(e, "bundle");
        }
    }

    /** Chooses {@code strategy} (id, id@version or default) for an installed model. */
    ModelChoices.Choice useStrategy(String model, String strategy) throws IOException {
        installedModel(model);
        String chosen = required(strategy, "strategy");
        if (!chosen.equals(ModelChoices.DEFAULT)) {
            installedStrategy(chosen, "strategy");
        }
        return choices.useStrategy(model, chosen);
    }

    /**
     * Both strategies on every assessment of the model, except those whose results are still sealed
     * (a comparison must not show what the report may not).
     */
    Comparison compare(String model, String first, String second, AssessmentService assessments) {
        installedModel(model);
        installedStrategy(required(first, "first"), "first");
        installedStrategy(required(second, "second"), "second");
        Comparison all = scoring.compare(model, first, second);
        return new Comparison(all.modelId(), all.first(), all.second(), all.rows().stream()
                .filter(r -> !Seal.of(assessments, r.assessmentId()).sealed()).toList());
    }

    /** A new user with a one-time password (returned, shown once) that must be changed at first sign-in. */
    Created createUser(String name, String role) {
        String n = required(name, "name").trim();
        if (!USER_NAME.matcher(n).matches()) {
            throw new HttpProblem(400, "'" + n + "' is not a usable user name: up to 64 letters, digits, "
                    + "'.', '_', '@', '+' or '-', starting with a letter or digit", "name");
        }
        Role r = role(role);
        String password = Passwords.oneTime();
        User user = users.createUser(n, r, Passwords.hash(password), true);
        return new Created(user, password);
    }

    /** Deletes a user other than {@code actor}. */
    User deleteUser(User actor, String id) {
        User user = users.user(required(id, "id"))
                .orElseThrow(() -> new HttpProblem(404, "there is no user with the id " + id, "id"));
        if (user.id().equals(actor.id())) {
            throw new HttpProblem(409, "you cannot delete yourself: another administrator can", "id");
        }
        users.deleteUser(user.id());
        return user;
    }

    /** A new API token of {@code actor}, returned once; only its hash is stored. */
    String createToken(User actor, String label) {
        String l = label == null || label.isBlank() ? "API token" : label.trim();
        if (l.length() > 100) {
            throw new HttpProblem(400, "the label has more than 100 characters", "label");
        }
        String token = Passwords.newToken();
        users.addToken(actor.id(), Passwords.tokenHash(token), l);
        return token;
    }

    record Created(User user, String password) {
    }

    private void installedModel(String model) {
        if (required(model, "model").isEmpty() || models.latest(model).isEmpty()) {
            throw new HttpProblem(404, "no model '" + model + "' is installed", "model");
        }
    }

    private void installedStrategy(String strategy, String where) {
        String[] spec = strategy.split("@", 2);
        boolean installed = scoring.strategies().stream()
                .anyMatch(s -> s.id().equals(spec[0]) && (spec.length == 1 || s.version().equals(spec[1])));
        if (!installed) {
            throw new HttpProblem(400, "no scoring strategy '" + strategy + "' is installed", where);
        }
    }

    private static Role role(String role) {
        String r = required(role, "role").trim().toUpperCase(Locale.ROOT);
        Optional<Role> found = Arrays.stream(Role.values()).filter(x -> x.name().equals(r)).findFirst();
        return found.orElseThrow(() -> new HttpProblem(400, "the role must be consultant or admin, not '" + role + "'",
                "role"));
    }

    static String required(String value, String where) {
        if (value == null || value.isBlank()) {
            throw new HttpProblem(400, "'" + where + "' is missing", where);
        }
        return value;
    }

    static HttpProblem problem(DeployException e, String where) {
        int status = switch (e.reason()) {
            case BAD_NAME -> 400;
            case TOO_LARGE -> 413;
            case NOT_A_BUNDLE, NOT_TRUSTED -> 422;
            case NOT_DEPLOYED -> 404;
            case NOTHING_KEPT -> 409;
        };
        return new HttpProblem(status, e.getMessage(), where);
    }
}
