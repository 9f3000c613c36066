package org.tandem.api.relationship;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Durable storage of an assessment's SLA figures and agreed actions. Every change is durable when the
 * call returns, and all or nothing: a failure throws {@link org.tandem.api.store.StoreException}
 * (unknown assessment or action included) and leaves the stored state as it was. The store checks
 * only what the database needs (non-null, lengths); callers check the rest (a dimension the model has,
 * finite numbers) before they call.
 * <p>
 * Thread safe. Arguments must not be null unless documented; results are never null.
 *
 * @since 1.0
 */
@ProviderType
public interface RelationshipStore {

    /** The assessment's SLA figures in the order they were saved; empty when none were attached. */
    List<SlaFigure> slaFigures(String assessmentId);

    /**
     * Replaces the assessment's SLA figures with {@code figures} (an empty list removes them). Allowed on
     * closed assessments too: SLA reports often arrive after the answers.
     *
     * @throws IllegalArgumentException when there are more than {@link SlaFigure#MAX_FIGURES}, a name or unit
     *                                  is too long, a number is not finite, or two figures share a service name
     */
    void saveSlaFigures(String assessmentId, List<SlaFigure> figures);

    /** The assessment's actions in the order they were agreed. */
    List<Action> actions(String assessmentId);

    Optional<Action> action(String actionId);

    /**
     * Adds an action to an assessment (open or closed: actions are agreed after the results are out).
     *
     * @throws IllegalArgumentException when {@code what} or {@code owner} is blank or too long
     */
    Action addAction(String assessmentId, ActionDraft draft);

    /**
     * Changes an action: every field of {@code draft} replaces the stored one.
     *
     * @throws IllegalArgumentException as {@link #addAction(String, ActionDraft)}
     */
    Action updateAction(String actionId, ActionDraft draft);
}
