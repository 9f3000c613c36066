package org.tandem.core.internal.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.history.HistoryService;
import org.tandem.api.history.Portfolio;
import org.tandem.api.history.RelationshipHistory;
import org.tandem.api.history.Standing;
import org.tandem.api.scoring.ScoringService;
import org.tandem.api.store.AssessmentStore;
import org.tandem.core.internal.assessment.ModelSnapshots;
import org.tandem.core.internal.history.Histories.Scored;

/**
 * Reads assessments and their published cards through the store and the scoring service, and
 * leaves the arithmetic to {@link Histories}, {@link Portfolios} and {@link Quartiles}. Nothing is
 * cached: a card published a moment ago counts at once.
 */
@Component(service = HistoryService.class)
public class HistoryServiceImpl implements HistoryService {

    private final AssessmentStore store;
    private final ModelSnapshots snapshots;
    private final ScoringService scoring;

    @Activate
    public HistoryServiceImpl(@Reference AssessmentStore store, @Reference ModelSnapshots snapshots,
            @Reference ScoringService scoring) {
        this.store = store;
        this.snapshots = snapshots;
        this.scoring = scoring;
    }

    @Override
    public RelationshipHistory history(String assessmentId) {
        Assessment current = assessment(assessmentId);
        String key = key(current);
        List<Scored> earlier = new ArrayList<>();
        for (Assessment a : store.assessments()) {
            if (!a.id().equals(current.id()) && key.equals(key(a)) && before(a, current)) {
                earlier.add(published(a));
            }
        }
        return Histories.of(live(current), earlier);
    }

    @Override
    public Portfolio portfolio(String modelId) {
        return Portfolios.of(modelId, members(modelId, null), MINIMUM_RELATIONSHIPS);
    }

    @Override
    public Optional<Standing> standing(String assessmentId) {
        Assessment own = assessment(assessmentId);
        List<Scored> others = members(own.model().id(), key(own));
        if (others.size() + 1 < MINIMUM_RELATIONSHIPS) {
            return Optional.empty(); // not worth scoring the assessment
        }
        return Portfolios.standing(live(own), others, MINIMUM_RELATIONSHIPS);
    }

    /** The portfolio's members, without relationship {@code except} (null: all). */
    private List<Scored> members(String modelId, String except) {
        List<Scored> candidates = new ArrayList<>();
        for (Assessment a : store.assessments()) {
            if (a.model().id().equals(modelId) && !a.isOpen() && !key(a).equals(except)) {
                candidates.add(published(a));
            }
        }
        return Portfolios.members(modelId, candidates);
    }

    private Scored live(Assessment a) {
        return new Scored(a, snapshots.of(a), scoring.score(a.id()));
    }

    private Scored published(Assessment a) {
        return new Scored(a, snapshots.of(a), a.isOpen() ? null : scoring.published(a.id()).orElse(null));
    }

    private static boolean before(Assessment a, Assessment current) {
        int c = a.created().compareTo(current.created());
        return c != 0 ? c < 0 : a.id().compareTo(current.id()) < 0;
    }

    private static String key(Assessment a) {
        return HistoryService.relationshipKey(a.relationship().customer(), a.relationship().provider());
    }

    private Assessment assessment(String id) {
        return store.assessment(id).orElseThrow(() -> new AssessmentException("no assessment " + id));
    }
}
