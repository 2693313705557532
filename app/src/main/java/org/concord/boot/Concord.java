package org.concord.boot;

import org.concord.shared.CalendarDate;
import org.concord.access.AccessService;
import org.concord.access.model.MarkingLadder;
import org.concord.forecast.application.ForecastService;
import org.concord.forecast.application.IssueData;
import org.concord.intel.StanceData;
import org.concord.intel.StanceEvidence;
import org.concord.intel.StanceService;
import org.concord.journal.Journal;
import org.concord.journal.JournalEntry;
import org.concord.procedure.model.ItemId;
import org.concord.journal.JournalService;
import org.concord.register.application.RegisterService;
import org.concord.register.data.RegisterFile;
import org.concord.shared.Principal;
import org.concord.store.Database;
import org.concord.json.Json;
import org.concord.store.Stores;
import org.concord.shared.tx.Transactions;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.concord.procedure.application.ProcedureService;
import org.concord.procedure.data.RaiseItemData;

/** One running Concord: the database and every application service on it. */
public final class Concord implements AutoCloseable {
    private final Database db;
    private final Transactions tx;
    private final Journal journal;
    private final RegisterService register;
    private final JournalService journalService;
    private final org.concord.feeds.FeedService feeds;
    private final ProcedureService procedure;
    private final AccessService access;
    private final org.concord.access.Idempotency idempotency;
    private final ForecastService forecasts;
    private final org.concord.forecast.application.IssueMarkings issueMarkings;
    private final StanceService stances;
    private final org.concord.options.OptionService options;
    private final org.concord.intel.RiskService risks;
    private final org.concord.brief.BriefService briefs;
    private final Settings settings;
    private final org.concord.review.application.ReviewService reviews;
    private final org.concord.portfolio.application.PortfolioService portfolio;

    private Concord(Settings settings, Database db) {
        this.settings = settings;
        this.db = db;
        this.tx = Stores.transactions(db);
        this.journal = new Journal(Json.mapper(), settings.clock());
        SecureRandom random = new SecureRandom();
        this.idempotency = new org.concord.access.Idempotency(tx, settings.clock());
        // Audit events are journaled with Concord's access control as the actor, from the client's address; the payload names the user.
        this.access = new AccessService(tx, (t, e) -> journal.record(t, new Principal("access-control", org.concord.shared.Role.SYSTEM,
                Optional.empty(), e.address().map(a -> a.value())), e.type(), org.concord.access.model.AuditEvent.journalSubject(e.user()), e), settings.clock(), random, MarkingLadder.NATO,
                new RegisterNations(tx, settings.clock()));
        this.register = new RegisterService(tx, journal, access);
        this.procedure = new ProcedureService(tx, journal, () -> "item-" + HexFormat.of().formatHex(random.generateSeed(4)), access,
                new org.concord.register.application.DecisionEffects(journal));
        // A forecast issue (with its stances and forecasts) is as secret as its decision item is now.
        this.issueMarkings = new org.concord.forecast.application.IssueMarkings(access, procedure::classificationOf);
        this.forecasts = new ForecastService(tx, journal, new StanceEvidence(), access, issueMarkings);
        this.stances = new StanceService(tx, journal, access, issueMarkings);
        this.options = new org.concord.options.OptionService(tx, journal, access, procedure, forecasts);
        this.risks = new org.concord.intel.RiskService(tx, journal, access, procedure);
        this.journalService = new JournalService(tx, journal, access, this::classificationOf,
                org.concord.procedure.application.ProcedureEvents::isItem,
                () -> new MarkingsNow(tx, journal, access, register, procedure, issueMarkings));
        this.reviews = new org.concord.review.application.ReviewService(tx, journal, access, procedure::classificationOf);
        this.briefs = new org.concord.brief.BriefService(procedure, forecasts, stances, options, risks, register, access,
                (who, mission) -> reviews.historyFor(who, mission).stream().map(Concord::reviewLine).toList(), settings.clock());
        this.portfolio = new org.concord.portfolio.application.PortfolioService(tx, access, settings.clock(), procedure, forecasts, stances);
        this.feeds = new org.concord.feeds.FeedService(tx, access, journalService, settings.clock(), random);
    }

    /**
     * Why {@code failure} means the database cannot be used right now (down, full, read-only), for the edges to answer
     * 503 with; empty when it is some other failure.
     */
    public static Optional<String> unavailability(Throwable failure) { return Database.unavailability(failure); }

