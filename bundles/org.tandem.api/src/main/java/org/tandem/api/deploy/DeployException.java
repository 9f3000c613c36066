package org.tandem.api.deploy;

/**
 * A change to the hot-deploy folder that cannot be made; the folder is as it was. The message says
 * what was wrong, naming the file or bundle.
 *
 * @since 1.0
 */
public class DeployException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the change was refused. */
    public enum Reason {
        /** The file name is not a plain {@code *.jar} name (a path, {@code ..}, a leading dot). */
        BAD_NAME,
        /** The file is missing, not a jar, or not a bundle (no Bundle-SymbolicName). */
        NOT_A_BUNDLE,
        /** The jar is larger than allowed. */
        TOO_LARGE,
        /** No jar of that bundle is deployed. */
        NOT_DEPLOYED,
        /** No earlier jar of that bundle is kept. */
        NOTHING_KEPT,
        /**
         * The bundle may not run here: bundles must be signed by a trusted certificate
         * ({@code tandem.trust.policy = signed}) and it is not, or not by one of those.
         *
         * @since 1.1
         */
        NOT_TRUSTED
    }

    private final Reason reason;

    public DeployException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
