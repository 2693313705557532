package org.concord.cli;

import picocli.CommandLine.Command;

/** The top command. */
@Command(name = "concord", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The desk for consensus decisions: register, procedure, journal and forecasts.",
        subcommands = {ServeCommand.class, MembersCommand.class, PartnersCommand.class, MissionsCommand.class,
                EventsCommand.class, ItemsCommand.class, ImportCommand.class, ExportCommand.class, JournalCommand.class,
                UsersCommand.class, TokensCommand.class, AuditCommand.class, ApiCommand.class, IssuesCommand.class, StancesCommand.class, RisksCommand.class, ForecastCommand.class,
                BackupCommand.class, RestoreCommand.class, ReviewsCommand.class, PortfolioCommand.class})
final class ConcordCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }
}
