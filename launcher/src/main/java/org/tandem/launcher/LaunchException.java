package org.tandem.launcher;

/**
 * A failure the user can act on: its message is printed as one line, without a stack trace, and
 * the process exits with {@link #exitCode()}.
 */
public final class LaunchException extends Exception {
    /** Exit code for bad command-line arguments or configuration in {@code etc/}. */
    public static final int USAGE = 2;
    /** Exit code for a runtime that could not start (unresolved bundle, port in use, ...). */
    public static final int FAILED = 1;

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public LaunchException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public LaunchException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
