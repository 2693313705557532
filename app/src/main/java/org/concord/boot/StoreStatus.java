package org.concord.boot;

import org.concord.store.Database;

import java.util.Optional;

/** What the edges may ask of the store (kind, readiness, metrics), so that they need not import it. */
public final class StoreStatus {
    private final Database db;

    StoreStatus(Database db) { this.db = db; }

    /** The Prometheus registry the store and the server record into. */
    public io.micrometer.prometheusmetrics.PrometheusMeterRegistry metrics() { return db.metrics(); }

    /** The journal's length, for the metrics. */
    public double journalLength() { return db.journalLength(); }

    public String schemaVersion() { return db.schemaVersion(); }

    /** Why the store is not ready now, if it is not. */
    public Optional<String> unready() { return db.unready(); }

    /** "embedded-postgresql", "postgresql" or "h2". */
    public String kind() { return db.kind(); }

    /** Where the data is, without credentials. */
    public String describe() { return db.describe(); }
}
