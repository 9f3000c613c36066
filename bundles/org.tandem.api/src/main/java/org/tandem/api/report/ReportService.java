package org.tandem.api.report;

import java.io.OutputStream;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Renders reports of assessments. The renderer of a format is chosen per model by configuration
 * ({@code org.tandem.report.model~<name>} with {@code model}, {@code format} and
 * {@code renderer=<id>[@<version>]}); without one, the highest version of the stock renderer
 * ({@code tandem.<format>}), or else of any renderer of that format. A renderer being updated is
 * waited for, for a bounded time, as scoring strategies are.
 *
 * @since 1.0
 */
@ProviderType
public interface ReportService {

    /** Every installed renderer, by format, id, then version. */
    List<RendererInfo> renderers();

    /**
     * The renderer a report of {@code format} on model {@code modelId} is written with now, waiting
     * the bounded time for one that is being swapped.
     *
     * @throws ReportException when none is installed
     */
    RendererInfo rendererFor(String modelId, String format);

    /**
     * Writes the report of an assessment (its published score card when closed, a live one while
     * open) in {@code format} and {@code language} to {@code out}, which is not closed.
     *
     * @return the renderer that wrote it
     * @throws ReportException when it cannot be rendered (no renderer, the renderer failed, the
     *                         assessment cannot be scored); nothing has been written then
     * @throws org.tandem.api.assessment.AssessmentException when there is no such assessment
     */
    RendererInfo render(String assessmentId, String format, String language, OutputStream out);
}
