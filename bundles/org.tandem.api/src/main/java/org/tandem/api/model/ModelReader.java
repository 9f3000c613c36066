package org.tandem.api.model;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads and validates value model documents (JSON, format 1, see docs/value-model.md). Every
 * problem is collected with its JSON path; nothing is thrown for bad input.
 * <p>
 * Implementations are thread safe.
 *
 * @since 1.0
 */
@ProviderType
public interface ModelReader {

    /**
     * Reads {@code json}; {@code source} names it in messages. Never null; never throws for bad
     * input (it becomes a problem at {@code $}).
     */
    ModelReading read(String source, String json);

    /** Validates a model built in code, with the same rules; paths point into its JSON form. */
    ModelReading validate(String source, ValueModel model);
}
