package org.tandem.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * What H2's own transactions leave in the file when the process dies, with writers side by side and
 * with one writer at a time (as the JDBC store runs them on H2).
 * <p>
 * Writer threads run transactions on H2's MVStore, each changing one key in each of 30 maps to
 * the same new value (removed and put back, as H2 updates a row in each index), with a write at
 * every commit as {@code WRITE_DELAY=0} does. After a random share of H2's writes to the file, the
 * file is copied as it is then: a state a {@code kill -9} at that moment leaves (a write to the file
 * completes or does not happen). Each copy is then opened as H2 opens a database after a crash
 * (left-over transactions completed or rolled back) and checked: every key has one value in all
 * maps, or a transaction is there in part.
 * <p>
 * Usage: {@code H2CrashStates [states per mode] [writer threads]}; prints one line per mode.
 */
public final class H2CrashStates {

    private static final int MAPS = Integer.getInteger("maps", 30);
    private static final double SHARE = 0.02;

    private H2CrashStates() {
    }

    public static void main(String[] args) throws Exception {
        int states = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        FilePath.register(new Copying());
        System.out.printf("%-34s %12s %30s%n", "writers", "crash states", "with a transaction in part");
        for (boolean oneAtATime : new boolean[] {false, true}) {
            int[] result = run(states, threads, oneAtATime);
            System.out.printf("%-34s %12d %30d%n", oneAtATime ? threads + " threads, one writer at a time"
                    : threads + " threads, side by side", result[0], result[1]);
        }
    }

    /** Returns the crash states checked and those with a transaction in part. */
    private static int[] run(int states, int threads, boolean oneAtATime) throws Exception {
        int checked = 0;
        int partial = 0;
        // in rounds, so that the copies never take much room
        while (checked < states) {
            Path dir = Files.createTempDirectory("h2-crash-states");
            try {
                int batch = Math.min(20, states - checked);
                if (!write(dir, threads, oneAtATime, batch)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path copy : files.filter(f -> f.getFileName().toString().startsWith("state"))
                            .sorted().toList()) {
                        checked++;
                        String problem;
                        try {
                            problem = check(copy, threads);
                        } catch (RuntimeException e) {
                            problem = "could not be opened: " + e;
                        }
                        if (problem != null) {
                            partial++;
                            System.err.println((oneAtATime ? "one writer" : "side by side") + ", "
                                    + copy.getFileName() + ": " + problem);
                        }
                    }
                }
            } finally {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
        return new int[] {checked, partial};
    }

    /** False if a writer failed, so the copies are not crash states. */
    private static boolean write(Path dir, int threads, boolean oneAtATime, int copies) throws Exception {
        Copying.start(copies);
        MVStore store = new MVStore.Builder().fileName("copying:" + dir.resolve("t.mv.db")).autoCommitDisabled()
                .open();
        TransactionStore transactions = new TransactionStore(store);
        transactions.init();
        // the writers' undo logs before the data maps, as in a database opened again after a while:
        // H2 then saves an undo log before the maps its transaction changes
        List<Transaction> first = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            first.add(transactions.begin());
        }
        for (Transaction t : first) {
            t.openMap("first").put(t.getId(), 1);
        }
        for (Transaction t : first) {
            t.commit();
        }
        Transaction setup = transactions.begin();
        for (int m = 0; m < MAPS; m++) {
            TransactionMap<Integer, Long> map = setup.openMap("m" + m);
            for (int k = 0; k < threads; k++) {
                map.put(k, 0L);
            }
        }
        setup.commit();

        ReentrantLock writer = new ReentrantLock();
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> writers = new ArrayList<>();
        for (int k = 0; k < threads; k++) {
            int key = k;
            Thread thread = new Thread(() -> {
                for (long n = 1; !stop.get(); n++) {
                    if (oneAtATime) {
                        writer.lock();
                    }
                    try {
                        Transaction t = transactions.begin();
                        for (int m = 0; m < MAPS; m++) {
                            TransactionMap<Integer, Long> map = t.openMap("m" + m);
                            map.remove(key);
                            map.put(key, n);
                        }
                        t.commit(); // writes the store: autoCommitDisabled means a write delay of 0
                    } finally {
                        if (oneAtATime) {
                            writer.unlock();
                        }
                    }
                }
            }, "writer-" + k);
            thread.setUncaughtExceptionHandler((t, e) -> failures.add(e));
            writers.add(thread);
            thread.start();
        }
        while (!Copying.done()) {
            if (writers.stream().noneMatch(Thread::isAlive)) {
                throw new IllegalStateException("the writers stopped before " + copies + " copies were made");
            }
            Thread.sleep(10);
        }
        stop.set(true);
        for (Thread thread : writers) {
            thread.join();
        }
        store.close();
        if (failures.isEmpty()) {
            return true;
        }
        // its copies would show that writer's transaction in part without a crash: they are not crash states
        System.err.println("a writer failed, this round's copies are left out: " + failures.get(0));
        return false;
    }

