package org.tandem.launcher;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The command line of {@code bin/tandem}: an optional command ({@code run} when absent) and the
 * options that apply to it.
 *
 * @param command   {@code run}, {@code check} or a one-shot job ({@link #JOBS})
 * @param headless  no interactive shell on the console
 * @param port      the HTTP port, when given with {@code --port}
 * @param data      the data directory, when given with {@code --data}
 * @param help      {@code --help} was asked for
 * @param version   {@code --version} was asked for
 * @param job       the arguments after a one-shot job's name ({@code report ...}), passed on to the job as they are
 */
public record Arguments(String command, boolean headless, OptionalInt port, Path data, boolean help,
        boolean version, List<String> job) {

    /** One-shot jobs: commands run once by a {@code org.tandem.api.job.Job} service of that name. */
    static final List<String> JOBS = List.of("report", "validate");

    public Arguments {
        job = List.copyOf(job);
    }

    /** True when the command is a one-shot job. */
    public boolean isJob() {
        return JOBS.contains(command);
    }

    private static final List<String> FLAGS = List.of("--headless", "--help", "--version");

    static final String USAGE = """
            Usage: tandem [run] [--headless] [--port N] [--data DIR]
                   tandem check [--data DIR]
                   tandem report --model ID[@VERSION] --responses FILE.json --format FORMAT
                                 [--lang LANGUAGE] [--out FILE]
                   tandem validate [--json] MODEL.json|BUNDLE.jar [more files...]
                   tandem --help | --version

            Commands:
              run         start Tandem (the default): features from etc/tandem.properties,
                          bundles from deploy/, the Gogo shell on the console
              check       resolve every feature in features/ without starting it; exit 0 when
                          all resolve, 1 with the unresolved requirements otherwise
              report      score a responses file (docs/reports.md) with the model's
                          scoring and write its report (html, pdf, json, csv, answers-csv,
                          markdown) to --out or standard output; no server, no data kept
              validate    check value model files and model bundles (docs/value-model.md):
                          every problem with its JSON path; exit 0 when all are valid
                          (warnings allowed), 1 when any has an error; --json for tools

            Options:
              --headless  no interactive shell (for services and containers)
              --port N    HTTP port, 1-65535 (default 8080, from etc/tandem.properties)
              --data DIR  data directory (default data/ under the installation)
            """;

    /** Parses {@code args}; every mistake is a {@link LaunchException} naming the argument. */
    public static Arguments parse(String... args) throws LaunchException {
        String command = null;
        boolean headless = false;
        OptionalInt port = OptionalInt.empty();
        Path data = null;
        boolean help = false;
        boolean version = false;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            if (command == null && JOBS.contains(arg)) {
                return new Arguments(arg, true, port, data, help, version, rest);
            }
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                value = arg.substring(eq + 1);
                arg = arg.substring(0, eq);
            }
            if (value != null && FLAGS.contains(arg)) {
                throw usage(arg + " takes no value");
            }
            switch (arg) {
                case "--headless" -> headless = true;
                case "--help", "-h" -> help = true;
                case "--version" -> version = true;
                case "--port" -> port = OptionalInt.of(parsePort(value != null ? value : next(rest, arg)));
                case "--data" -> data = parsePath(value != null ? value : next(rest, arg), arg);
                default -> {
                    if (arg.startsWith("-")) {
                        throw usage("unknown option '" + arg + "'");
                    }
                    if (command != null) {
                        throw usage("unexpected argument '" + arg + "' after command '" + command + "'");
                    }
                    if (!arg.equals("run") && !arg.equals("check")) {
                        throw usage("unknown command '" + arg + "' (commands: run, check, " + String.join(", ", JOBS)
                                + ")");
                    }
                    command = arg;
                }
            }
        }
        return new Arguments(command == null ? "run" : command, headless, port, data, help, version, List.of());
    }

    static int parsePort(String value) throws LaunchException {
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below with the value the user gave
        }
        throw usage("--port needs a number from 1 to 65535, not '" + value + "'");
    }

    private static Path parsePath(String value, String option) throws LaunchException {
        if (value.isBlank()) {
            throw usage(option + " needs a directory, not an empty value");
        }
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw usage(option + " needs a directory: '" + value + "' is not a valid path (" + e.getReason() + ")");
        }
    }

    private static String next(List<String> rest, String option) throws LaunchException {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw usage(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static LaunchException usage(String message) {
        return new LaunchException(LaunchException.USAGE, message + " (see tandem --help)");
    }
}
