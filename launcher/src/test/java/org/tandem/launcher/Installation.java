package org.tandem.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A Tandem installation in a temporary folder: etc/tandem.properties, features/ and system/. */
final class Installation {

    final Path home;

    private Installation(Path home) {
        this.home = home;
    }

    /** An installation with {@code etc/tandem.properties} holding {@code properties} and empty features/ and system/. */
    static Installation in(Path home, String properties) {
        Installation installation = new Installation(home);
        try {
            Files.createDirectories(home.resolve("features"));
            Files.createDirectories(home.resolve("system"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return installation.write("etc/tandem.properties", properties);
    }

    /** Adds {@code features/<name>.json} with {@code json} as its content. */
    Installation feature(String name, String json) {
        return write("features/" + name + ".json", json);
    }

    /** Adds {@code features/<name>.json}: a feature without bundles. */
    Installation emptyFeature(String name) {
        return feature(name, """
                { "id": "org.tandem:%s:osgifeature:1.0.0", "bundles": [] }
                """.formatted(name));
    }

    Installation write(String relative, String content) {
        Path file = home.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Path features() {
        return home.resolve("features");
    }

    Settings settings(String... args) throws LaunchException {
        return Settings.load(home, Arguments.parse(args));
    }
}
