package org.tandem.store.jdbc.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tandem.api.assessment.Assessment;
import org.tandem.api.assessment.Relationship;
import org.tandem.api.assessment.Respondent;

/**
 * A second JVM holding the store open: it saves one response and prints "saved <respondent id>" once
 * the save returned; then, with a second argument N, N threads invite respondents and save their
 * responses without pause, printing the same line after each save returned, until it is killed.
 */
public final class StoreProcess {

    private StoreProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        JdbcAssessmentStore store = new JdbcAssessmentStore(H2AssessmentStoreTest.h2(Path.of(args[0])), 2);
        Assessment a = store.createAssessment(new Relationship("killed", "Acme", "Atea"),
                AssessmentStoreContract.MODEL, AssessmentStoreContract.SNAPSHOT, null);
        Respondent r = store.addRespondent(a.id(), "customer", "Eva");
        store.saveResponse(r.id(), Map.of("q1", "acknowledged"), Map.of(), false, 0);
        System.out.println("saved " + r.id());
        System.out.flush();
        int writers = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        for (int i = 0; i < writers; i++) {
            Thread writer = new Thread(() -> {
                while (true) {
                    Respondent next = store.addRespondent(a.id(), "provider", "Per");
                    store.saveResponse(next.id(), Map.of("q1", "acknowledged"), Map.of(), true, 0);
                    System.out.println("saved " + next.id());
                    System.out.flush();
                }
            });
            writer.start();
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    static Process start(Path data) throws IOException {
        return start(data, 0);
    }

    /** The child, with {@code writers} threads saving after the first save. */
    static Process start(Path data, int writers) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                StoreProcess.class.getName(), data.toString(), Integer.toString(writers)))
                .redirectError(data.resolve("child.err").toFile())
                .start();
    }

    /** The id of the respondent whose save the child acknowledged. */
    static String awaitSave(Process child, Path data) throws IOException {
        String line = H2AssessmentStoreTest.firstLine(child, data.resolve("child.err"));
        if (!line.startsWith("saved ")) {
            throw new AssertionError("unexpected output from the child process: " + line);
        }
        return line.substring("saved ".length());
    }
}
