/**
 * Value models: what an assessment asks and how its answers are read. A model has dimensions
 * (the values of a partnership), questions asked from one or more perspectives, answer scales,
 * classification bands and recommendations, with every text in each of the model's locales.
 * <p>
 * All types are immutable records, safe to share between threads. Lists and maps are never null
 * (empty when absent) and unmodifiable; optional single values are null where documented.
 * <p>
 * 1.1: questions have a {@link org.tandem.api.model.QuestionRole} (performance, expectation,
 * importance) and perspectives a counterpart; models without them read as before.
 *
 * @since 1.0
 */
@Export
@Version("1.1.0")
package org.tandem.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
