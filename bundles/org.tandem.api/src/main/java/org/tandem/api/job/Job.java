package org.tandem.api.job;

import java.io.PrintStream;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A command of {@code bin/tandem} that runs once on the same bundles as the server, e.g.
 * {@code bin/tandem report ...}. Register it as a service with the property {@link #NAME} set to
 * the command's name. The launcher calls it once every bundle has started and exits with the code
 * it returns.
 *
 * @since 1.0
 */
@ConsumerType
public interface Job {

    /** The service property naming the command, e.g. {@code report}. */
    String NAME = "tandem.job";

    /**
     * Runs the command with the arguments after its name.
     *
     * @return the exit code: 0 done, 1 failed on the input, 2 a usage mistake
     */
    int run(List<String> arguments, PrintStream out, PrintStream err);
}
