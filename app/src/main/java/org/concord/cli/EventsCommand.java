package org.concord.cli;

import org.concord.register.data.EventData;
import org.concord.register.model.Event;
import org.concord.register.model.EventId;
import org.concord.register.model.Session;
import org.concord.shared.NotFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "events", mixinStandardHelpOptions = true, description = "Summits, side events and their sessions.",
        subcommands = {EventsCommand.ListEvents.class, EventsCommand.ShowEvent.class})
final class EventsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List events in date order.")
    static final class ListEvents implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Option(names = {"--recorded-at", "--as-of"}, paramLabel = "INSTANT", description = "The events as the register had recorded them at this instant (YYYY-MM-DDTHH:MM:SSZ, or a date: its end). --as-of is a deprecated alias.")
        String asOf;

        @Override public Integer call() {
            var at = ItemsCommand.asOf(asOf);
            try (var c = db.open(true)) {
                var events = at.isPresent() ? c.register().eventsAsRecorded(DbOptions.operator(), at.get()) : c.register().events(DbOptions.operator());
                Output.rows(spec.commandLine().getOut(), format, List.of("id", "kind", "status", "start", "end", "place", "sessions"),
                        events.stream().map(e -> List.of(e.id().value(), e.kind().name(), e.status().name(), e.start().toString(),
                                e.end().toString(), e.place(), Integer.toString(e.sessions().size()))).toList(),
                        events.stream().map(EventData::from).toList());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one event with its sessions and invitations.")
    static final class ShowEvent implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The event id, e.g. summit-2026-ankara.")
        String id;

        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Option(names = {"--recorded-at", "--as-of"}, paramLabel = "INSTANT", description = "The event as the register had recorded it at this instant. --as-of is a deprecated alias.")
        String asOf;

        @Override public Integer call() {
            var at = ItemsCommand.asOf(asOf);
            EventId eid;
            try {
                eid = EventId.of(id);
            } catch (IllegalArgumentException e) {
                throw new NotFound("event", id);
            }
            try (var c = db.open(true)) {
                Event e = at.isPresent() ? c.register().eventAsRecorded(DbOptions.operator(), eid, at.get()) : c.register().event(DbOptions.operator(), eid);
                PrintWriter out = spec.commandLine().getOut();
                if (format == Output.Format.json) {
                    Output.json(out, EventData.from(e));
                    return 0;
                }
                out.printf("%s — %s, %s to %s, %s%n", e.name(), e.place(), e.start(), e.end(), e.status());
                e.parent().ifPresent(p -> out.printf("beside %s%n", p));
                e.note().ifPresent(n -> out.printf("note: %s%n", n));
                out.printf("sources %s (%s)%n%n", String.join(" ", e.provenance().sources()), e.provenance().confidence());
                Output.table(out, List.of("session", "date", "formality", "level", "body", "invitations"),
                        e.sessions().stream().map(s -> List.of(s.id().value(), s.date().map(Object::toString).orElse(""),
                                s.formality().name(), s.level().map(Enum::name).orElse("unknown"), s.body().value(), invitations(s))).toList());
            }
            return 0;
        }

        private static String invitations(Session s) {
            return s.invitations().stream().map(i -> i.country() + ":" + i.status()).collect(Collectors.joining(" "));
        }
    }
}
