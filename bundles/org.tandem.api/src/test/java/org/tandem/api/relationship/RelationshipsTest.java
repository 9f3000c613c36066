package org.tandem.api.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.AssessmentStatus;
import org.tandem.api.assessment.ModelRef;
import org.tandem.api.assessment.Relationship;

class RelationshipsTest {

    static Assessment assessment(String id, String customer, String provider, String created) {
        return new Assessment(id, new Relationship(id, customer, provider), new ModelRef("m", "1.0.0"),
                AssessmentStatus.CLOSED, null, Instant.parse(created), null);
    }

    @Test
    void thePreviousIsTheLatestEarlierAssessmentOfTheSameCustomerAndProvider() {
        Assessment y2024 = assessment("2024", "Acme", "Atea", "2024-11-01T00:00:00Z");
        Assessment y2025 = assessment("2025", " ACME ", "atea", "2025-11-01T00:00:00Z");
        Assessment other = assessment("other", "Acme", "Northwind", "2026-01-01T00:00:00Z");
        Assessment y2026 = assessment("2026", "Acme", "Atea", "2026-11-01T00:00:00Z");
        List<Assessment> all = List.of(y2026, other, y2025, y2024);
        assertEquals(Optional.of(y2025), Relationships.previous(all, y2026));
        assertEquals(Optional.of(y2024), Relationships.previous(all, y2025));
        assertEquals(Optional.empty(), Relationships.previous(all, y2024));
        assertEquals(Optional.empty(), Relationships.previous(all, other));
    }
}
