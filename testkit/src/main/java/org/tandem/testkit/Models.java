package org.tandem.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tandem.api.model.ModelProblem;
import org.tandem.api.model.ModelReader;
import org.tandem.api.model.ModelReading;
import org.tandem.api.model.ValueModel;
import org.tandem.core.internal.model.ModelReaderImpl;

/**
 * Reads value model documents in a unit test exactly as Tandem does when the model is deployed:
 * the runtime's own reader, every problem with its JSON path, no framework started.
 * <p>
 * {@code read*} methods return the {@link ModelReading} (the model when it has no errors, and every
 * problem, errors and warnings); {@code load*} methods return the model or fail the test with one
 * message listing every problem. A document that cannot be read at all (a missing file or resource,
 * text that is not UTF-8) is a problem at {@code $}, as Tandem reports it, never an exception.
 * <pre>{@code
 * ValueModel cloud = Models.loadResource("models/cloud.model.json");
 * ModelReading broken = Models.readJson("{\"format\": 1}");
 * assertTrue(broken.problems().stream().anyMatch(p -> p.path().equals("$.id")));
 * }</pre>
 * Thread safe.
 */
public final class Models {

    private static final ModelReader READER = new ModelReaderImpl();

    private Models() {
    }

    /** Reads the model file at {@code file}, named by its path in problems. */
    public static ModelReading read(Path file) {
        String source = file.toString();
        try {
            return READER.read(source, utf8(Files.readAllBytes(file)));
        } catch (CharacterCodingException e) {
            return unreadable(source, "the file is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            return unreadable(source, "cannot read the file: " + e);
        }
    }

    /**
     * Reads the class path resource {@code name} (such as {@code models/cloud.model.json}, the path
     * inside the bundle that the {@code Tandem-ValueModel} header names), from the class loader of
     * the test kit, which in a Maven build sees the module's own resources.
     */
    public static ModelReading readResource(String name) {
        String path = name.startsWith("/") ? name.substring(1) : name;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : Models.class.getClassLoader()).getResourceAsStream(path)) {
            if (in == null) {
                return unreadable(name, "no such resource on the class path; model documents belong in "
                        + "src/main/resources, at the path the Tandem-ValueModel header names");
            }
            return READER.read(name, utf8(in.readAllBytes()));
        } catch (CharacterCodingException e) {
            return unreadable(name, "the resource is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            return unreadable(name, "cannot read the resource: " + e);
        }
    }

    /** Reads {@code json}, a whole model document, named {@code string} in problems. */
    public static ModelReading readJson(String json) {
        return READER.read("string", json);
    }

    /** Checks a model built in code with the same rules; problem paths point into its JSON form. */
    public static ModelReading validate(ValueModel model) {
        return READER.validate(model == null ? "model" : model.key(), model);
    }

    /** The model in the file at {@code file}; fails listing every problem if it has errors. */
    public static ValueModel load(Path file) {
        return model(read(file));
    }

    /** The model in the class path resource {@code name}; fails listing every problem if it has errors. */
    public static ValueModel loadResource(String name) {
        return model(readResource(name));
    }

    /** The model in {@code json}; fails listing every problem if it has errors. */
    public static ValueModel loadJson(String json) {
        return model(readJson(json));
    }

    /**
     * The model of {@code reading}; when it has errors, an {@link AssertionError} whose message names
     * the document and lists every problem, errors and warnings, one a line.
     */
    public static ValueModel model(ModelReading reading) {
        return reading.model().orElseThrow(() -> new AssertionError(describe(reading)));
    }

    /**
     * Every problem of {@code reading}, one a line, as {@code bin/tandem validate} prints them:
     * {@code ERROR $.dimensions[0].weight: ...}; empty when there is none.
     */
    public static String problems(ModelReading reading) {
        return reading.problems().stream().map(ModelProblem::toString).collect(Collectors.joining("\n"));
    }

    private static String describe(ModelReading reading) {
        List<ModelProblem> errors = reading.errors();
        return reading.source() + ": Tandem would refuse this model, " + errors.size()
                + (errors.size() == 1 ? " error" : " errors") + "\n" + problems(reading);
    }

    private static ModelReading unreadable(String source, String message) {
        return new ModelReading(source, Optional.empty(), List.of(ModelProblem.error("$", message)));
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