    /** Null if every key has one value in all maps, else what differs. */
    private static String check(Path copy, int threads) {
        MVStore store = new MVStore.Builder().fileName(copy.toString()).autoCommitDisabled().open();
        try {
            TransactionStore transactions = new TransactionStore(store);
            transactions.init();
            // the maps first, as H2 opens every table and index before it ends the left-over transactions
            Transaction open = transactions.begin();
            open.openMap("first");
            for (int m = 0; m < MAPS; m++) {
                open.openMap("m" + m);
            }
            open.rollback();
            transactions.endLeftoverTransactions();
            Transaction t = transactions.begin();
            StringBuilder problems = new StringBuilder();
            for (int k = 0; k < threads; k++) {
                List<Long> values = new ArrayList<>();
                for (int m = 0; m < MAPS; m++) {
                    values.add(t.<Integer, Long>openMap("m" + m).get(k));
                }
                if (new HashSet<>(values).size() != 1) {
                    problems.append("key ").append(k).append(" has ").append(values).append(" in the maps; ");
                }
            }
            t.rollback();
            return problems.length() == 0 ? null : problems.toString();
        } finally {
            store.close();
        }
    }

    /**
     * The file system {@code copying:}: after a random share of the writes to a {@code .mv.db} file,
     * copies the file to {@code stateNNNN.mv.db} beside it, while no other write can happen.
     */
    public static final class Copying extends FilePathWrapper {

        private static final Object WRITES = new Object();
        private static final Random RANDOM = new Random();
        private static final AtomicInteger COPIES = new AtomicInteger();
        private static volatile int wanted;

        static void start(int copies) {
            COPIES.set(0);
            wanted = copies;
        }

        static boolean done() {
            return COPIES.get() >= wanted;
        }

        @Override
        public String getScheme() {
            return "copying";
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            FileChannel file = getBase().open(mode);
            String name = getBase().toString();
            if (!name.endsWith(".mv.db")) {
                return file;
            }
            Path real = Path.of(name.replaceFirst("^file:", ""));
            return new FileBase() {
                @Override
                public int read(ByteBuffer dst) throws IOException {
                    return file.read(dst);
                }

                @Override
                public int read(ByteBuffer dst, long position) throws IOException {
                    return file.read(dst, position);
                }

                @Override
                public int write(ByteBuffer src) throws IOException {
                    synchronized (WRITES) {
                        return copyAfter(file.write(src));
                    }
                }

                @Override
                public int write(ByteBuffer src, long position) throws IOException {
                    synchronized (WRITES) {
                        return copyAfter(file.write(src, position));
                    }
                }

                private int copyAfter(int written) throws IOException {
                    if (COPIES.get() < wanted && RANDOM.nextDouble() < SHARE) {
                        Files.copy(real, real.resolveSibling(String.format("state%04d.mv.db", COPIES.getAndIncrement())));
                    }
                    return written;
                }

                @Override
                public long position() throws IOException {
                    return file.position();
                }

                @Override
                public FileChannel position(long position) throws IOException {
                    file.position(position);
                    return this;
                }

                @Override
                public long size() throws IOException {
                    return file.size();
                }

                @Override
                public FileChannel truncate(long size) throws IOException {
                    synchronized (WRITES) {
                        file.truncate(size);
                        return this;
                    }
                }

                @Override
                public void force(boolean metaData) throws IOException {
                    file.force(metaData);
                }

                @Override
                public FileLock tryLock(long position, long size, boolean shared) throws IOException {
                    return file.tryLock(position, size, shared);
                }

                @Override
                protected void implCloseChannel() throws IOException {
                    file.close();
                }
            };
        }
    }
}
