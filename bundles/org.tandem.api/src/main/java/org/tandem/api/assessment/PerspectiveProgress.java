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

    /** Whether this perspective has enough submitted respondents for results to be shown. */
    public boolean ready() {
        return submitted >= minimum || (optional && invited == 0);
    }
}
