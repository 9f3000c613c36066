package org.tandem.core.internal.registry;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerConsumer;

/**
 * An OSGi {@link Logger} that keeps every message, formatted as the Log Service would ({@code {}}
 * replaced by the arguments in order), so a test can check what an operator reads in the log.
 */
public final class RecordingLogger implements Logger {

    /** One logged message. */
    public record Entry(LogLevel level, String message) {
    }

    private final List<Entry> entries = new CopyOnWriteArrayList<>();

    /** Every message so far, oldest first. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The messages logged at {@code level}, oldest first. */
    public List<String> messages(LogLevel level) {
        return entries.stream().filter(e -> e.level() == level).map(Entry::message).toList();
    }

    public void clear() {
        entries.clear();
    }

    private void log(LogLevel level, String format, Object... arguments) {
        StringBuilder message = new StringBuilder();
        int from = 0;
        int used = 0;
        for (int at = format.indexOf("{}"); at >= 0 && used < arguments.length; at = format.indexOf("{}", from)) {
            message.append(format, from, at).append(arguments[used++]);
            from = at + 2;
        }
        message.append(format.substring(from));
        if (used < arguments.length && arguments[arguments.length - 1] instanceof Throwable t) {
            message.append(' ').append(t);
        }
        entries.add(new Entry(level, message.toString()));
    }

    @Override
    public String getName() {
        return "test";
    }

    @Override
    public boolean isTraceEnabled() {
        return true;
    }

    @Override
    public void trace(String message) {
        log(LogLevel.TRACE, message);
    }

    @Override
    public void trace(String format, Object arg) {
        log(LogLevel.TRACE, format, arg);
    }

    @Override
    public void trace(String format, Object arg1, Object arg2) {
        log(LogLevel.TRACE, format, arg1, arg2);
    }

    @Override
    public void trace(String format, Object... arguments) {
        log(LogLevel.TRACE, format, arguments);
    }

    @Override
    public <E extends Exception> void trace(LoggerConsumer<E> consumer) throws E {
        consumer.accept(this);
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(String message) {
        log(LogLevel.DEBUG, message);
    }

    @Override
    public void debug(String format, Object arg) {
        log(LogLevel.DEBUG, format, arg);
    }

    @Override
    public void debug(String format, Object arg1, Object arg2) {
        log(LogLevel.DEBUG, format, arg1, arg2);
    }

    @Override
    public void debug(String format, Object... arguments) {
        log(LogLevel.DEBUG, format, arguments);
    }

    @Override
    public <E extends Exception> void debug(LoggerConsumer<E> consumer) throws E {
        consumer.accept(this);
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(String message) {
        log(LogLevel.INFO, message);
    }

    @Override
    public void info(String format, Object arg) {
        log(LogLevel.INFO, format, arg);
    }

    @Override
    public void info(String format, Object arg1, Object arg2) {
        log(LogLevel.INFO, format, arg1, arg2);
    }

    @Override
    public void info(String format, Object... arguments) {
        log(LogLevel.INFO, format, arguments);
    }

    @Override
    public <E extends Exception> void info(LoggerConsumer<E> consumer) throws E {
        consumer.accept(this);
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(String message) {
        log(LogLevel.WARN, message);
    }

    @Override
    public void warn(String format, Object arg) {
        log(LogLevel.WARN, format, arg);
    }

    @Override
    public void warn(String format, Object arg1, Object arg2) {
        log(LogLevel.WARN, format, arg1, arg2);
    }

    @Override
    public void warn(String format, Object... arguments) {
        log(LogLevel.WARN, format, arguments);
    }

    @Override
    public <E extends Exception> void warn(LoggerConsumer<E> consumer) throws E {
        consumer.accept(this);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(String message) {
        log(LogLevel.ERROR, message);
    }

    @Override
    public void error(String format, Object arg) {
        log(LogLevel.ERROR, format, arg);
    }

    @Override
    public void error(String format, Object arg1, Object arg2) {
        log(LogLevel.ERROR, format, arg1, arg2);
    }

    @Override
    public void error(String format, Object... arguments) {
        log(LogLevel.ERROR, format, arguments);
    }

    @Override
    public <E extends Exception> void error(LoggerConsumer<E> consumer) throws E {
        consumer.accept(this);
    }

    @Override
    public void audit(String message) {
        log(LogLevel.AUDIT, message);
    }

    @Override
    public void audit(String format, Object arg) {
        log(LogLevel.AUDIT, format, arg);
    }

    @Override
    public void audit(String format, Object arg1, Object arg2) {
        log(LogLevel.AUDIT, format, arg1, arg2);
    }

    @Override
    public void audit(String format, Object... arguments) {
        log(LogLevel.AUDIT, format, arguments);
    }
}
