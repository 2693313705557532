package org.concord.cli;

import org.concord.register.data.MissionData;
import org.concord.register.model.CoreTask;
import org.concord.register.model.Mission;
import org.concord.register.model.MissionId;
import org.concord.register.model.MissionStatus;
import org.concord.register.model.StrengthPoint;
import org.concord.shared.NotFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "missions", mixinStandardHelpOptions = true, description = "Missions and operations.",
        subcommands = {MissionsCommand.ListMissions.class, MissionsCommand.ShowMission.class})
final class MissionsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    static String strength(Mission m) {
        return m.latestStrength().map(MissionsCommand::figure).orElse("");
    }

    static String figure(StrengthPoint s) {
        String n = s.actual().isPresent() ? String.format("%,d", s.actual().getAsInt())
                : s.authorised().isPresent() ? String.format("%,d authorised", s.authorised().getAsInt()) : s.note().orElse("");
        String q = switch (s.qualifier()) {
            case EXACT -> "";
            case APPROXIMATELY -> "~";
            case OVER -> ">";
            case UNDER -> "<";
        };
        return q + n + " (" + s.date() + ")";
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List missions, optionally by status and core task.")
    static final class ListMissions implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Option(names = "--status", description = "Only this status: ${COMPLETION-CANDIDATES}.")
        MissionStatus status;

        @Option(names = "--core-task", description = "Only this core task: ${COMPLETION-CANDIDATES}.")
        CoreTask coreTask;

        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Option(names = {"--recorded-at", "--as-of"}, paramLabel = "INSTANT", description = "The missions as the register had recorded them at this instant (YYYY-MM-DDTHH:MM:SSZ, or a date: its end). --as-of is a deprecated alias.")
        String asOf;

        @Override public Integer call() {
            var at = ItemsCommand.asOf(asOf);
            try (var c = db.open(true)) {
                var who = DbOptions.operator();
                var missions = at.isPresent() ? c.register().missionsAsRecorded(who, at.get(), Optional.ofNullable(status), Optional.ofNullable(coreTask))
                        : c.register().missions(who, Optional.ofNullable(status), Optional.ofNullable(coreTask));
                Output.rows(spec.commandLine().getOut(), format,
                        List.of("id", "acronym", "status", "start", "end", "core task", "latest strength", "sources"),
                        missions.stream().map(m -> List.of(m.id().value(), m.acronym().orElse(""), m.status().name(), m.start().toString(),
                                m.end().or(m::scheduledEnd).map(Object::toString).orElse(""), m.coreTask().name(), strength(m),
                                String.join(" ", m.provenance().sources()))).toList(),
                        missions.stream().map(m -> MissionData.from(m, c.register().today())).toList());
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one mission with its strength series.")
    static final class ShowMission implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The mission id, e.g. kfor or nmi.")
        String id;

        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Option(names = {"--recorded-at", "--as-of"}, paramLabel = "INSTANT", description = "The mission as the register had recorded it at this instant. --as-of is a deprecated alias.")
        String asOf;

        @Option(names = "--on", paramLabel = "DATE", description = "The facts as they applied on this day (YYYY-MM-DD): who led the mission then (default today).")
        String on;

        @Override public Integer call() {
            var at = ItemsCommand.asOf(asOf);
            Optional<java.time.LocalDate> onDay = Optional.ofNullable(on).map(s -> ReviewsCommand.date("--on", s));
            MissionId mid;
            try {
                mid = MissionId.of(id);
            } catch (IllegalArgumentException e) {
                throw new NotFound("mission", id);
            }
            try (var c = db.open(true)) {
                Mission m = at.isPresent() ? c.register().missionAsRecorded(DbOptions.operator(), mid, at.get()) : c.register().mission(DbOptions.operator(), mid);
                java.time.LocalDate day = onDay.orElseGet(() -> c.register().today());
                PrintWriter out = spec.commandLine().getOut();
                if (format == Output.Format.json) {
                    Output.json(out, c.register().missionOn(DbOptions.operator(), mid, at, Optional.of(day)));
                    return 0;
                }
                out.printf("%s%s — %s%n", m.name(), m.acronym().map(a -> " (" + a + ")").orElse(""), m.kind());
                out.printf("status      %s, since %s%s%n", m.status(), m.start(), m.end().map(e -> ", ended " + e).orElse(""));
                m.scheduledEnd().ifPresent(e -> out.printf("scheduled   end %s%n", e));
                out.printf("core task   %s%s%n", m.coreTask(), m.secondaryCoreTask().map(t -> " / " + t).orElse(""));
                out.printf("legal basis %s%n", m.legalBasis());
                m.hostNation().ifPresent(h -> out.printf("host        %s%s%n", h, m.area().map(a -> " (" + a + ")").orElse("")));
                if (!m.leads().isEmpty()) out.printf("lead        %s on %s%n", m.leadNationsOn(day).isEmpty() ? "none recorded" : m.leadNationsOn(day), day);
                if (!m.contributors().isEmpty()) out.printf("contributors %s%s%n", m.contributors(),
                        m.partnerContributors().isEmpty() ? "" : " + partners " + m.partnerContributors());
                out.printf("sources     %s (%s)%n", String.join(" ", m.provenance().sources()), m.provenance().confidence());
                out.println();
                Output.table(out, List.of("date", "strength", "contributors", "sources", "note"),
                        m.strength().stream().map(s -> List.of(s.date().toString(), figure(s),
                                s.contributors().isPresent() ? Integer.toString(s.contributors().getAsInt()) : "",
                                String.join(" ", s.provenance().sources()), s.note().orElse(""))).toList());
                if (!m.leads().isEmpty()) {
                    out.println();
                    Output.table(out, List.of("lead", "role", "from", "to", "sources", "note"),
                            m.leads().stream().map(l -> List.of(l.nation().code(), l.role().orElse(""), l.from().map(Object::toString).orElse(""),
                                    l.to().map(Object::toString).orElse(""), String.join(" ", l.provenance().sources()) + " (" + l.provenance().confidence() + ")",
                                    l.note().orElse(""))).toList());
                }
            }
            return 0;
        }
    }
}
