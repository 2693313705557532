package org.concord.cli;

import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code ./concord} example in the README's code blocks runs as written, in the README's order, on one fresh
 * database, and succeeds (only {@code serve} and {@code test}, which do not return, are left out; an example that
 * names its own {@code --db} gets a fresh database of its own).
 */
class ReadmeExamplesIT {
    static Path repoFile(String name) {
        for (Path p : List.of(Path.of(name), Path.of("..", name))) if (Files.exists(p)) return p;
        throw new IllegalStateException(name + " is not found from " + Path.of("").toAbsolutePath());
    }

    /** The README's {@code ./concord} commands: continuation lines joined, comments cut, {@code &&} chains split. */
    static List<List<String>> commands(String readme) {
        List<List<String>> commands = new ArrayList<>();
        boolean inBlock = false;
        StringBuilder pending = new StringBuilder();
        for (String line : readme.lines().toList()) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock) continue;
            pending.append(line.stripTrailing());
            if (pending.toString().endsWith("\\")) {
                pending.setLength(pending.length() - 1);
                continue;
            }
            String full = pending.toString().trim();
            pending.setLength(0);
            for (List<String> words : split(full))
                if (words.size() > 1 && words.get(0).equals("./concord") && !List.of("serve", "test").contains(words.get(1)))
                    commands.add(words.subList(1, words.size()));
        }
        return commands;
    }

    /** Shell-like words of a line: double and single quotes, {@code #} comments, {@code &&} separating commands. */
    static List<List<String>> split(String line) {
        List<List<String>> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else word.append(c);
            } else if (c == '"' || c == '\'') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) words.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else if (c == '#' && !inWord) {
                break;
            } else if (c == '&' && !inWord && line.startsWith("&&", i)) {
                out.add(words);
                words = new ArrayList<>();
                i++;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) words.add(word.toString());
        out.add(words);
        return out;
    }

    @Test
    void the_shell_splitter_keeps_quoted_text_and_cuts_comments_and_chains() {
        assertThat(split("./concord a --x \"b # c\" # note && more")).containsExactly(List.of("./concord", "a", "--x", "b # c"));
        assertThat(split("./concord a && ./concord b")).containsExactly(List.of("./concord", "a"), List.of("./concord", "b"));
    }

    @Test
    void every_concord_example_in_the_readme_works_as_written_on_a_fresh_database() throws Exception {
        List<List<String>> commands = commands(Files.readString(repoFile("README.md")));
        assertThat(commands).as("the README's examples").hasSizeGreaterThan(15);
        String db = TestDatabases.migrated(TestDatabases.Kind.H2);
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>();
            String target = command.contains("--db") ? TestDatabases.migrated(TestDatabases.Kind.H2) : db;
            for (int i = 0; i < command.size(); i++) {
                String a = command.get(i);
                if (a.equals("--db")) {
                    i++; // the README's own database: a fresh one of the test's
                    continue;
                }
                Path relative = Path.of("..", a);
                args.add(!a.startsWith("-") && a.contains("/") && !Files.exists(Path.of(a)) && Files.exists(relative) ? relative.toString() : a);
            }
            if (!List.of("api").contains(args.get(0))) args.addAll(List.of("--db", target));
            ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
            int code = Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertThat(code).as("./concord " + String.join(" ", command) + "\n" + err.toString(StandardCharsets.UTF_8)).isZero();
        }
    }
}
