package org.tandem.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where everything is and what to start: the installation's {@code etc/tandem.properties}
 * overridden by the command line.
 *
 * @param home      the installation (bin/ lib/ system/ features/ etc/)
 * @param data      the data directory (framework cache, stores, deploy history)
 * @param deploy    the hot-deploy folder watched by FileInstall
 * @param logs      the folder of the log file
 * @param features  the names of the features to start, in order
 * @param host      the interface the web server binds to
 * @param port      the web server's port
 * @param poll      the scan interval of deploy/ and etc/ in milliseconds
 * @param framework further framework properties: every key of tandem.properties outside
 *                  {@code tandem.*}, passed on unchanged
 * @param trust     which bundles may run ({@code tandem.trust.*})
 */
public record Settings(Path home, Path data, Path deploy, Path logs, List<String> features, String host,
        int port, long poll, Map<String, String> framework, TrustPolicy trust) {

    static final String FILE = "etc/tandem.properties";

    /** Reads {@code home/etc/tandem.properties} and applies the command line on top. */
    public static Settings load(Path home, Arguments args) throws LaunchException {
        Properties file = read(home.resolve(FILE));
        String where = home.resolve(FILE).toString();
        Path data = args.data() != null ? args.data() : home.resolve(file.getProperty("tandem.data", "data"));
        Path deploy = home.resolve(file.getProperty("tandem.deploy", "deploy"));
        Path logs = home.resolve(file.getProperty("tandem.logs", "logs"));
        List<String> features = Arrays.stream(file.getProperty("tandem.features", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (features.isEmpty()) {
            throw new LaunchException(LaunchException.USAGE, where + ": tandem.features names no feature");
        }
        String host = file.getProperty("tandem.http.host", "127.0.0.1").trim();
        int port;
        if (args.port().isPresent()) {
            port = args.port().getAsInt();
        } else {
            try {
                port = Arguments.parsePort(file.getProperty("tandem.http.port", "8080"));
            } catch (LaunchException e) {
                throw new LaunchException(LaunchException.USAGE, where + ": tandem.http.port "
                        + e.getMessage().replaceFirst("^--port ", "").replace(" (see tandem --help)", ""));
            }
        }
        long poll = parsePoll(file.getProperty("tandem.deploy.poll", "250"), where);
        Map<String, String> framework = new LinkedHashMap<>();
        for (String key : file.stringPropertyNames()) {
            if (!key.startsWith("tandem.")) {
                framework.put(key, file.getProperty(key).trim());
            }
        }
        TrustPolicy trust = TrustPolicy.of(file, home, where);
        return new Settings(home.toAbsolutePath().normalize(), data.toAbsolutePath().normalize(),
                deploy.toAbsolutePath().normalize(), logs.toAbsolutePath().normalize(), features, host,
                port, poll, framework, trust);
    }

    /** These settings with another data directory and log folder (a one-shot job's throw-away ones). */
    public Settings withData(Path otherData, Path otherLogs) {
        return new Settings(home, otherData, deploy, otherLogs, features, host, port, poll, framework, trust);
    }

    /** These settings with one more framework property. */
    public Settings withFrameworkProperty(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(framework);
        more.put(key, value);
        return new Settings(home, data, deploy, logs, features, host, port, poll, more, trust);
    }

    /** The folder of configuration files ({@code .cfg}, {@code .config}) watched by FileInstall. */
    public Path etc() {
        return home.resolve("etc");
    }

    private static long parsePoll(String value, String where) throws LaunchException {
        try {
            long poll = Long.parseLong(value.trim());
            if (poll >= 10) {
                return poll;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LaunchException(LaunchException.USAGE,
                where + ": tandem.deploy.poll needs milliseconds (10 or more), not '" + value + "'");
    }

    private static Properties read(Path file) throws LaunchException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new LaunchException(LaunchException.USAGE, "cannot read " + file + ": " + describe(e));
        } catch (IllegalArgumentException e) {
            throw new LaunchException(LaunchException.USAGE, file + ": " + e.getMessage());
        }
        return properties;
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return switch (kind) {
            case "NoSuchFile" -> "no such file or directory";
            case "AccessDenied" -> "permission denied";
            case "FileSystem", "IO", "" -> String.valueOf(e.getMessage());
            default -> kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase() + " (" + e.getMessage() + ")";
        };
    }
}
