package org.tandem.api.assessment;

/**
 * How far one perspective of an assessment has come.
 *
 * @param perspective the perspective id
 * @param invited     respondents invited
 * @param started     respondents who saved answers but have not submitted
 * @param submitted   respondents who submitted
 * @param minimum     submitted respondents needed before results are shown
 * @param optional    whether the model lets this perspective stay empty
 * @since 1.0
 */
public record PerspectiveProgress(String perspective, int invited, int started, int submitted, int minimum,
        boolean optional) {

    /**
     * Whether this perspective lets results be shown: it has the minimum of submitted respondents;
     * an optional perspective also when nobody of it has submitted (it is left out). Once one of an
     * optional perspective has submitted, it too needs the minimum: fewer answers than that could be
     * traced back to the people who gave them.
     */
    public boolean ready() {
        return submitted >= Math.max(1, minimum) || (optional && submitted == 0);
    }
}
