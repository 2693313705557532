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
    private final boolean stderrIsTerminal;

    /** @param stderrIsTerminal whether the standard error the commands write to is a terminal (progress bars) */
    ConcordCommand(boolean stderrIsTerminal) { this.stderrIsTerminal = stderrIsTerminal; }

    /** A command tree whose standard error is not a terminal (help texts, tests that capture the output). */
    ConcordCommand() { this(false); }

    boolean stderrIsTerminal() { return stderrIsTerminal; }

    @Override public void run() { throw Usage.missingSubcommand(spec); }
}
