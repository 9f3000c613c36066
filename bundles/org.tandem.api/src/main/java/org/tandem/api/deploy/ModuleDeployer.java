package org.tandem.api.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The hot-deploy folder ({@code tandem.deploy}) as administrators change it. Every write is staged
 * under a name FileInstall ignores (a leading dot) and renamed into place at once, so FileInstall
 * sees either nothing or the complete jar, and a replacement is an update of the same bundle. The
 * jar a change replaces or removes is kept ({@code data/deploy-history/<symbolic-name>.jar}), one
 * per bundle, for {@link #rollback(String)}.
 * <p>
 * The methods return when the folder has changed, not when FileInstall has carried the change out.
 * Thread safe: changes are made one at a time.
 *
 * @since 1.0
 */
@ProviderType
public interface ModuleDeployer {

    /**
     * Copies the bundle jar {@code jar} into the folder, replacing the jar of the same bundle if there
     * is one.
     *
     * @throws DeployException ({@code NOT_A_BUNDLE}) when it is missing, not a jar or not a bundle;
     *                         ({@code NOT_TRUSTED}) when bundles must be signed and it is not signed by a
     *                         trusted certificate; the message starts with the path
     * @throws IOException     when the folder cannot be written
     */
    DeployChange deploy(Path jar) throws IOException;

    /**
     * Deploys an uploaded jar: at most {@code maxBytes} read from {@code content} (not closed), as
     * {@link #deploy(Path)} does. Nothing stays in the folder when it is refused.
     *
     * @param fileName the name it was uploaded as: a plain {@code *.jar} name, no path, no {@code ..},
     *                 no leading dot; it only names the jar in messages, the deployed file is named
     *                 after the bundle
     * @throws DeployException {@code BAD_NAME}, {@code TOO_LARGE}, {@code NOT_A_BUNDLE} or, when bundles
     *                         must be signed, {@code NOT_TRUSTED}
     * @throws IOException     when reading {@code content} or writing the folder fails
     */
    DeployChange deploy(String fileName, InputStream content, long maxBytes) throws IOException;

    /**
     * Puts the kept jar of a bundle back, keeping the one it replaces (so a second rollback undoes it).
     *
     * @param name a symbolic name or the file name of a deployed jar
     * @throws DeployException ({@code NOTHING_KEPT}) when no earlier jar is kept; ({@code NOT_TRUSTED})
     *                         when bundles must be signed and the kept jar is not signed by a trusted certificate
     */
    DeployChange rollback(String name) throws IOException;

    /**
     * Removes the jar of a bundle from the folder, keeping it for rollback.
     *
     * @param name a symbolic name or the file name of a deployed jar
     * @throws DeployException ({@code NOT_DEPLOYED}) when no jar of it is in the folder
     */
    DeployChange undeploy(String name) throws IOException;

    /** The bundle jars in the folder, by symbolic name; jars that are not bundles are left out. */
    List<DeployedJar> deployed() throws IOException;

    /** The jar a rollback of {@code symbolicName} would restore, if any. */
    Optional<DeployedJar> kept(String symbolicName) throws IOException;

    /** The folder, for messages. */
    Path folder();

    /**
     * Why a jar may not run although it is in the folder: bundles must be signed by a trusted
     * certificate ({@code tandem.trust.policy = signed}) and it is not, or not by one of those.
     * Such a jar stays installed but never resolves. Never null.
     *
     * @return the reason, such as {@code "it is not signed"}, or empty when the jar may run
     * @since 1.1
     */
    default java.util.Optional<String> refusal(DeployedJar jar) {
        return java.util.Optional.empty();
    }
}
