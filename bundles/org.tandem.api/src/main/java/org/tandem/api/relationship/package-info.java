/**
 * What a relationship brings to an assessment besides the answers: the SLA figures a consultant
 * attaches for the assessment's period ({@link org.tandem.api.relationship.SlaFigure}), read against
 * the relationship's scores ({@link org.tandem.api.relationship.GreenLights}), and the actions both
 * sides agree ({@link org.tandem.api.relationship.Action}), stored by a
 * {@link org.tandem.api.relationship.RelationshipStore}.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.tandem.api.relationship;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
