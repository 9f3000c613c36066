package org.tandem.core.internal.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a renderer writes before the caller sees a byte, so a failure half-way leaves the caller's
 * stream untouched: memory up to {@link #MEMORY} bytes, then a temporary file, so a large report
 * (the answers of 100,000 responses are some 200 MB of CSV) neither fails nor fills the heap; at most
 * {@code max} bytes (by default {@link #MAX}), so a renderer that writes without end fails instead of filling the disk; and
 * refusing every write once the report is given up, so a renderer that ignores its interruption
 * after a timeout cannot keep growing it. {@link #discard} removes the file.
 */
final class ReportBuffer extends OutputStream {

    /** Bytes kept in memory; a report of a few hundred responses stays below it. */
    static final int MEMORY = 8 * 1024 * 1024;

    /** Bytes of one report by default: far above any real one (the answers of 100,000 responses are about 200 MB). */
    static final long MAX = 2L * 1024 * 1024 * 1024;

    private final long max;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
    private Path file;
    private OutputStream spill;
    private long size;
    private volatile boolean abandoned;

    /** The report when it is all in memory (not spilled to a file), else null. */
    synchronized byte[] inMemory() {
        return file == null && !abandoned ? bytes.toByteArray() : null;
    }

    /** A buffer for a report of at most {@code max} bytes. */
    ReportBuffer(long max) {
        this.max = max;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        room(1).write(b);
        size++;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        room(len).write(b, off, len);
        size += len;
    }

    /** Where the next {@code n} bytes go. */
    private OutputStream room(int n) throws IOException {
        if (abandoned) {
            throw new IOException("the report was given up");
        }
        if (size + n > max) {
            throw new IOException("the report is larger than " + max + " bytes");
        }
        if (spill == null && size + n > MEMORY) {
            file = Files.createTempFile("tandem-report-", ".part");
            spill = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
            bytes.writeTo(spill);
            bytes.reset();
        }
        return spill != null ? spill : bytes;
    }

    /** Refuses every further write: the report is not wanted any more. */
    void abandon() {
        abandoned = true;
    }

    synchronized long size() {
        return size;
    }

    synchronized void writeTo(OutputStream out) throws IOException {
        if (spill == null) {
            bytes.writeTo(out);
            return;
        }
        spill.flush();
        Files.copy(file, out);
    }

    /**
     * Gives the report up and removes its temporary file, if any. Not {@link #close}: a renderer may
     * close the stream it was given when it is done, which must keep what it wrote.
     */
    synchronized void discard() {
        abandoned = true;
        if (spill != null) {
            try {
                spill.close();
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit(); // the temporary directory is cleaned up in the end anyway
            }
            spill = null;
        }
    }
}
