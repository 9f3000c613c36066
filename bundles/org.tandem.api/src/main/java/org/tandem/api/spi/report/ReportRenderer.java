package org.tandem.api.spi.report;

import java.io.IOException;
import java.io.OutputStream;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Writes a report in one format. Register it as an OSGi service with
 * {@link ReportRendererProperties} ({@code tandem.report.format}, media type, file extension,
 * version); several renderers of one format can be installed side by side.
 * <p>
 * Implementations must be thread safe, write only to {@code out} (no other files, no network),
 * and escape every text that comes from users (names, comments) for their format.
 *
 * @since 1.0
 */
@ConsumerType
public interface ReportRenderer {

    /**
     * Writes the report of {@code input} in {@code language} (falling back to the model's default
     * language for texts the model lacks) to {@code out}; does not close {@code out}.
     */
    void render(ReportInput input, String language, OutputStream out) throws IOException;
}
