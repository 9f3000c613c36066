package org.tandem.web.internal.api;

import java.util.ArrayList;
import java.util.List;
import org.tandem.api.assessment.PerspectiveProgress;
import org.tandem.web.internal.http.HttpProblem;

/**
 * Whether an assessment's results (score card, reports) may be shown yet: not until every
 * perspective the model does not mark optional has at least the model's
 * {@code scoring.minimumRespondents} submitted respondents (at least 1). Optional perspectives never
 * hold results back.
 *
 * @param missing the perspectives that still lack submitted respondents, in model order; empty
 *                when the results are open
 */
record Seal(List<Missing> missing) {

    Seal {
        missing = List.copyOf(missing);
    }

    /** A perspective that still lacks submitted respondents. */
    record Missing(String perspective, int submitted, int minimum) {

        /** How many more must submit. */
        int more() {
            return minimum - submitted;
        }
    }

    /** The seal of an assessment with this progress (as {@code AssessmentService.progress} reports it). */
    static Seal of(List<PerspectiveProgress> progress) {
        List<Missing> missing = new ArrayList<>();
        for (PerspectiveProgress p : progress) {
            int minimum = Math.max(1, p.minimum());
            if (!p.optional() && p.submitted() < minimum) {
                missing.add(new Missing(p.perspective(), p.submitted(), minimum));
            }
        }
        return new Seal(missing);
    }

    /** True while results must not be shown. */
    boolean sealed() {
        return !missing.isEmpty();
    }

    /** Why the results are sealed, naming each perspective and how many more must submit; empty when open. */
    String message() {
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

    /** 403 with {@link #message()} while sealed. */
    void check() {
        if (sealed()) {
            throw new HttpProblem(403, message(), "progress");
        }
    }
}