    /** Opens (and migrates) the database the settings name. */
    public static Concord open(Settings settings) {
        Database db = settings.dbUrl()
                .map(url -> Database.open(url, settings.dbUser().orElse(null), settings.dbPassword().orElse(null)))
                .orElseGet(() -> Database.openDefault(settings.home()));
        Concord concord = new Concord(settings, db);
        try {
            concord.repairJournalHead();
            concord.procedure.fillProjection(Principal.system()); // items stored before the projection existed
            concord.raiseLeakedLaunches();
            concord.access.journalUnboundAccounts();
        } catch (RuntimeException e) {
            concord.close();
            throw e;
        }
        return concord;
    }

    /** Missions launched public by secret decisions before launches carried the decision's marking are raised to it. */
    private void raiseLeakedLaunches() {
        register.raiseLeakedLaunches(Principal.system(), item -> {
            try {
                return procedure.classificationOf(ItemId.of(item));
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }).forEach((mission, marking) -> org.slf4j.LoggerFactory.getLogger(Concord.class).warn(
                "Mission {} had been launched below the marking of the decision that launched it: raised to {} (journaled)",
                mission, marking));
    }

    /** A head row torn from the rows by a crash is put back from the rows (and the repair journaled); see {@link Journal#repairHead}. */
    private void repairJournalHead() {
        tx.inTransaction(t -> journal.repairHead(t, Principal.system())).ifPresent(r -> org.slf4j.LoggerFactory.getLogger(Concord.class)
                .warn("The journal head said {} but the rows end at {}: repaired from the rows and journaled as JournalHeadRepaired", r.headSeq(), r.lastRowSeq()));
    }

    /**
     * Loads the built-in dataset (or the configured data file) when the register is empty; does nothing otherwise.
     *
     * @return the import summary when something was loaded
     */
    public Optional<RegisterService.ImportSummary> loadDefaultsIfEmpty() {
        return db.underStartupLock(this::loadDefaultsIfEmptyLocked);
    }

    private Optional<RegisterService.ImportSummary> loadDefaultsIfEmptyLocked() {
        Principal system = Principal.system();
        if (!register.isEmpty(system)) return Optional.empty();
        RegisterFile file = settings.dataFile().map(DataFiles::read).orElseGet(DataFiles::builtIn);
        RegisterService.ImportSummary summary;
        try {
            summary = register.importFile(system, file);
        } catch (org.concord.shared.Conflict raced) {
            return Optional.empty(); // another process loaded it first
        }
        if (settings.dataFile().isEmpty()) DataFiles.builtInQuestions().ifPresent(q -> loadQuestions(system, q));
        return Optional.of(summary);
    }

    /**
     * Applies the built-in register's corrections ({@link DataFiles#BUILT_IN_CORRECTIONS}) to a database loaded from an
     * earlier edition of it: each corrected record is journaled with its reason; records already correct are left
     * alone, so this runs on every start and changes something only once; records whose corrected fields were edited
     * since are kept as they are. Does nothing when the register is empty, was loaded from another data file, or is
     * another organisation's.
     */
    RegisterService.CorrectionOutcome correctBuiltInRegister() {
        Principal system = Principal.system();
        var corrections = DataFiles.builtInCorrections();
        var none = new RegisterService.CorrectionOutcome(java.util.List.of(), java.util.List.of());
        if (settings.dataFile().isPresent() || corrections.previous() == null || register.isEmpty(system)) return none;
        RegisterFile current = DataFiles.builtIn();
        boolean sameOrganisation = register.organisation(system).map(o -> o.id().equals(current.organisation().id())).orElse(false);
        if (!sameOrganisation) return none; // another organisation's register, imported with `concord import`
        var outcome = register.applyCorrections(system, corrections, DataFiles.builtIn("/data/" + corrections.previous()), current);
        if (corrections.previousQuestions() == null || corrections.questions().isEmpty()) return outcome;
        java.util.List<String> corrected = new java.util.ArrayList<>(outcome.corrected());
        java.util.List<String> kept = new java.util.ArrayList<>(outcome.kept());
        QuestionsFile before = DataFiles.builtInQuestions("/data/" + corrections.previousQuestions())
                .orElseThrow(() -> new IllegalStateException("the corrections name " + corrections.previousQuestions() + ", which is not shipped"));
        QuestionsFile now = DataFiles.builtInQuestions().orElseThrow(() -> new IllegalStateException("the built-in questions are not shipped"));
        for (var c : corrections.questions()) {
            var result = correctQuestion(system, corrections.id(), c, before, now);
            if (result == org.concord.shared.CorrectionResult.CORRECTED) corrected.add(c.record());
            if (result == org.concord.shared.CorrectionResult.KEPT) kept.add(c.record());
        }
        return new RegisterService.CorrectionOutcome(corrected, kept);
    }

    /** One correction of the open questions: a forecast issue's fields, or a decision item's subject by the procedure's own act. */
    private org.concord.shared.CorrectionResult correctQuestion(Principal system, String id, org.concord.register.data.CorrectionsFile.Correction c,
                                                              QuestionsFile before, QuestionsFile now) {
        String[] parts = c.record() == null ? new String[0] : c.record().split(":", 2);
        if (parts.length != 2) throw new IllegalArgumentException("correction record '" + c.record() + "' is not KIND:ID");
        String key = parts[1];
        return switch (parts[0]) {
            case "issue" -> forecasts.correctIssue(system, org.concord.forecast.model.IssueId.of(key), c.fields(),
                    findIssue(before, key, c), findIssue(now, key, c), id, c.reason());
            case "item" -> {
                if (!c.fields().equals(java.util.List.of("subject")))
                    throw new IllegalArgumentException("correction of '" + c.record() + "': an item's correction may name only [subject]");
                yield procedure.correctSubject(system, ItemId.of(key), findItem(before, key, c).subject(), findItem(now, key, c).subject(), c.reason());
            }
            default -> throw new IllegalArgumentException("correction record '" + c.record() + "': unknown kind '" + parts[0] + "' (issue or item)");
        };
    }

    private static IssueData findIssue(QuestionsFile q, String id, org.concord.register.data.CorrectionsFile.Correction c) {
        return q.issues().stream().filter(i -> id.equals(i.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("correction of '" + c.record() + "': the questions file has no such issue"));
    }

    private static QuestionsFile.Item findItem(QuestionsFile q, String id, org.concord.register.data.CorrectionsFile.Correction c) {
        return q.items().stream().filter(i -> id.equals(i.id())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("correction of '" + c.record() + "': the questions file has no such item"));
    }

    /**
     * As {@link #correctBuiltInRegister}, at start-up: skipped when this database was already checked against the same
     * built-in register and corrections (recorded as a digest after each check), since a check that ran once changes
     * nothing the next time; so a restart parses no built-in data.
     */
    public RegisterService.CorrectionOutcome correctBuiltInRegisterOnce() {
        if (settings.dataFile().isPresent()) return correctBuiltInRegister();
        String digest = DataFiles.builtInDigest();
        if (db.startupCheck(BUILT_IN_CORRECTIONS_CHECKED).filter(digest::equals).isPresent())
            return new RegisterService.CorrectionOutcome(java.util.List.of(), java.util.List.of());
        var outcome = correctBuiltInRegister();
        if (!register.isEmpty(Principal.system())) db.recordStartupCheck(BUILT_IN_CORRECTIONS_CHECKED, digest);
        return outcome;
    }

    private static final String BUILT_IN_CORRECTIONS_CHECKED = "built-in-corrections";

    /**
     * Raises the dataset's open questions as decision items, at the dates they were reported; then defines the
     * forecasting issues on them (an issue without a date is decided on its item's date) and records the reported
     * stances.
     */
    void loadQuestions(Principal system, QuestionsFile questions) {
        Map<String, LocalDate> raisedOn = new HashMap<>();
        for (QuestionsFile.Item item : questions.items()) {
            var data = new RaiseItemData(item.id(), item.body(), item.level(), item.proposer(), item.subject(), item.text(), item.effect(),
                    item.classification());
            LocalDate day = CalendarDate.day("raisedOn", item.raisedOn()).orElse(null);
            if (day != null) raisedOn.put(item.id(), day);
            Instant at = day == null ? settings.clock().instant() : day.atStartOfDay(ZoneOffset.UTC).toInstant();
            procedure.raise(system, data, at);
        }
        for (IssueData issue : questions.issues()) {
            LocalDate day = issue.item() == null ? null : raisedOn.get(issue.item());
            // The questions file's issues and stances are reconstructed from press reports: PUBLIC unless it says otherwise.
            IssueData marked = issue.marked(issue.classificationOr("PUBLIC"));
            forecasts.defineIssue(system, marked.date() != null ? marked
                    : marked.withDate(day != null ? day : LocalDate.ofInstant(settings.clock().instant(), ZoneOffset.UTC)));
        }
        for (QuestionsFile.Stance stance : questions.stances())
            for (StanceData data : stance.toData()) stances.record(system, data.marked(data.classificationOr("PUBLIC")));
        for (var option : questions.options())
            options.add(system, new org.concord.options.OptionData(option.item(), option.key(), option.issue(), option.label(), option.point(),
                    option.description(), option.sources(), option.classificationOr("PUBLIC")));
        for (var risk : questions.risks()) risks.record(system, risk.marked(risk.classificationOr("PUBLIC")));
    }

    public ProcedureService procedure() { return procedure; }

    public AccessService access() { return access; }

    /** Idempotency keys of creating requests. */
    public org.concord.access.Idempotency idempotency() { return idempotency; }

    /** The marking of the record a journal entry is about: each capability reads its own entries by their type. */
    private String classificationOf(JournalEntry e) {
        var item = org.concord.procedure.application.ProcedureEvents.itemOf(e.subject());
        if (item.isPresent()) {
            try {
                return procedure.classificationOf(ItemId.of(item.get())).orElse(RaiseItemData.DEFAULT_CLASSIFICATION);
            } catch (IllegalArgumentException malformed) {
                return MarkingLadder.NATO.highest().name();
            }
        }
        if (org.concord.review.model.ReviewEvents.isSubject(e.subject())) {
            // a review's acts carry the review's marking (never below its mission's)
            var node = journal.payload(e, com.fasterxml.jackson.databind.JsonNode.class);
            return node.hasNonNull("classification") ? node.get("classification").asText() : MarkingLadder.NATO.highest().name();
        }
        if (org.concord.options.OptionEvents.isSubject(e.subject()) || org.concord.intel.RiskEvents.isSubject(e.subject())) {
            // an option's or a risk's entries carry the marking they were recorded with
            var node = journal.payload(e, com.fasterxml.jackson.databind.JsonNode.class);
            return node.hasNonNull("classification") ? node.get("classification").asText() : "NATO UNCLASSIFIED";
        }
        // the marking the entry was written with; the journal raises it to the record's marking now (register::markingNow)
        if (org.concord.register.application.RegisterEvents.isMarkedRecord(e.subject()))
            return org.concord.register.application.RegisterEvents.classificationOf(journal.codec(), e).orElse("PUBLIC");
        // Intelligence: the marking the stance, issue or forecast was recorded with; entries from before markings
        // existed are not assumed public.
        return org.concord.forecast.application.ForecastEvents.classificationOf(journal, e).orElse("PUBLIC");
    }

    public ForecastService forecasts() { return forecasts; }

    /** A mission review as the decision brief lists it: one line, with its marking. */
    private static org.concord.brief.Brief.ReviewLine reviewLine(org.concord.review.application.ReviewData r) {
        String kind = "AD_HOC".equals(r.kind()) ? "Ad hoc review" : "Periodic review";
        String when = r.heldOn() != null ? "held " + r.heldOn() + (r.body() == null ? "" : " by the " + r.body())
                : r.calledOn() != null ? "called " + r.calledOn() + ", not yet held" : "not yet held";
        String text = kind + " due " + r.dueOn() + ", " + when
                + (r.recommendation() == null ? "" : ": " + r.recommendation().toLowerCase(java.util.Locale.ROOT))
                + (r.item() == null ? "" : "; led to item " + r.item())
                + (r.summary() == null ? "" : ". " + r.summary());
        return new org.concord.brief.Brief.ReviewLine(text, r.classification());
    }

    /** The portfolio of missions and reset profiles. */
    public org.concord.portfolio.application.PortfolioService portfolio() { return portfolio; }

    /** Mission reviews. */
    public org.concord.review.application.ReviewService reviews() { return reviews; }

    public StanceService stances() { return stances; }

    /** Options of decision items, with their forecasts. */
    public org.concord.options.OptionService options() { return options; }

    /** Risks: graded assessments attached to missions, items and options. */
    public org.concord.intel.RiskService risks() { return risks; }

    /** Decision briefs. */
    public org.concord.brief.BriefService briefs() { return briefs; }

    public RegisterService register() { return register; }

    public JournalService journal() { return journalService; }

    /** Feed tokens and webhooks. */
    public org.concord.feeds.FeedService feeds() { return feeds; }

    /** The webhook dispatcher, sending with {@code sender}; {@code start} it to run it in the background. */
    public org.concord.feeds.WebhookDispatcher webhookDispatcher(org.concord.feeds.WebhookDispatcher.Sender sender) {
        return new org.concord.feeds.WebhookDispatcher(tx, access, journalService, feeds, sender, settings.clock(), Json.mapper());
    }

    public Journal journalChain() { return journal; }

    public Transactions transactions() { return tx; }

    public Database database() { return db; }

    /** The store as the edges may see it. */
    public StoreStatus store() { return new StoreStatus(db); }

    public Settings settings() { return settings; }

    @Override public void close() { db.close(); }
}
