package org.concord.boot;

import org.concord.journal.Journal;
import org.concord.journal.JournalService;
import org.concord.register.application.RegisterService;
import org.concord.register.data.RegisterFile;
import org.concord.shared.Principal;
import org.concord.store.Database;
import org.concord.store.Json;
import org.concord.store.Stores;
import org.concord.shared.tx.Transactions;

import java.util.Optional;

/** One running Concord: the database and every application service on it. */
public final class Concord implements AutoCloseable {
    private final Database db;
    private final Transactions tx;
    private final Journal journal;
    private final RegisterService register;
    private final JournalService journalService;
    private final Settings settings;

    private Concord(Settings settings, Database db) {
        this.settings = settings;
        this.db = db;
        this.tx = Stores.transactions(db);
        this.journal = new Journal(Json.mapper(), settings.clock());
        this.register = new RegisterService(tx, journal);
        this.journalService = new JournalService(tx, journal);
    }

    /** Opens (and migrates) the database the settings name. */
    public static Concord open(Settings settings) {
        Database db = settings.dbUrl()
                .map(url -> Database.open(url, settings.dbUser().orElse(null), settings.dbPassword().orElse(null)))
                .orElseGet(() -> Database.openDefault(settings.home()));
        return new Concord(settings, db);
    }

    /**
     * Loads the built-in dataset (or the configured data file) when the register is empty; does nothing otherwise.
     *
     * @return the import summary when something was loaded
     */
    public Optional<RegisterService.ImportSummary> loadDefaultsIfEmpty() {
        Principal system = Principal.system();
        if (!register.isEmpty(system)) return Optional.empty();
        RegisterFile file = settings.dataFile().map(DataFiles::read).orElseGet(DataFiles::builtIn);
        try {
            return Optional.of(register.importFile(system, file));
        } catch (org.concord.shared.Conflict raced) {
            return Optional.empty(); // another process loaded it first
        }
    }

    public RegisterService register() { return register; }

    public JournalService journal() { return journalService; }

    public Journal journalChain() { return journal; }

    public Transactions transactions() { return tx; }

    public Database database() { return db; }

    public Settings settings() { return settings; }

    @Override public void close() { db.close(); }
}
