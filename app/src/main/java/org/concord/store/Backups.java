package org.concord.store;

import org.concord.shared.StoreUnavailable;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.concord.shared.InvalidInput;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Backup and restore of every table of a Concord database (except Flyway's history), table by table and row by row,
 * as gzip-compressed JSON: {@code {"format":"concord-backup","formatVersion":1,"schemaVersion":"6","createdAt":...,
 * "tables":{"member":{"columns":[...],"rows":[[...],...]},...}}}. The same file restores into H2 and PostgreSQL.
 *
 * <p>A backup reads one consistent snapshot (REPEATABLE READ; on H2 the journal head is also locked, so no write
 * commits meanwhile) and may run while the server serves. The file is created readable by its owner only: it
 * holds password and token hashes and classified records.
 */
public final class Backups {
    public static final String FORMAT = "concord-backup";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Backups() {}

    /** What a backup or restore moved: rows per table, in restore order. */
    public record Summary(Map<String, Long> rows, String schemaVersion) {
        long total() { return rows.values().stream().mapToLong(Long::longValue).sum(); }
    }

    /**
     * Writes every table of {@code db} to {@code file} (replaced atomically if it exists), mode 0600.
     *
     * @throws StoreUnavailable if the database cannot be read
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static Summary backup(Database db, Path file) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, ".concord-backup-", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write a backup in " + dir + ": " + LocalPostgres.reason(e), e);
        }
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(db.isPostgres()); // H2 takes a row lock below, which a read-only H2 transaction may not
            if (!db.isPostgres()) try (Statement s = c.createStatement()) {
                s.executeQuery("SELECT seq FROM journal_head WHERE id = 1 FOR UPDATE").close(); // H2: hold writers off while reading
            }
            Summary summary;
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16);
                 JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                summary = write(c, g);
            }
            c.rollback();
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary;
        } catch (SQLException e) {
            throw new StoreUnavailable("cannot read the database for a backup: " + Database.rootMessage(e));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write the backup " + file + ": " + LocalPostgres.reason(e), e);
        } finally {
            try { Files.deleteIfExists(tmp); } catch (IOException ignored) { /* moved, or nothing to clean */ }
        }
    }

    private static Summary write(Connection c, JsonGenerator g) throws SQLException, IOException {
        String schema = schemaVersion(c);
        Map<String, Long> counts = new LinkedHashMap<>();
        g.writeStartObject();
        g.writeStringField("format", FORMAT);
        g.writeNumberField("formatVersion", 1);
        g.writeStringField("schemaVersion", schema);
        g.writeStringField("createdAt", Instant.now().toString());
        g.writeObjectFieldStart("tables");
        for (String table : tablesInOrder(c)) {
            g.writeObjectFieldStart(table);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + orderBy(c, table))) {
                ResultSetMetaData md = rs.getMetaData();
                g.writeArrayFieldStart("columns");
                for (int i = 1; i <= md.getColumnCount(); i++) g.writeString(md.getColumnName(i).toLowerCase(Locale.ROOT));
                g.writeEndArray();
                g.writeArrayFieldStart("rows");
                long n = 0;
                while (rs.next()) {
                    g.writeStartArray();
                    for (int i = 1; i <= md.getColumnCount(); i++) writeValue(g, rs, i, md.getColumnType(i));
                    g.writeEndArray();
                    n++;
                }
                g.writeEndArray();
                counts.put(table, n);
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
        return new Summary(counts, schema);
    }

    private static void writeValue(JsonGenerator g, ResultSet rs, int i, int type) throws SQLException, IOException {
        Object probe = rs.getObject(i);
        if (probe == null) {
            g.writeNull();
            return;
        }
        switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> g.writeNumber(rs.getLong(i));
            case Types.NUMERIC, Types.DECIMAL -> g.writeNumber(rs.getBigDecimal(i));
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> g.writeNumber(rs.getDouble(i));
            case Types.BOOLEAN, Types.BIT -> g.writeBoolean(rs.getBoolean(i));
            case Types.DATE -> g.writeString(rs.getObject(i, LocalDate.class).toString());
            case Types.TIMESTAMP_WITH_TIMEZONE -> g.writeString(rs.getObject(i, OffsetDateTime.class).toString());
            case Types.TIMESTAMP -> {
                // PostgreSQL reports timestamptz as TIMESTAMP; an offset-carrying read works for both kinds there
                try {
                    g.writeString(rs.getObject(i, OffsetDateTime.class).toString());
                } catch (SQLException notZoned) {
                    g.writeString(rs.getObject(i, LocalDateTime.class).toString());
                }
            }
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> g.writeString(Base64.getEncoder().encodeToString(rs.getBytes(i)));
            default -> g.writeString(rs.getString(i));
        }
    }

    /** A backup read into memory, checked for its format; {@link #journal} gives its journal rows for verification. */
    public record Contents(String schemaVersion, JsonNode tables) {
        /** Feeds the journal rows to {@code sink} in file order, as column-name maps. */
        public void journal(Consumer<Map<String, JsonNode>> sink) { rows("journal", sink); }

        /** The journal head row as a column-name map, if the backup has one. */
        public Map<String, JsonNode> journalHead() {
            List<Map<String, JsonNode>> rows = new ArrayList<>();
            rows("journal_head", rows::add);
            return rows.isEmpty() ? Map.of() : rows.getFirst();
        }

        private void rows(String table, Consumer<Map<String, JsonNode>> sink) {
            JsonNode t = tables.get(table);
            if (t == null) return;
            List<String> cols = new ArrayList<>();
            t.get("columns").forEach(c -> cols.add(c.asText()));
            for (JsonNode row : t.get("rows")) {
                Map<String, JsonNode> m = new LinkedHashMap<>();
                for (int i = 0; i < cols.size(); i++) m.put(cols.get(i), row.get(i));
                sink.accept(m);
            }
        }
    }

    /**
     * Reads and checks a backup file.
     *
     * @throws InvalidInput naming the file and what is wrong with it
     */
    public static Contents read(Path file) {
        JsonNode root;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            root = JSON.readTree(in);
        } catch (NoSuchFileException e) {
            throw new InvalidInput(file.toString(), "no such file");
        } catch (IOException e) {
            throw new InvalidInput(file.toString(), "is not a Concord backup (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("")) + ")");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText()) || !root.path("tables").isObject())
            throw new InvalidInput(file.toString(), "is not a Concord backup (no \"format\": \"" + FORMAT + "\" with tables)");
        if (root.path("formatVersion").asInt() != 1)
            throw new InvalidInput(file.toString(), "has backup format version " + root.path("formatVersion") + "; this Concord reads version 1");
        for (var t : root.get("tables").properties()) {
            if (!t.getValue().path("columns").isArray() || !t.getValue().path("rows").isArray())
                throw new InvalidInput(file.toString(), "table " + t.getKey() + " has no columns or rows array");
            int width = t.getValue().get("columns").size();
            for (JsonNode row : t.getValue().get("rows"))
                if (!row.isArray() || row.size() != width) throw new InvalidInput(file.toString(), "a row of " + t.getKey() + " does not have " + width + " values");
        }
        return new Contents(root.path("schemaVersion").asText(), root.get("tables"));
    }

    /**
     * Restores {@code backup} into {@code db} in one transaction: every table of the backup is emptied and refilled,
     * identity counters move past the restored ids. Refuses a database that already holds a journal or users, a
     * backup of a newer schema, and a column the database does not have; writes nothing then.
     *
     * @throws InvalidInput with the reason
     */
    public static Summary restore(Database db, Contents backup) {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                String schema = schemaVersion(c);
                if (compareVersions(backup.schemaVersion(), schema) > 0)
                    throw new InvalidInput("FILE", "the backup is of schema version " + backup.schemaVersion() + ", newer than this Concord's " + schema + ": restore it with a newer Concord");
                for (String t : List.of("journal", "app_user")) {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                        rs.next();
                        if (rs.getLong(1) > 0) throw new InvalidInput("database", "it is not empty (its " + t + " has " + rs.getLong(1)
                                + " rows): restore into a new CONCORD_HOME or an empty database");
                    }
                }
                List<String> order = tablesInOrder(c);
                Map<String, Long> counts = new LinkedHashMap<>();
                for (var it = backup.tables().fieldNames(); it.hasNext(); ) {
                    String t = it.next();
                    if (!order.contains(t)) throw new InvalidInput("FILE", "the backup has a table " + t + " this database does not have");
                }
                List<String> present = order.stream().filter(t -> backup.tables().has(t)).toList();
                for (String t : present.reversed()) try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM " + t);
                }
                for (String t : present) counts.put(t, insert(c, t, backup.tables().get(t)));
                c.commit();
                return new Summary(counts, backup.schemaVersion());
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new InvalidInput("FILE", "the backup does not fit this database: " + Database.rootMessage(e));
        }
    }

    private static long insert(Connection c, String table, JsonNode data) throws SQLException {
        Map<String, Column> columns = columns(c, table);
        List<String> names = new ArrayList<>();
        data.get("columns").forEach(n -> names.add(n.asText()));
        for (String n : names)
            if (!columns.containsKey(n)) throw new InvalidInput("FILE", "the backup's " + table + "." + n + " is not a column of this database");
        String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (" + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (JsonNode row : data.get("rows")) {
                for (int i = 0; i < names.size(); i++) bind(ps, i + 1, columns.get(names.get(i)), row.get(i), table, n + 1);
                ps.addBatch();
                if (++n % 500 == 0) ps.executeBatch();
            }
            ps.executeBatch();
        }
        for (Column col : columns.values()) {
            if (!col.identity() || !names.contains(col.name())) continue;
            long next;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(" + col.name() + "), 0) + 1 FROM " + table)) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + table + " ALTER COLUMN " + col.name() + " RESTART WITH " + next);
            }
        }
        return n;
    }

    /**
     * Binds one value as the type its column has, exactly as {@link #writeValue} wrote it: a value of another kind (text
     * in an integer column, a fraction, an object, a date that does not parse) is refused naming its table, column and
     * row, rather than converted into something the backup did not hold (Jackson's {@code asLong} reads "twelve" as 0).
     */
    private static void bind(PreparedStatement ps, int i, Column col, JsonNode v, String table, long row) throws SQLException {
        if (v == null || v.isNull()) {
            ps.setNull(i, col.type());
            return;
        }
        switch (col.type()) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> {
                if (!v.isIntegralNumber() || !v.canConvertToLong()) throw wrongValue(table, col, row, v, "an integer");
                ps.setLong(i, v.longValue());
            }
            case Types.NUMERIC, Types.DECIMAL -> {
                if (!v.isNumber()) throw wrongValue(table, col, row, v, "a number");
                ps.setBigDecimal(i, v.decimalValue());
            }
            case Types.DOUBLE, Types.FLOAT, Types.REAL -> {
                if (!v.isNumber()) throw wrongValue(table, col, row, v, "a number");
                ps.setDouble(i, v.doubleValue());
            }
            case Types.BOOLEAN, Types.BIT -> {
                if (!v.isBoolean()) throw wrongValue(table, col, row, v, "true or false");
                ps.setBoolean(i, v.booleanValue());
            }
            case Types.DATE -> ps.setObject(i, parsed(table, col, row, v, "a date (YYYY-MM-DD)", LocalDate::parse));
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> ps.setObject(i, parsed(table, col, row, v, "a timestamp",
                    s -> s.endsWith("Z") || s.matches(".*[+-]\\d\\d:\\d\\d$") ? OffsetDateTime.parse(s) : LocalDateTime.parse(s)));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    ps.setBytes(i, parsed(table, col, row, v, "base64 bytes", Base64.getDecoder()::decode));
            default -> {
                if (!v.isTextual()) throw wrongValue(table, col, row, v, "text");
                ps.setString(i, v.textValue());
            }
        }
    }

    private static <T> T parsed(String table, Column col, long row, JsonNode v, String expected, java.util.function.Function<String, T> parse) {
        if (!v.isTextual()) throw wrongValue(table, col, row, v, expected);
        try {
            return parse.apply(v.textValue());
        } catch (RuntimeException e) {
            throw wrongValue(table, col, row, v, expected);
        }
    }

    private static InvalidInput wrongValue(String table, Column col, long row, JsonNode v, String expected) {
        String shown = v.toString();
        return new InvalidInput("FILE", "the backup's " + table + "." + col.name() + " in row " + row + " is "
                + (shown.length() > 60 ? shown.substring(0, 60) + "..." : shown) + ", not " + expected);
    }

    private record Column(String name, int type, boolean identity) {}

    private static Map<String, Column> columns(Connection c, String table) throws SQLException {
        Map<String, Column> out = new LinkedHashMap<>();
        DatabaseMetaData md = c.getMetaData();
        try (ResultSet rs = md.getColumns(null, schemaOf(c), tableName(c, table), null)) {
            while (rs.next())
                out.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), new Column(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        rs.getInt("DATA_TYPE"), "YES".equals(rs.getString("IS_AUTOINCREMENT"))));
        }
        return out;
    }

    /** Every table but Flyway's, parents before the tables that reference them, lower-case. */
    static List<String> tablesInOrder(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = md.getTables(null, schemaOf(c), "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                String t = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!t.equals("flyway_schema_history")) tables.add(t);
            }
        }
        tables.sort(null);
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String t : tables) {
            Set<String> p = new LinkedHashSet<>();
            try (ResultSet rs = md.getImportedKeys(null, schemaOf(c), tableName(c, t))) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(t)) p.add(parent);
                }
            }
            parents.put(t, p);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < tables.size()) {
            boolean progressed = false;
            for (String t : tables) {
                if (ordered.contains(t) || !ordered.containsAll(parents.get(t).stream().filter(tables::contains).toList())) continue;
                ordered.add(t);
                progressed = true;
            }
            if (!progressed) throw new IllegalStateException("the tables' foreign keys form a cycle: " + parents);
        }
        return ordered;
    }

    private static String orderBy(Connection c, String table) throws SQLException {
        java.util.TreeMap<Short, String> pk = new java.util.TreeMap<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, schemaOf(c), tableName(c, table))) {
            while (rs.next()) pk.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME"));
        }
        return pk.isEmpty() ? "" : " ORDER BY " + String.join(", ", pk.values());
    }

    private static boolean isH2(Connection c) throws SQLException { return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2"); }

    private static String schemaOf(Connection c) throws SQLException { return isH2(c) ? "PUBLIC" : c.getSchema(); }

    private static String tableName(Connection c, String table) throws SQLException { return isH2(c) ? table.toUpperCase(Locale.ROOT) : table; }

    private static String schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            String best = "0";
            while (rs.next()) if (compareVersions(rs.getString(1), best) > 0) best = rs.getString(1);
            return best;
        }
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("[._]"), y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? parse(x[i]) : 0, q = i < y.length ? parse(y[i]) : 0;
            if (p != q) return Long.compare(p, q);
        }
        return 0;
    }

    private static long parse(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
