package org.concord.cli;

import org.concord.boot.Concord;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.model.ItemId;
import org.concord.shared.Principal;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.function.Function;

/** What every command that acts on one decision item shares: the database, who acts, the item, the version read, the output. */
final class ItemWrite {
    @Mixin DbOptions db;
    @Mixin ActorOption actor;

    // These commands' --version is the item version read, so they take --help alone rather than picocli's standard pair.
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Parameters(paramLabel = "ID", description = "The item id.")
    String id;

    @Option(names = "--version", required = true, description = "The item version you read (a stale one is refused).")
    Long version;

    @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).")
    Output.Format format;

    Principal principal() { return actor.principal(); }

    ItemId itemId() { return ItemsCommand.itemId(id); }

    Long version() { return version; }

    /** Runs {@code action} on the database and prints the item it returns. */
    Integer write(CommandSpec spec, Function<Concord, ItemView> action) { return ItemsCommand.write(db, spec, format, action); }
}
