package org.tandem.api.deploy;

import java.io.IOException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Which scoring strategy and report renderers a model uses, chosen while Tandem runs: each choice is
 * a configuration file in {@code data/etc/} (written aside and moved in at once), which FileInstall
 * hands to ConfigAdmin, so it takes effect at once and survives an upgrade of the installation.
 * <p>
 * The methods wait (at most 10 s) until the choice has taken effect. Thread safe.
 *
 * @since 1.0
 */
@ProviderType
public interface ModelChoices {

    /** The word that goes back to the model's own strategy or the stock renderer. */
    String DEFAULT = "default";

    /**
     * Chooses the scoring strategy of a model ({@code data/etc/org.tandem.scoring.model-<model>.cfg}).
     *
     * @param modelId  a model id
     * @param strategy {@code id}, {@code id@version}, or {@link #DEFAULT}
     * @throws org.tandem.api.assessment.AssessmentException when the model id is not a valid id or no
     *                                                       such strategy is installed
     */
    Choice useStrategy(String modelId, String strategy) throws IOException;

    /**
     * Chooses the renderer of one format for a model
     * ({@code data/etc/org.tandem.report.model-<model>-<format>.cfg}).
     *
     * @param renderer {@code id}, {@code id@version}, or {@link #DEFAULT}
     * @throws org.tandem.api.assessment.AssessmentException when the model id or format is not valid
     * @throws org.tandem.api.report.ReportException         when no such renderer of that format is installed
     */
    Choice useRenderer(String modelId, String format, String renderer) throws IOException;

    /**
     * What a choice did.
     *
     * @param file      the configuration file written, or removed for {@link #DEFAULT}
     * @param removed   true when the file was removed (back to the default)
     * @param effective true when the choice took effect within the wait
     */
    record Choice(java.nio.file.Path file, boolean removed, boolean effective) {
    }
}
