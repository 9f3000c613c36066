package org.tandem.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.apache.felix.service.command.annotations.GogoCommand;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.tandem.api.assessment.AssessmentService;
import org.tandem.api.scoring.ScoreCard;
import org.tandem.api.scoring.ScoringService;

/**
 * {@code tandem:scorecheck}: scores one assessment continuously from several threads for a while
 * and reports failures and which strategy versions answered. Run it while deploying, updating or
 * rolling back a scoring bundle to see that a swap fails no scoring.
 */
@Component(service = ScoringLoadCommand.class, configurationPolicy = ConfigurationPolicy.IGNORE)
@GogoCommand(scope = "tandem", function = "scorecheck")
public class ScoringLoadCommand {

    private final ScoringService scoring;
    private final AssessmentService assessments;

    @Activate
    public ScoringLoadCommand(@Reference ScoringService scoring, @Reference AssessmentService assessments) {
        this.scoring = scoring;
        this.assessments = assessments;
    }

    @Descriptor("scores an assessment from several threads for a while; reports failures and strategy versions seen")
    public String scoreCheck(
            @Descriptor("threads") @Parameter(names = {"-t", "--threads"}, absentValue = "8") int threads,
            @Descriptor("seconds") @Parameter(names = {"-d", "--duration"}, absentValue = "10") int seconds,
            @Descriptor("assessment id (or a unique start of it)") String assessment) throws InterruptedException {
        String id = AssessmentCommands.resolve(assessments, assessment);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong ok = new AtomicLong();
        Map<String, AtomicLong> seen = new ConcurrentHashMap<>();
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    try {
                        ScoreCard card = scoring.score(id);
                        ok.incrementAndGet();
                        seen.computeIfAbsent(card.provenance().strategy(), k -> new AtomicLong()).incrementAndGet();
                    } catch (RuntimeException e) {
                        failures.computeIfAbsent(String.valueOf(e.getMessage()), k -> new AtomicLong()).incrementAndGet();
                    }
                }
            }, "tandem-scorecheck-" + i);
            t.start();
            workers.add(t);
        }
        for (Thread t : workers) {
            t.join();
        }
        long failed = failures.values().stream().mapToLong(AtomicLong::get).sum();
        StringBuilder out = new StringBuilder(String.format("%d scorings from %d threads in %d s: %d failed%n",
                ok.get() + failed, threads, seconds, failed));
        new TreeMap<>(seen).forEach((k, v) -> out.append("  scored by ").append(k).append(": ").append(v).append('\n'));
        failures.forEach((k, v) -> out.append("  FAILED ").append(v).append("x: ").append(k).append('\n'));
        return out.toString();
    }
}
