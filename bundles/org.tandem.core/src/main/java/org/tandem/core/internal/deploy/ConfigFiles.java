package org.tandem.core.internal.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BooleanSupplier;

/** Configuration files written while running into {@code data/etc/}, where FileInstall hands them to ConfigAdmin. */
final class ConfigFiles {

    private ConfigFiles() {
    }

    /** Writes {@code file} aside and moves it in at once, so FileInstall never reads half a file. */
    static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path staged = file.resolveSibling("." + file.getFileName() + ".staging");
        Files.writeString(staged, content, StandardCharsets.UTF_8);
        Files.move(staged, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Waits up to 10 s for {@code done}; true when it came true. */
    static boolean await(BooleanSupplier done) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return done.getAsBoolean();
    }
}
