package org.tandem.shell.internal;

import java.io.IOException;
import java.util.List;
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
import org.tandem.api.deploy.ModelChoices;
import org.tandem.api.scoring.Comparison;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.ScoringService;
import org.tandem.api.scoring.StrategyInfo;

/** Scoring from the shell: strategies, score cards, choosing a model's strategy, comparing two. */
@Component(service = ScoringCommands.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@GogoCommand(scope = "tandem", function = {"strategies", "score", "scorecards", "rescore", "use", "compare"})
public class ScoringCommands {

    private final ScoringService scoring;
    private final AssessmentService assessments;
    private final ModelChoices choices;

    @Activate
    public ScoringCommands(@Reference ScoringService scoring, @Reference AssessmentService assessments,
            @Reference ModelChoices choices) {
        this.scoring = scoring;
        this.assessments = assessments;
        this.choices = choices;
    }

    @Descriptor("lists the installed scoring strategies and the strategy each model uses")
    public String strategies() {
        StringBuilder out = new StringBuilder("Scoring strategies:\n");
        for (StrategyInfo s : scoring.strategies()) {
            out.append(String.format("  %-24s %-24s %s %s%n", s.key(), s.name(), s.bundle(), s.bundleVersion()));
        }
        out.append("A scoring waits up to ").append(scoring.waitMillis())
                .append(" ms for a strategy that is being swapped (waitMillis, PID org.tandem.scoring)\n");
        return out.toString();
    }

    @Descriptor("shows the score card of an assessment: live while open, the published one when closed")
    public String score(
            @Descriptor("score with this strategy (id or id@version) instead of the chosen one")
            @Parameter(names = {"-s", "--strategy"}, absentValue = "") String strategy,
            @Descriptor("assessment id (or a unique start of it)") String assessment) {
        String id = AssessmentCommands.resolve(assessments, assessment);
        ScoreCard card = strategy.isEmpty() ? scoring.score(id) : scoring.score(id, strategy);
        return ScoreCardText.format(card, assessments.model(id));
    }

    @Descriptor("lists the published score cards of a closed assessment, oldest first")
    public String scorecards(@Descriptor("assessment id (or a unique start of it)") String assessment) {
        String id = AssessmentCommands.resolve(assessments, assessment);
        List<ScoreCard> cards = scoring.history(id);
        if (cards.isEmpty()) {
            return "No published score card: the assessment is open (tandem:score shows the live one)";
        }
        StringBuilder out = new StringBuilder();
        for (ScoreCard c : cards) {
            out.append(String.format("%s  %-20s %6s  %s%n", c.provenance().computedAt(), c.verdict().band(),
                    ScoreCardText.number(c.overall()), c.provenance().strategy()));
        }
        return out.toString();
    }

    @Descriptor("re-scores a closed assessment with the strategy chosen now; the earlier cards are kept")
    public String rescore(@Descriptor("assessment id (or a unique start of it)") String assessment) {
        String id = AssessmentCommands.resolve(assessments, assessment);
        return "Published a new score card:\n" + ScoreCardText.format(scoring.rescore(id), assessments.model(id));
    }

    @Descriptor("chooses the scoring strategy of a model (id, or id@version to pin one); 'default' goes back to the model's")
    public String use(@Descriptor("model id") String model, @Descriptor("strategy id, id@version, or default") String strategy)
            throws IOException {
        ModelChoices.Choice choice;
        try {
            choice = choices.useStrategy(model, strategy);
        } catch (AssessmentException e) {
            throw new AssessmentException(e.getMessage() + (e.getMessage().startsWith("no scoring strategy")
                    ? " (see tandem:strategies)" : ""));
        }
        if (choice.removed()) {
            return "Model " + model + " uses the strategy it names again (" + choice.file() + " removed)";
        }
        return choice.effective()
                ? "Model " + model + " is scored with " + strategy + " (" + choice.file() + ")"
                : "Wrote " + choice.file() + ", but it has not taken effect within 10 s: see logs/";
    }

    @Descriptor("scores every assessment of a model with two strategies and lists the differences")
    public String compare(@Descriptor("model id") String model, @Descriptor("first strategy (id or id@version)") String first,
            @Descriptor("second strategy (id or id@version)") String second) {
        Comparison c = scoring.compare(model, first, second);
        StringBuilder out = new StringBuilder(String.format("%-10s %-28s %-20s %-20s %s%n", "assessment", "relationship",
                c.first(), c.second(), "largest dimension change"));
        for (Comparison.Row r : c.rows()) {
            if (r.error() != null) {
                out.append(String.format("%-10s %-28s cannot be scored: %s%n", r.assessmentId().substring(0, 8), r.name(),
                        r.error()));
                continue;
            }
            out.append(String.format("%-10s %-28s %-20s %-20s %s%n", r.assessmentId().substring(0, 8), r.name(),
                    r.firstVerdict(), r.secondVerdict() + (r.verdictChanged() ? " *" : ""),
                    r.largestDimension() == null ? "-" : r.largestDimension() + " "
                            + String.format(java.util.Locale.ROOT, "%+.1f", r.largestChange())));
        }
        out.append(c.rows().size()).append(" assessment(s) of ").append(model).append(", ").append(c.verdictChanges())
                .append(" with a different verdict\n");
        return out.toString();
    }
}
