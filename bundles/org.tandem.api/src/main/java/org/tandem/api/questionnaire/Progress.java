package org.tandem.api.questionnaire;

/**
 * How far a respondent has come.
 *
 * @param answered         questions answered among those shown
 * @param shown            questions shown (conditions applied)
 * @param requiredAnswered required questions answered among those shown
 * @param required         required questions shown
 * @since 1.0
 */
public record Progress(int answered, int shown, int requiredAnswered, int required) {

    /** Whether every required shown question is answered. */
    public boolean complete() {
        return requiredAnswered >= required;
    }

    /** Required questions answered, 0-100. */
    public int percent() {
        return required == 0 ? 100 : (int) Math.floor(100.0 * requiredAnswered / required);
    }
}
