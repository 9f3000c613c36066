/**
 * The questionnaire a respondent sees: a model, a perspective and a language turned into pages,
 * answer checks, conditions and progress.
 *
 * @since 1.0
 */
@Export
@Version("1.0.0")
package org.tandem.api.questionnaire;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
