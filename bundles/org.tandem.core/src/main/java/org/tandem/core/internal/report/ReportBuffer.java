package org.tandem.core.internal.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a renderer writes: memory, so a failure half-way leaves the caller's stream untouched; at
 * most {@link #MAX} bytes, so a renderer that writes without end fails instead of filling the
 * heap; and refusing every write once the report is given up, so a renderer that ignores its
 * interruption after a timeout cannot keep growing it.
 */
final class ReportBuffer extends OutputStream {

    /** Bytes of one report: far above any real one (a report is some hundred KB). */
    static final int MAX = 64 * 1024 * 1024;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16_384);
    private volatile boolean abandoned;

    @Override
    public synchronized void write(int b) throws IOException {
        room(1);
        bytes.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        room(len);
        bytes.write(b, off, len);
    }

    private void room(int n) throws IOException {
        if (abandoned) {
            throw new IOException("the report was given up");
        }
        if (bytes.size() + (long) n > MAX) {
            throw new IOException("the report is larger than " + MAX + " bytes");
        }
    }

    /** Refuses every further write: the report is not wanted any more. */
    void abandon() {
        abandoned = true;
    }

    synchronized int size() {
        return bytes.size();
    }

    synchronized void writeTo(OutputStream out) throws IOException {
        bytes.writeTo(out);
    }
}
