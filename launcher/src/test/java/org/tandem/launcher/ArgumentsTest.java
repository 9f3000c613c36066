package org.tandem.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArgumentsTest {

    @Test
    void noArgumentsRunsWithDefaults() throws LaunchException {
        Arguments args = Arguments.parse();

        assertEquals("run", args.command());
        assertFalse(args.headless());
        assertEquals(OptionalInt.empty(), args.port());
        assertNull(args.data());
        assertFalse(args.help());
        assertFalse(args.version());
    }

    @Test
    void explicitRunCommand() throws LaunchException {
        assertEquals("run", Arguments.parse("run", "--headless").command());
    }

    @Test
    void headless() throws LaunchException {
        Arguments args = Arguments.parse("--headless");

        assertTrue(args.headless());
        assertEquals("run", args.command());
    }

    @Test
    void portAsSeparateValue() throws LaunchException {
        assertEquals(OptionalInt.of(9090), Arguments.parse("--port", "9090").port());
    }

    @Test
    void portWithEquals() throws LaunchException {
        assertEquals(OptionalInt.of(9090), Arguments.parse("--port=9090").port());
    }

    @Test
    void portLimits() throws LaunchException {
        assertEquals(OptionalInt.of(1), Arguments.parse("--port", "1").port());
        assertEquals(OptionalInt.of(65535), Arguments.parse("--port", "65535").port());
    }

    @Test
    void dataDirectory() throws LaunchException {
        assertEquals(Path.of("some/dir"), Arguments.parse("--data", "some/dir").data());
        assertEquals(Path.of("other"), Arguments.parse("--data=other").data());
    }

    @Test
    void checkCommand() throws LaunchException {
        Arguments args = Arguments.parse("check", "--data", "d");

        assertEquals("check", args.command());
        assertEquals(Path.of("d"), args.data());
    }

    @Test
    void aJobTakesEveryArgumentAfterItsNameAsItIs() throws LaunchException {
        Arguments args = Arguments.parse("report", "--model", "partnership", "--help", "--port", "x", "--out=r.html");
        assertEquals("report", args.command());
        assertTrue(args.isJob());
        assertEquals(List.of("--model", "partnership", "--help", "--port", "x", "--out=r.html"), args.job());
        assertFalse(args.help(), "--help after the job's name is the job's");
        assertFalse(Arguments.parse("check").isJob());
    }

    @Test
    void validateIsAJobWithItsFilesAndOptions() throws LaunchException {
        Arguments args = Arguments.parse("validate", "--json", "a.model.json", "b.jar");
        assertTrue(args.isJob());
        assertEquals(List.of("--json", "a.model.json", "b.jar"), args.job());
        assertTrue(Arguments.USAGE.contains("tandem validate [--json]"), Arguments.USAGE);
    }

    @Test
    void optionsBeforeAndAfterTheCommand() throws LaunchException {
        Arguments args = Arguments.parse("--port", "81", "run", "--headless");

        assertEquals("run", args.command());
        assertTrue(args.headless());
        assertEquals(OptionalInt.of(81), args.port());
    }

    @Test
    void helpAndVersion() throws LaunchException {
        assertTrue(Arguments.parse("--help").help());
        assertTrue(Arguments.parse("-h").help());
        assertTrue(Arguments.parse("--version").version());
        assertFalse(Arguments.parse("--version").help());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "0", "70000", "-1", ""})
    void badPortNamesTheValue(String value) {
        LaunchException e = usageError("--port", value);

        assertTrue(e.getMessage().contains("--port"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
    }

    @Test
    void badPortWithEquals() {
        LaunchException e = usageError("--port=abc");

        assertTrue(e.getMessage().contains("--port"), e.getMessage());
        assertTrue(e.getMessage().contains("'abc'"), e.getMessage());
    }

    @Test
    void portWithoutValue() {
        LaunchException e = usageError("--port");

        assertTrue(e.getMessage().startsWith("--port needs a value"), e.getMessage());
    }

    @Test
    void portFollowedByAnotherOption() {
        LaunchException e = usageError("--port", "--headless");

        assertTrue(e.getMessage().startsWith("--port needs a value"), e.getMessage());
    }

    @Test
    void dataWithoutValue() {
        LaunchException e = usageError("--data");

        assertTrue(e.getMessage().startsWith("--data needs a value"), e.getMessage());
    }

    @Test
    void dataWithEmptyValue() {
        LaunchException e = usageError("--data=");

        assertTrue(e.getMessage().startsWith("--data needs a directory"), e.getMessage());
    }

    @Test
    void flagWithValue() {
        LaunchException e = usageError("--headless=false");

        assertTrue(e.getMessage().startsWith("--headless takes no value"), e.getMessage());
    }

    @Test
    void unknownOption() {
        LaunchException e = usageError("--frobnicate");

        assertTrue(e.getMessage().contains("unknown option '--frobnicate'"), e.getMessage());
    }

    @Test
    void unknownShortOption() {
        LaunchException e = usageError("-x");

        assertTrue(e.getMessage().contains("unknown option '-x'"), e.getMessage());
    }

    @Test
    void unknownCommand() {
        LaunchException e = usageError("bogus");

        assertTrue(e.getMessage().contains("unknown command 'bogus'"), e.getMessage());
    }

    @Test
    void twoCommands() {
        LaunchException e = usageError("run", "check");

        assertTrue(e.getMessage().contains("'check'"), e.getMessage());
        assertTrue(e.getMessage().contains("'run'"), e.getMessage());
    }

    @Test
    void usageErrorsPointToHelp() {
        assertTrue(usageError("bogus").getMessage().endsWith("(see tandem --help)"));
    }

    private static LaunchException usageError(String... args) {
        LaunchException e = assertThrows(LaunchException.class, () -> Arguments.parse(args));
        assertEquals(LaunchException.USAGE, e.exitCode());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }
}
