package org.concord.cli;

import org.concord.shared.CalendarDate;
import org.concord.procedure.data.ActRequest;
import org.concord.procedure.data.EffectRequest;
import org.concord.procedure.data.ItemView;
import org.concord.procedure.data.PositionData;
import org.concord.procedure.data.RaiseItemData;
import org.concord.procedure.model.ItemId;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.NotFound;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "items", mixinStandardHelpOptions = true,
        description = "Decision items and the consensus procedure: raise, record positions, silence, adopt.",
        subcommands = {ItemsCommand.ListItems.class, ItemsCommand.Show.class, ItemsCommand.Raise.class, ItemsCommand.Position.class,
                ItemsCommand.Text.class, ItemsCommand.Silence.class, ItemsCommand.Exclude.class, ItemsCommand.Adopt.class,
                ItemsCommand.Withdraw.class, ItemsCommand.Reopen.class, ItemOptionsCommand.class, BriefCommand.class})
final class ItemsCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override public void run() { throw Usage.missingSubcommand(spec); }

    static ItemId itemId(String id) {
        try {
            return ItemId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFound("item", id);
        }
    }

    static Iso3 member(String code) {
        try {
            return Iso3.of(code);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("--member", e.getMessage());
        }
    }

    /** The member a command names: {@code --member}, else the nation of the delegation acting. */
    static Iso3 member(String code, org.concord.shared.Principal who) {
        if (code != null) return member(code);
        if (who.role() == org.concord.shared.Role.DELEGATION && who.nation().isPresent()) return who.nation().get();
        throw new InvalidInput("--member", "is required unless --as names a delegation (delegation:ISO3)");
    }

    static Optional<Instant> asOf(String text) {
        return CalendarDate.asOf("--recorded-at", text);
    }

    /** Prints an item for people: status, consensus, positions, silence, adoption. */
    static void print(PrintWriter out, ItemView v, Output.Format format) {
        if (format == Output.Format.json) {
            Output.json(out, v);
            return;
        }
        out.printf("%s  (version %d)%n%s%n", v.id(), v.version(), v.subject());
        out.printf("status      %s%s; proposed by %s in %s at %s level%n", v.status(), v.sealed() ? ", sealed" : "", v.proposer(), v.body(), v.level());
        out.printf("effect      %s%n", describe(v.effect()));
        out.printf("text v%d     %s%n", v.texts().size(), v.texts().get(v.texts().size() - 1).text());
        if (v.consensus().reached()) out.printf("consensus   nothing blocks: %s (%d members required)%n", v.sealed() ? "decided" : "adoptable if noted now", v.consensus().requiredSet());
        else out.printf("consensus   not reached [%s]: %s%n", v.consensus().rule(), v.consensus().reason());
        if (v.silence() != null)
            out.printf("silence     #%d on text v%d, deadline %s, %s%s%n", v.silence().number(), v.silence().textVersion(), v.silence().deadline(),
                    v.silence().phase(), v.silence().breakers().isEmpty() ? "" : ", broken by " + v.silence().breakers());
        if (v.adoption() != null) {
            out.printf("adopted     %s [%s]%n", v.adoption().adoptedAt(), v.adoption().basis());
            v.adoption().footnotes().forEach(f -> out.printf("  footnote  %s: %s%s%n", f.member(), f.text(), f.clause() == null ? "" : " (clause " + f.clause() + ")"));
            v.adoption().exemptions().forEach(x -> out.printf("  exempt    %s: %s (%s)%n", x.member(), x.kind(), x.terms()));
        }
        if (!v.excluded().isEmpty()) out.printf("excluded    %s (consensus-minus-one)%n", String.join(", ", v.excluded()));
        if (v.reopenedFrom() != null) out.printf("reopens    %s%n", v.reopenedFrom());
        if (!v.positions().isEmpty()) {
            out.println();
            Output.table(out, List.of("member", "position", "act", "reference", "at", "recorded by"),
                    v.positions().stream().map(p -> List.of(p.member(), p.position() + (p.fromLevel() != null && !"AMBASSADORS".equals(p.fromLevel()) ? " from " + p.fromLevel() : "")
                                    + (p.footnote() != null ? ": " + p.footnote() : "") + (p.terms() != null ? ": " + p.terms() : ""),
                            p.act(), p.reference() == null ? "" : p.reference(), p.at().toString(), p.recordedBy())).toList());
        }
    }

    static String describe(EffectRequest e) {
        StringBuilder sb = new StringBuilder(e.type().name());
        for (var c : e.getClass().getRecordComponents()) {
            try {
                Object value = c.getAccessor().invoke(e);
                if (value != null) sb.append(' ').append(c.getName()).append('=').append(value);
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return sb.toString();
    }

    /** Runs a write against the database and prints the item. */
    static Integer write(DbOptions db, CommandSpec spec, Output.Format format, Function<org.concord.boot.Concord, ItemView> action) {
        try (var c = db.open(true)) {
            print(spec.commandLine().getOut(), action.apply(c), format);
        }
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List decision items (as the journal had recorded them at an instant with --recorded-at).")
    static final class ListItems implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Option(names = {"--recorded-at", "--as-of"}, paramLabel = "INSTANT", description = "Show the items as they stood at this instant (YYYY-MM-DDTHH:MM:SSZ, or a date: its end). --as-of is a deprecated alias.")
        String asOf;
        @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default ${DEFAULT-VALUE}).")
        Output.Format format;

        @Override public Integer call() {
            Optional<Instant> at = asOf(asOf);
            try (var c = db.open(true)) {
                var items = c.procedure().list(DbOptions.operator(), at);
                Output.rows(spec.commandLine().getOut(), format, List.of("id", "version", "status", "proposer", "consensus", "subject"),
                        items.stream().map(v -> List.of(v.id(), Long.toString(v.version()), v.status(), v.proposer(),
                                v.consensus().reached() ? "nothing blocks" : "blocked: " + v.consensus().blocking(), v.subject())).toList(), items);
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one item with its positions, silence procedure and consensus status.")
    static final class Show implements Callable<Integer> {
        @Mixin DbOptions db;
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "ID", description = "The item id.") String id;
        @Option(names = {"--recorded-at", "--as-of"}, paramLabel = "INSTANT", description = "Show the item as it stood at this instant. --as-of is a deprecated alias.") String asOf;
        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).") Output.Format format;

        @Override public Integer call() {
            Optional<Instant> at = asOf(asOf);
            try (var c = db.open(true)) {
                print(spec.commandLine().getOut(), c.procedure().show(DbOptions.operator(), itemId(id), at), format);
            }
            return 0;
        }
    }

    @Command(name = "raise", mixinStandardHelpOptions = true, description = "Raise a decision item with a typed effect.")
    static final class Raise implements Callable<Integer> {
        @Mixin DbOptions db;
        @Mixin ActorOption actor;
        @Spec CommandSpec spec;
        @Option(names = "--id", description = "Item id (a slug; generated when absent).") String id;
        @Option(names = "--body", description = "Body (default: the organisation's default body).") String body;
        @Option(names = "--level", description = "AMBASSADORS (default), MINISTERS or HEADS_OF_STATE_AND_GOVERNMENT.") String level;
        @Option(names = "--proposer", required = true, description = "The proposing member's ISO3, or CHAIR.") String proposer;
        @Option(names = "--subject", required = true, description = "The subject line.") String subject;
        @Option(names = "--text", required = true, description = "The draft decision text.") String text;
        @Option(names = "--effect", required = true, description = "One of ${COMPLETION-CANDIDATES}.") EffectRequest.Type effect;
        @Option(names = "--mission", description = "Mission id, for mission effects.") String mission;
        @Option(names = "--end-date", description = "End date (YYYY-MM-DD or YYYY-MM), for TERMINATE_MISSION.") String endDate;
        @Option(names = "--new-end", description = "New end date, for EXTEND_MISSION.") String newEnd;
        @Option(names = "--target-strength", description = "Target strength, for REDUCE_MISSION.") Integer targetStrength;
        @Option(names = "--by-date", description = "Date the target is reached, for REDUCE_MISSION.") String byDate;
        @Option(names = "--name", description = "Mission name, for LAUNCH_MISSION.") String name;
        @Option(names = "--mandate", description = "Mandate text, for LAUNCH_MISSION and CHANGE_MANDATE.") String mandate;
        @Option(names = "--start", description = "Start date, for LAUNCH_MISSION.") String start;
        @Option(names = "--event", description = "Event id, for event and invitation effects.") String event;
        @Option(names = "--session", description = "Session id, for invitation effects.") String session;
        @Option(names = "--partner", split = ",", description = "Partner ISO3 code(s), for invitation effects.") List<String> partners;
        @Option(names = "--session-level", description = "Session level, for INVITE_PARTNER.") String sessionLevel;
        @Option(names = "--formality", description = "FORMAL or INFORMAL_CHAIR_CONVENED, for INVITE_PARTNER.") String formality;
        @Option(names = "--format", defaultValue = "table", converter = Output.TableOrJson.class, description = "table or json (default ${DEFAULT-VALUE}).") Output.Format format;

        @Override public Integer call() {
            var who = actor.principal();
            EffectRequest e = effect();
            try {
                return write(db, spec, format, c -> c.procedure().raise(who, new RaiseItemData(id, body, level, proposer, subject, text, e)));
            } catch (InvalidInput refused) {
                throw byEffectOption(refused);
            }
        }

        /**
         * Names the effect's wire fields ({@code effect.endDate}, {@code effect.partners[0]}) by the options that set them
         * ({@code --end-date}, {@code --partner[0]}); the invitation's {@code level} is {@code --session-level}, and the
         * statement's text is {@code --text}, named once.
         */
        private InvalidInput byEffectOption(InvalidInput refused) {
            var renamed = Usage.byOption(refused, spec).violations().stream().map(v -> {
                var m = java.util.regex.Pattern.compile("effect\\.([a-zA-Z]+)(.*)").matcher(v.field());
                if (!m.matches()) return v;
                String option = switch (m.group(1)) {
                    case "level" -> "--session-level";
                    case "partners", "partner" -> "--partner";
                    default -> Usage.option(m.group(1));
                };
                return spec.findOption(option) == null ? v : new org.concord.shared.Violation(option + m.group(2), v.reason());
            }).distinct().toList();
            return new InvalidInput(renamed);
        }

        /** The effect the options describe; the options another effect takes are not read. */
        private EffectRequest effect() {
            String single = partners != null && partners.size() == 1 ? partners.get(0) : null;
            return switch (effect) {
                case LAUNCH_MISSION -> new EffectRequest.LaunchMission(mission, name, mandate, start);
                case EXTEND_MISSION -> new EffectRequest.ExtendMission(mission, newEnd);
                case CHANGE_MANDATE -> new EffectRequest.ChangeMandate(mission, mandate);
                case REDUCE_MISSION -> new EffectRequest.ReduceMission(mission, targetStrength, byDate);
                case TERMINATE_MISSION -> new EffectRequest.TerminateMission(mission, endDate);
                case INVITE_PARTNER -> new EffectRequest.InvitePartner(event, session, single, sessionLevel, formality);
                case EXCLUDE_PARTNER -> new EffectRequest.ExcludePartner(event, session, single);
                case EXCLUDE_PARTNERS -> new EffectRequest.ExcludePartners(event, session, partners);
                case HOLD_EVENT -> new EffectRequest.HoldEvent(event);
                case CANCEL_EVENT -> new EffectRequest.CancelEvent(event);
                case ADOPT_STATEMENT -> new EffectRequest.AdoptStatement(text);
            };
        }
    }

    @Command(name = "position", description = "Record a member's official position (R8).")
    static final class Position implements Callable<Integer> {
        @Mixin ItemWrite item;
        @Spec CommandSpec spec;
        @Option(names = "--member", description = "The member's ISO3 code (default: the nation of --as delegation:ISO3).") String member;
        @Option(names = "--position", required = true, description = "OBJECTION, RESERVATION, AD_REFERENDUM, SUPPORT, SUPPORT_WITH_STATEMENT, ABSTAIN, QUALIFIED_ABSTAIN, NON_PARTICIPATING, SILENT or UNKNOWN.") String position;
        @Option(names = "--from-level", description = "For an OBJECTION limited to a level and above (R11).") String fromLevel;
        @Option(names = "--footnote", description = "Footnote text, for SUPPORT_WITH_STATEMENT (R4).") String footnote;
        @Option(names = "--clause", description = "Clause the footnote is scoped to.") String clause;
        @Option(names = "--terms", description = "Terms, for NON_PARTICIPATING (R7).") String terms;
        @Option(names = "--act", description = "STATEMENT_IN_SESSION (default), LETTER, NOTE or DECLARATION.") String act;
        @Option(names = "--reference", description = "Document reference of the act.") String reference;

        @Override public Integer call() {
            var who = item.principal();
            Iso3 m = member(member, who);
            return item.write(spec, c -> c.procedure().recordPosition(who, item.itemId(), m,
                    new PositionData(position, fromLevel, footnote, clause, terms, act, reference, item.version()), item.version()));
        }
    }

    @Command(name = "text", description = "Add a text version (cancels a running silence procedure, R3f).")
    static final class Text implements Callable<Integer> {
        @Mixin ItemWrite item;
        @Spec CommandSpec spec;
        @Option(names = "--text", required = true, description = "The new text.") String text;

        @Override public Integer call() {
            var who = item.principal();
            return item.write(spec, c -> c.procedure().addText(who, item.itemId(), new ActRequest.AddText(text, item.version())));
        }
    }

    @Command(name = "silence", mixinStandardHelpOptions = true, description = "The silence procedure (R3): open, break, close what is due.",
            subcommands = {Silence.Open.class, Silence.Break.class, Silence.CloseDue.class})
    static final class Silence implements Runnable {
        @Spec CommandSpec spec;

        @Override public void run() { throw Usage.missingSubcommand(spec); }

        @Command(name = "open", description = "Open a silence procedure on the current text (chair).")
        static final class Open implements Callable<Integer> {
            @Mixin ItemWrite item;
            @Spec CommandSpec spec;
            @Option(names = "--deadline", required = true, description = "The deadline (YYYY-MM-DDTHH:MM:SSZ).") String deadline;

            @Override public Integer call() {
                var who = item.principal();
                return item.write(spec, c -> c.procedure().openSilence(who, item.itemId(), new ActRequest.OpenSilence(deadline, item.version())));
            }
        }

        @Command(name = "break", description = "Break silence by a letter or note (R3c).")
        static final class Break implements Callable<Integer> {
            @Mixin ItemWrite item;
            @Spec CommandSpec spec;
            @Option(names = "--member", description = "The member breaking silence (default: the nation of --as delegation:ISO3).") String member;
            @Option(names = "--act", defaultValue = "LETTER", description = "LETTER (default) or NOTE.") String act;
            @Option(names = "--reference", required = true, description = "The letter's or note's reference.") String reference;

            @Override public Integer call() {
                var who = item.principal();
                Iso3 m = member(member, who);
                return item.write(spec, c -> c.procedure().breakSilence(who, item.itemId(), m, new ActRequest.BreakSilence(act, reference, item.version())));
            }
        }

        @Command(name = "close-due", mixinStandardHelpOptions = true,
                description = "Close every silence procedure whose deadline has passed (what the server's scheduler does every few seconds).")
        static final class CloseDue implements Callable<Integer> {
            @Mixin DbOptions db;
            @Spec CommandSpec spec;

            @Override public Integer call() {
                try (var c = db.open(true)) {
                    var closed = c.procedure().closeDueSilences(org.concord.shared.Principal.system());
                    closed.forEach(v -> spec.commandLine().getOut().printf("%s: %s%n", v.id(), v.status()));
                    if (closed.isEmpty()) spec.commandLine().getOut().println("no silence procedure was due");
                }
                return 0;
            }
        }
    }

    @Command(name = "exclude", mixinStandardHelpOptions = true,
            description = "Consensus-minus-one (chair, R2): leave one member out of the item's required set, where the procedure allows it (OSCE).")
    static final class Exclude implements Callable<Integer> {
        @Mixin ItemWrite item;
        @Spec CommandSpec spec;
        @Option(names = "--member", required = true, description = "The member's ISO3 code.") String member;
        @Option(names = "--basis", required = true, description = "The basis of the exclusion.") String basis;

        @Override public Integer call() {
            var who = item.principal();
            return item.write(spec, c -> c.procedure().excludeMember(who, item.itemId(), member(member),
                    new ActRequest.ExcludeMember(basis, item.version())));
        }
    }

    @Command(name = "adopt", description = "Note consensus (chair): adopted if no objection or reservation stands; the effect is applied.")
    static final class Adopt implements Callable<Integer> {
        @Mixin ItemWrite item;
        @Spec CommandSpec spec;

        @Override public Integer call() {
            var who = item.principal();
            return item.write(spec, c -> c.procedure().adopt(who, item.itemId(), item.version()));
        }
    }

    @Command(name = "withdraw", description = "Withdraw the item (chair or proposer).")
    static final class Withdraw implements Callable<Integer> {
        @Mixin ItemWrite item;
        @Spec CommandSpec spec;
        @Option(names = "--reason", description = "Why.") String reason;

        @Override public Integer call() {
            var who = item.principal();
            return item.write(spec, c -> c.procedure().withdraw(who, item.itemId(), new ActRequest.Withdraw(reason, item.version())));
        }
    }

    @Command(name = "reopen", description = "Reopen a sealed item as a new item linked to it (R13).")
    static final class Reopen implements Callable<Integer> {
        @Mixin ItemWrite item;
        @Spec CommandSpec spec;
        @Option(names = "--new-id", description = "The new item's id.") String newId;

        @Override public Integer call() {
            var who = item.principal();
            return item.write(spec, c -> c.procedure().reopen(who, item.itemId(), new ActRequest.Reopen(newId, item.version())));
        }
    }
}
