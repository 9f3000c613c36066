package org.tandem.web.internal;

import java.util.ArrayList;
import java.util.List;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.assessment.PerspectiveProgress;
import org.tandem.web.internal.http.HttpProblem;

/**
 * Whether an assessment's results may be shown yet. Nobody — consultant, customer or provider —
 * sees scores or reports until every perspective is ready ({@link PerspectiveProgress#ready()}: the
 * model's {@code scoring.minimumRespondents} submitted respondents, at least 1; an optional
 * perspective nobody of which has submitted is left out). Then every side sees the same report.
 *
 * @param missing the perspectives that still lack submitted respondents, in model order; empty
 *                when the results are open
 */
public record Seal(List<Missing> missing) {

    public Seal {
        missing = List.copyOf(missing);
    }

    /** A perspective that still lacks submitted respondents. */
    public record Missing(String perspective, int submitted, int minimum) {

        /** How many more must submit. */
        public int more() {
            return minimum - submitted;
        }
    }

    /** The seal of an assessment with this progress (as {@link AssessmentService#progress} reports it). */
    public static Seal of(List<PerspectiveProgress> progress) {
        List<Missing> missing = new ArrayList<>();
        for (PerspectiveProgress p : progress) {
            if (!p.ready()) {
                missing.add(new Missing(p.perspective(), p.submitted(), Math.max(1, p.minimum())));
            }
        }
        return new Seal(missing);
    }

    /** The seal of assessment {@code assessmentId}. */
    public static Seal of(AssessmentService assessments, String assessmentId) {
        return of(assessments.progress(assessmentId));
    }

    /** True while results must not be shown. */
    public boolean sealed() {
        return !missing.isEmpty();
    }

    /** 403 with {@link #message()} while sealed. */
    public void check() {
        if (sealed()) {
            throw new HttpProblem(403, message(), "progress");
        }
    }

    /**
     * Why the results are sealed, in English, naming each perspective and how many more submitted
     * respondents it needs (for the API and the 403 of a report URL); empty when they are not.
     */
    public String message() {
        if (!sealed()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (Missing m : missing) {
            parts.add(m.perspective() + " needs " + m.more() + " more submitted (" + m.submitted() + " of "
                    + m.minimum() + ")");
        }
        return "the results are sealed until every side has enough submitted respondents: "
                + String.join(", ", parts);
    }
}
