package org.tandem.core.internal.job;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.job.Job;
import org.tandem.api.model.ModelReader;

/**
 * {@code bin/tandem validate [--json] <model.json|bundle.jar>...}: checks model files and model
 * bundles as the runtime would read them, without a server and without installing anything.
 * Exit 0 when every file is valid (warnings allowed), 1 when any has an error, 2 for a usage
 * mistake (no file, an unknown option, a file that is not there).
 */
@Component(service = Job.class, property = Job.NAME + "=validate", configurationPolicy = ConfigurationPolicy.IGNORE)
public class ValidateJob implements Job {

    static final String USAGE = "usage: tandem validate [--json] <model.json|bundle.jar> [more files...]";

    private final ModelDocuments documents;

    @Activate
    public ValidateJob(@Reference ModelReader reader) {
        this.documents = new ModelDocuments(reader);
    }

    /** A usage mistake, exit code 2. */
    private static final class Usage extends Exception {
        private static final long serialVersionUID = 1L;

        Usage(String message) {
            super(message);
        }
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        boolean json = false;
        List<String> names = new ArrayList<>();
        boolean options = true;
        for (String arg : arguments) {
            if (options && arg.equals("--")) {
                options = false;
            } else if (options && (arg.equals("--help") || arg.equals("-h"))) {
                out.println(USAGE);
                return 0;
            } else if (options && arg.equals("--json")) {
                json = true;
            } else if (options && arg.startsWith("-") && arg.length() > 1) {
                return usage(err, "unknown option '" + arg + "'");
            } else {
                names.add(arg);
            }
        }
        Map<String, Path> files;
        try {
            files = files(names);
        } catch (Usage e) {
            return usage(err, e.getMessage());
        }
        List<Checked> checked = new ArrayList<>();
        files.forEach((name, file) -> checked.addAll(documents.check(name, file)));
        if (json) {
            ValidationOutput.json(checked, out);
        } else {
            ValidationOutput.text(checked, out);
        }
        return checked.stream().anyMatch(Checked::failed) ? 1 : 0;
    }

    /** The files to check, by the names given; every missing one is named before anything is read. */
    private static Map<String, Path> files(List<String> names) throws Usage {
        if (names.isEmpty()) {
            throw new Usage("name at least one model file (.model.json) or bundle (.jar)");
        }
        Map<String, Path> files = new LinkedHashMap<>();
        List<String> mistakes = new ArrayList<>();
        for (String name : names) {
            try {
                Path file = Path.of(name);
                if (Files.isDirectory(file)) {
                    mistakes.add(name + " is a folder; name the files in it");
                } else if (!Files.isRegularFile(file)) {
                    mistakes.add(name + " does not exist");
                } else {
                    files.put(name, file);
                }
            } catch (InvalidPathException e) {
                mistakes.add("'" + name + "' is not a valid path (" + e.getReason() + ")");
            }
        }
        if (!mistakes.isEmpty()) {
            throw new Usage(String.join("\ntandem validate: ", mistakes));
        }
        return files;
    }

    private static int usage(PrintStream err, String message) {
        err.println("tandem validate: " + message);
        err.println(USAGE);
        err.flush();
        return 2;
    }
}
