package org.tandem.api.report;

/**
 * A report could not be rendered: no renderer of the format is installed (after the bounded wait),
 * the renderer failed, or the assessment cannot be scored. The message names the format, the
 * renderer and its bundle.
 *
 * @since 1.0
 */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
