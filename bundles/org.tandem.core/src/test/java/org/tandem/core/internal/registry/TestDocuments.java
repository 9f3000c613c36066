package org.tandem.core.internal.registry;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Model documents for the tests: the minimal test model, as another version or under another id. */
public final class TestDocuments {

    private static final String VERSION = "\"version\": \"1.0.0\"";
    private static final String ID = "\"id\": \"minimal\"";

    private TestDocuments() {
    }

    /** {@code models/minimal.model.json} with {@code version} in place of 1.0.0. */
    public static String minimal(String version) {
        return replace(resource("models/minimal.model.json"), VERSION, "\"version\": \"" + version + "\"");
    }

    /** The minimal model as model {@code id}, version {@code version}. */
    public static String minimal(String id, String version) {
        return replace(minimal(version), ID, "\"id\": \"" + id + "\"");
    }

    /** Replaces the one occurrence of {@code text}; fails when the resource no longer has it. */
    public static String replace(String document, String text, String replacement) {
        int at = document.indexOf(text);
        if (at < 0 || document.indexOf(text, at + 1) >= 0) {
            throw new IllegalStateException("the test document must contain " + text + " exactly once");
        }
        return document.substring(0, at) + replacement + document.substring(at + text.length());
    }

    /** A test resource as text. */
    public static String resource(String name) {
        try (InputStream in = TestDocuments.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
