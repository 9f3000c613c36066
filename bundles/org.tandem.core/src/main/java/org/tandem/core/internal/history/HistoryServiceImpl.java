package org.tandem.core.internal.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentException;
import org.tandem.api.history.HistoryService;
import org.tandem.api.history.Portfolio;
import org.tandem.api.history.RelationshipHistory;
import org.tandem.api.history.Standing;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.ScoringService;
import org.tandem.api.store.AssessmentStore;
import org.tandem.core.internal.assessment.ModelSnapshots;
import org.tandem.core.internal.history.Histories.Scored;
import org.tandem.core.internal.scoring.ScoreCardJson;

/**
 * Reads assessments and their published cards through the store and the scoring service, and
 * leaves the arithmetic to {@link Histories}, {@link Portfolios} and {@link Quartiles}. A
 * portfolio's cards are read in one query ({@link AssessmentStore#currentScoreCards}) and parsed
 * once: a parsed card is kept while the stored text is the same, so a card published a moment ago
 * (on any instance) counts at once.
 */
@Component(service = HistoryService.class, configurationPolicy = ConfigurationPolicy.IGNORE)
public class HistoryServiceImpl implements HistoryService {

    /** Parsed cards kept at most: a few KB each. */
    static final int PARSED_CARDS = 4_096;

    private final AssessmentStore store;
    private final ModelSnapshots snapshots;
    private final ScoringService scoring;
    private final Map<String, Parsed> parsed = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
                    return size() > PARSED_CARDS;
                }
            });

    /** A card as parsed from its stored text, known by the text's length and hash. */
    private record Parsed(int length, int hash, ScoreCard card) {
    }

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
        return history(current, store.assessments(), scoring.score(assessmentId));
    }

    /**
     * The history of {@code current}, whose card now is {@code card}, among {@code all} assessments
     * (what a report has read already).
     */
    public RelationshipHistory history(Assessment current, List<Assessment> all, ScoreCard card) {
        String key = key(current);
        List<Scored> earlier = new ArrayList<>();
        for (Assessment a : all) {
            if (!a.id().equals(current.id()) && key.equals(key(a)) && before(a, current)) {
                earlier.add(published(a));
            }
        }
        return Histories.of(new Scored(current, snapshots.of(current), card), earlier);
    }

    @Override
    public Portfolio portfolio(String modelId) {
        return Portfolios.of(modelId, members(modelId, null), MINIMUM_RELATIONSHIPS);
    }

    @Override
    public Optional<Standing> standing(String assessmentId) {
        Assessment own = assessment(assessmentId);
        List<Scored> others = members(own.model().id(), key(own), store.assessments());
        if (others.size() + 1 < MINIMUM_RELATIONSHIPS) {
            return Optional.empty(); // not worth scoring the assessment
        }
        return Portfolios.standing(live(own), others, MINIMUM_RELATIONSHIPS);
    }

    /**
     * The standing of {@code own}, whose card now is {@code card}, among {@code all} assessments
     * (what a report has read already).
     */
    public Optional<Standing> standing(Assessment own, List<Assessment> all, ScoreCard card) {
        List<Scored> others = members(own.model().id(), key(own), all);
        if (others.size() + 1 < MINIMUM_RELATIONSHIPS) {
            return Optional.empty();
        }
        return Portfolios.standing(new Scored(own, snapshots.of(own), card), others, MINIMUM_RELATIONSHIPS);
    }

    /** The portfolio's members, without relationship {@code except} (null: all). */
    private List<Scored> members(String modelId, String except) {
        return members(modelId, except, store.assessments());
    }

    private List<Scored> members(String modelId, String except, List<Assessment> all) {
        Map<String, String> cards = store.currentScoreCards(modelId);
        List<Scored> candidates = new ArrayList<>();
        for (Assessment a : all) {
            if (a.model().id().equals(modelId) && !a.isOpen() && !key(a).equals(except)) {
                String json = cards.get(a.id());
                candidates.add(new Scored(a, snapshots.of(a), json == null ? null : card(a.id(), json)));
            }
        }
        return Portfolios.members(modelId, candidates);
    }

    private ScoreCard card(String assessmentId, String json) {
        Parsed known = parsed.get(assessmentId);
        if (known != null && known.length() == json.length() && known.hash() == json.hashCode()) {
            return known.card();
        }
        ScoreCard card = ScoreCardJson.read(json);
        parsed.put(assessmentId, new Parsed(json.length(), json.hashCode(), card));
        return card;
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
