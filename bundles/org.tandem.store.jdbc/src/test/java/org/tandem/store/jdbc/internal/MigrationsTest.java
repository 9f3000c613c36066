package org.tandem.store.jdbc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void theListNamesEveryScriptInTheFolderInVersionOrder() throws IOException, URISyntaxException {
        Path folder = Path.of(Migrations.class.getClassLoader().getResource(Migrations.FOLDER).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(names.stream().sorted().toList(), Migrations.SCRIPTS.stream().sorted().toList());
        }
        List<Integer> versions = Migrations.SCRIPTS.stream().map(s -> Migrations.Script.of(s).version()).toList();
        for (int i = 0; i < versions.size(); i++) {
            assertEquals(i + 1, versions.get(i), "versions count up from 1 without gaps");
        }
    }

    @Test
    void scriptNamesGiveVersionAndDescription() {
        Migrations.Script s = Migrations.Script.of("V12__respondent_reminders.sql");
        assertEquals(12, s.version());
        assertEquals("respondent reminders", s.description());
        assertEquals("db/migration/V12__respondent_reminders.sql", s.resource());
        assertThrows(IllegalArgumentException.class, () -> Migrations.Script.of("12_reminders.sql"));
    }

    @Test
    void statementsAreSplitAtLineEndingSemicolonsWithoutComments() {
        String script = """
                -- a comment; with a semicolon
                CREATE TABLE a (
                    x INT -- trailing
                );

                CREATE INDEX a_x ON a (x);
                """;
        assertEquals(List.of("CREATE TABLE a (\n    x INT -- trailing\n)", "CREATE INDEX a_x ON a (x)"),
                Migrations.statements(script));
    }
}
