package org.concord.boot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.concord.register.data.CorrectionsFile;
import org.concord.register.data.RegisterFile;
import org.concord.shared.InvalidInput;
import org.concord.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reading and writing register files: YAML ({@code .yaml}, {@code .yml}) or JSON (anything else). */
public final class DataFiles {
    static final String BUILT_IN = "/data/nato-2026.yaml";

    private DataFiles() {}

    static final String BUILT_IN_QUESTIONS = "/data/nato-2026-questions.yaml";

    /** The open questions of the source article that ship with the built-in register. */
    static Optional<QuestionsFile> builtInQuestions() { return builtInQuestions(BUILT_IN_QUESTIONS); }

    /** A questions file shipped as a resource ({@code /data/...}), if there is one. */
    static Optional<QuestionsFile> builtInQuestions(String resource) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) return Optional.empty();
            QuestionsFile q = Json.yaml().readValue(in, QuestionsFile.class);
            if (!QuestionsFile.FORMAT.equals(q.format())) throw new IllegalStateException("built-in questions: format must be " + QuestionsFile.FORMAT);
            return Optional.of(q);
        } catch (IOException e) {
            throw new IllegalStateException("the built-in questions are unreadable: " + e.getMessage(), e);
        }
    }

    static final String BUILT_IN_CORRECTIONS = "/data/nato-2026-corrections.yaml";

    /** The corrections that bring a database loaded from an earlier edition of the built-in register up to date. */
    static CorrectionsFile builtInCorrections() {
        try (InputStream in = DataFiles.class.getResourceAsStream(BUILT_IN_CORRECTIONS)) {
            if (in == null) return new CorrectionsFile(CorrectionsFile.FORMAT, "none", null, java.util.List.of());
            return Json.yaml().readValue(in, CorrectionsFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("the built-in corrections are unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * A SHA-256 digest of the built-in register, its corrections and the earlier editions they name, as shipped in this
     * jar: what a database checked against the corrections once need not be checked again while it is the same.
     */
    static String builtInDigest() {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            byte[] corrections = resource(BUILT_IN_CORRECTIONS);
            sha.update(corrections);
            sha.update(resource(BUILT_IN));
            var previous = java.util.regex.Pattern.compile("(?m)^previous:\\s*(\\S+)").matcher(new String(corrections, java.nio.charset.StandardCharsets.UTF_8));
            while (previous.find()) sha.update(resource("/data/" + previous.group(1)));
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = DataFiles.class.getResourceAsStream(name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("the built-in resource " + name + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** The built-in NATO 2026 register. */
    public static RegisterFile builtIn() { return builtIn(BUILT_IN); }

    /** A register file shipped in the jar, e.g. an earlier edition of the built-in one ({@code /data/NAME}). */
    static RegisterFile builtIn(String resource) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the built-in dataset " + resource + " is missing from the jar");
            return Json.yaml().readValue(in, RegisterFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("the built-in dataset is unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * @throws InvalidInput naming the file, and the line and field where the parser stopped
     */
    public static RegisterFile read(Path file) {
        ObjectMapper m = isYaml(file) ? Json.yaml() : Json.mapper();
        try {
            // a key given twice would otherwise be read as its last value alone: a second "members: []" emptied the register
            RegisterFile read = m.readerFor(RegisterFile.class).with(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readValue(file.toFile());
            // a document that is only null (JSON "null", a YAML "~") reads as no register at all
            if (read == null) throw new InvalidInput(file.toString(), "must be a mapping (key: value), not null");
            return read;
        } catch (JsonProcessingException e) {
            throw new InvalidInput(describe(file, e), reason(e));
        } catch (IOException e) {
            if (!Files.exists(file)) throw new InvalidInput(file.toString(), "no such file");
            throw new InvalidInput(file.toString(), "cannot be read: " + e.getMessage());
        }
    }

    /** Writes {@code register} to {@code file}, replacing it. */
    public static void write(Path file, RegisterFile register) {
        ObjectMapper m = isYaml(file) ? Json.yaml() : Json.mapper();
        Path tmp = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            if (Files.isDirectory(file)) throw new UncheckedIOException("cannot write " + file + ": it is a folder", new IOException(file + " is a folder"));
            tmp = Files.createTempFile(parent, ".concord-export", ".tmp");
            m.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), register);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            // a write that failed leaves no partial copy of the register beside the file it was meant for
            if (tmp != null) try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // moved into place, or nothing left to remove
            }
        }
    }

    private static boolean isYaml(Path file) {
        String n = file.getFileName().toString().toLowerCase();
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    private static String describe(Path file, JsonProcessingException e) {
        StringBuilder sb = new StringBuilder(file.toString());
        if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
            sb.append(": line ").append(e.getLocation().getLineNr());
            if (e.getLocation().getColumnNr() > 0) sb.append(", column ").append(e.getLocation().getColumnNr());
        }
        if (e instanceof JsonMappingException jm && !jm.getPath().isEmpty()) sb.append(" ").append(path(jm));
        return sb.toString();
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getIndex() >= 0) sb.append('[').append(ref.getIndex()).append(']');
            else {
                if (!sb.isEmpty()) sb.append('.');
                sb.append(ref.getFieldName());
            }
        }
        return sb.toString();
    }

    /** What is wrong, in the file's terms: a syntax error as the parser says it, a wrong kind of value without Java types. */
    private static String reason(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) return "unknown field '" + u.getPropertyName() + "'";
        if (e instanceof com.fasterxml.jackson.core.exc.StreamReadException && e.getOriginalMessage().startsWith("Duplicate field"))
            return e.getOriginalMessage().replaceFirst("^Duplicate field (.*)$", "the key $1 is given twice");
        if (e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null)
            return "must be " + kind(m.getTargetType());
        if (e instanceof com.fasterxml.jackson.core.JsonParseException || e.getClass().getName().contains("yaml"))
            return "syntax error: " + e.getOriginalMessage().lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("in '"))
                    .reduce((a, b) -> a + " " + b).orElse("unreadable").replaceAll("\\s*at \\[Source.*$", "");
        return e.getOriginalMessage().lines().findFirst().orElse("unreadable").replaceAll("`[a-z]+(\\.[a-zA-Z$]+)+`", "a value of another kind");
    }

    private static String kind(Class<?> t) {
        if (t == String.class) return "text";
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) return "a whole number";
        if (t == Double.class || t == double.class) return "a number";
        if (t == Boolean.class || t == boolean.class) return "true or false";
        if (java.util.Collection.class.isAssignableFrom(t) || t.isArray()) return "a list";
        return "a mapping (key: value)";
    }
}
