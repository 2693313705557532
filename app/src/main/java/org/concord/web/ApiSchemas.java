package org.concord.web;

import org.concord.procedure.model.ActForm;
import org.concord.procedure.model.ExemptionKind;
import org.concord.procedure.model.ItemStatus;
import org.concord.procedure.model.PositionKind;
import org.concord.procedure.model.SilencePhase;
import org.concord.register.model.CoreTask;
import org.concord.register.model.EventKind;
import org.concord.register.model.EventStatus;
import org.concord.register.model.Formality;
import org.concord.register.model.InvitationStatus;
import org.concord.register.model.Level;
import org.concord.register.model.MemberSet;
import org.concord.register.model.MissionStatus;
import org.concord.register.model.Qualifier;
import org.concord.shared.Confidence;
import org.concord.shared.Role;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the wire records' Java types do not say and the OpenAPI document must: the closed vocabularies (enums) of
 * string fields, date formats, which fields are always present or required, a description of each schema and an
 * example of each request body. The contract tests validate every response against the result, so a wrong entry here
 * fails a test.
 */
final class ApiSchemas {
    private ApiSchemas() {}

    /** A register date: a year, a month or a day, as the source gives it ("2018", "2018-10", "2018-10-25"). */
    static final Map<String, Object> PARTIAL_DATE = Map.of("type", "string", "pattern", "^\\d{4}(-\\d{2}(-\\d{2})?)?$",
            "description", "a year, a month or a day (YYYY, YYYY-MM or YYYY-MM-DD), as precise as the source");
    /** A deadline: a day, or a month meaning its last day ("2026-09": by the end of September). */
    static final Map<String, Object> DAY_OR_MONTH = Map.of("type", "string", "pattern", "^\\d{4}-\\d{2}(-\\d{2})?$",
            "description", "a day (YYYY-MM-DD), or a month (YYYY-MM) meaning its last day");
    static final Map<String, Object> DATE = Map.of("type", "string", "format", "date");
    static final Map<String, Object> DATE_TIME = Map.of("type", "string", "format", "date-time");
    static final Map<String, Object> ISO3 = Map.of("type", "string", "pattern", "^[A-Z]{3}$", "description", "ISO 3166-1 alpha-3 code");
    static final Map<String, Object> ACTOR = Map.of("type", "string", "minLength", 1, "maxLength", 64,
            "description", "an actor of a forecast issue: a member's ISO3 code, a group or an institution (e.g. ALB, SG)");
    static final List<String> MARKINGS = List.of("PUBLIC", "NATO UNCLASSIFIED", "NATO RESTRICTED", "NATO CONFIDENTIAL", "NATO SECRET");
    static final Map<String, Object> CLASSIFICATION = Map.of("type", "string",
            "description", "a marking of the ladder " + String.join(" < ", MARKINGS) + ", optionally followed by ' REL ' and ISO codes; "
                    + "a write may not ask for one its writer could not read (above their clearance, or for a partner not released to them): 400");

    private static Map<String, Object> oneOf(Class<? extends Enum<?>> type) {
        return Map.of("type", "string", "enum", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    private static Map<String, Object> oneOf(List<String> values) { return Map.of("type", "string", "enum", values); }

    private static final Map<String, Object> SHARE = Map.of("type", "number", "minimum", 0, "maximum", 1);

    private static Map<String, Object> interval(String description, int items) {
        return Map.of("type", "array", "items", Map.of("type", "number"), "minItems", items, "maxItems", items, "description", description);
    }

    /** A few past cases in the validation CSV's columns (see {@code ValidationCsv}): one issue, two actors. */
    static final String VALIDATION_CSV_EXAMPLE = "issue,rule,reference_point,outcome,actor,position,salience,capability,vote_weight,proposer\n"
            + "kfor-cut-i1,UNANIMITY,0,20,USA,60,80,10,1,true\nkfor-cut-i1,UNANIMITY,0,20,DEU,10,60,4,1,\n";

    private static Map<String, Object> csvFile(String what) {
        return Map.of("type", "string", "contentMediaType", "text/csv", "description", what
                + ": a CSV file with the header issue,rule,reference_point,outcome,actor,position,salience,capability,vote_weight,proposer[,group]");
    }

    /** The request bodies that are not JSON, by media type: the OpenAPI media type object of each. */
    static final Map<String, Map<String, Object>> MEDIA = Map.of(
            "text/csv", Map.of("schema", csvFile("the past cases to score, cross-validated by proposal"), "example", VALIDATION_CSV_EXAMPLE),
            "multipart/form-data", Map.of(
                    "schema", Map.of("type", "object", "required", List.of("cases", "train"), "additionalProperties", false,
                            "description", "The cases to score and the training file everything is fitted on (models' residuals, the climatology, "
                                    + "the weights of `combined`), each as a part: `curl -F cases=@cases.csv -F train=@train.csv`.",
                            "properties", ordered("cases", csvFile("the past cases to score"), "train", csvFile("the past cases to fit on"))),
                    "encoding", Map.of("cases", Map.of("contentType", "text/csv"), "train", Map.of("contentType", "text/csv")),
                    "example", ordered("cases", VALIDATION_CSV_EXAMPLE, "train", VALIDATION_CSV_EXAMPLE.replace("kfor-cut-i1", "nmi-end-i1"))));

    /** Field schemas by {@code Record.field} (simple record name); a field named everywhere alike is under {@code *.field}. */
    static final Map<String, Map<String, Object>> FIELDS = Map.ofEntries(
            Map.entry("*.confidence", oneOf(Confidence.class)),
            Map.entry("*.classification", CLASSIFICATION),
            Map.entry("MemberData.accession", PARTIAL_DATE), Map.entry("MemberData.left", PARTIAL_DATE), Map.entry("MemberData.iso3", ISO3),
            Map.entry("PartnerData.iso3", ISO3),
            Map.entry("FrameworkData.launched", PARTIAL_DATE),
            Map.entry("PartnershipData.since", PARTIAL_DATE),
            Map.entry("BodyData.memberSet", oneOf(MemberSet.class)),
            Map.entry("MissionData.coreTask", oneOf(CoreTask.class)), Map.entry("MissionData.secondaryCoreTask", oneOf(CoreTask.class)),
            Map.entry("MissionData.status", oneOf(MissionStatus.class)), Map.entry("MissionData.hostNation", ISO3),
            Map.entry("MissionData.start", PARTIAL_DATE), Map.entry("MissionData.end", PARTIAL_DATE), Map.entry("MissionData.scheduledEnd", PARTIAL_DATE),
            Map.entry("MissionData.leadNations", Map.of("type", "array", "items", ISO3, "description",
                    "Read only: the nations of `leads` leading on the read date (today, or `on`); sent back, it may name only nations of `leads`.")),
            Map.entry("LeadData.nation", ISO3), Map.entry("LeadData.from", PARTIAL_DATE), Map.entry("LeadData.to", PARTIAL_DATE),
            Map.entry("StrengthData.date", PARTIAL_DATE), Map.entry("StrengthData.qualifier", oneOf(Qualifier.class)),
            Map.entry("EventData.kind", oneOf(EventKind.class)), Map.entry("EventData.status", oneOf(EventStatus.class)),
            Map.entry("EventData.start", PARTIAL_DATE), Map.entry("EventData.end", PARTIAL_DATE),
            Map.entry("SessionData.date", PARTIAL_DATE), Map.entry("SessionData.formality", oneOf(Formality.class)),
            Map.entry("SessionData.level", oneOf(Level.class)),
            Map.entry("InvitationData.status", oneOf(InvitationStatus.class)), Map.entry("InvitationData.country", ISO3),
            Map.entry("ItemView.level", oneOf(org.concord.procedure.model.Level.class)), Map.entry("ItemView.status", oneOf(ItemStatus.class)),
            Map.entry("PositionView.position", oneOf(PositionKind.class)), Map.entry("PositionView.fromLevel", oneOf(org.concord.procedure.model.Level.class)),
            Map.entry("PositionView.act", oneOf(ActForm.class)), Map.entry("PositionView.member", ISO3),
            Map.entry("SilenceView.phase", oneOf(SilencePhase.class)),
            Map.entry("ExemptionView.kind", oneOf(ExemptionKind.class)),
            Map.entry("EffectRequest.level", oneOf(Level.class)),
            Map.entry("EffectRequest.formality", oneOf(org.concord.procedure.model.SessionFormality.class)),
            Map.entry("EffectRequest.start", DAY_OR_MONTH), Map.entry("EffectRequest.newEnd", DAY_OR_MONTH),
            Map.entry("EffectRequest.byDate", DAY_OR_MONTH), Map.entry("EffectRequest.endDate", DAY_OR_MONTH),
            Map.entry("EffectRequest.partner", ISO3), Map.entry("EffectRequest.partners", Map.of("type", "array", "items", ISO3, "minItems", 1)),
            Map.entry("PositionData.position", oneOf(PositionKind.class)), Map.entry("PositionData.fromLevel", oneOf(org.concord.procedure.model.Level.class)),
            Map.entry("PositionData.act", oneOf(ActForm.class)),
            Map.entry("BreakSilenceAct.act", oneOf(ActForm.class)), Map.entry("WithdrawFootnoteAct.act", oneOf(ActForm.class)),
            Map.entry("OpenSilenceAct.deadline", DATE_TIME),
            Map.entry("RaiseItemData.level", oneOf(org.concord.procedure.model.Level.class)),
            Map.entry("MoveData.level", oneOf(org.concord.procedure.model.Level.class)),
            Map.entry("SignedInSession.role", oneOf(Role.class)), Map.entry("SignedInSession.clearance", oneOf(MARKINGS)),
            Map.entry("NewUserData.role", oneOf(Role.class)), Map.entry("NewUserData.clearance", oneOf(MARKINGS)),
            Map.entry("UserData.role", oneOf(Role.class)), Map.entry("UserData.clearance", oneOf(MARKINGS)), Map.entry("UserData.created", DATE_TIME),
            Map.entry("WhoAmI.role", oneOf(Role.class)),
            Map.entry("TokenData.expires", DATE_TIME),
            Map.entry("StanceData.reportedOn", DATE), Map.entry("StanceData.grade", Map.of("type", "string", "pattern", "^[A-F][1-6]$",
                    "description", "Admiralty grade: source reliability A-F and information credibility 1-6")),
            Map.entry("StanceReading.reportedOn", DATE), Map.entry("StanceReading.grade", Map.of("type", "string", "pattern", "^[A-F][1-6]$")),
            Map.entry("IssueData.date", DATE), Map.entry("IssueView.asOf", DATE), Map.entry("Inputs.asOf", DATE),
            Map.entry("ForecastRequestData.asOf", Map.of("type", "string", "format", "date",
                    "description", "weigh the stances reported up to this date (default today): the `on` of the other routes, kept under its stored name")),
            Map.entry("ForecastRequestData.model", oneOf(List.of("compromise", "win-set", "nash-bargaining", "expected-utility"))),
            Map.entry("Results.status", oneOf(List.of("COMPLETED", "SKIPPED"))),
            Map.entry("ForecastSummary.status", oneOf(List.of("COMPLETED", "SKIPPED"))),
            Map.entry("ReviewCycleData.firstDue", DATE),
            Map.entry("ContributionData.nation", ISO3), Map.entry("ContributionData.date", PARTIAL_DATE),
            Map.entry("ContributionData.qualifier", oneOf(Qualifier.class)),
            Map.entry("ReviewData.kind", oneOf(org.concord.review.model.ReviewKind.class)), Map.entry("ReviewData.dueOn", DATE),
            Map.entry("ReviewData.calledOn", DATE), Map.entry("ReviewData.heldOn", DATE),
            Map.entry("ReviewData.recommendation", oneOf(org.concord.review.model.Recommendation.class)),
            Map.entry("RecordReviewData.kind", oneOf(org.concord.review.model.ReviewKind.class)), Map.entry("RecordReviewData.dueOn", DATE),
            Map.entry("RecordReviewData.heldOn", DATE), Map.entry("RecordReviewData.recommendation", oneOf(org.concord.review.model.Recommendation.class)),
            Map.entry("DueReviewData.kind", oneOf(org.concord.review.model.ReviewKind.class)), Map.entry("DueReviewData.dueOn", DATE),
            Map.entry("DueReviewData.state", oneOf(org.concord.review.model.DueReview.State.class)),
            Map.entry("PortfolioRowData.area", oneOf(org.concord.portfolio.model.Area.class)),
            Map.entry("PortfolioRowData.status", oneOf(MissionStatus.class)), Map.entry("PortfolioRowData.coreTask", oneOf(CoreTask.class)),
            Map.entry("ResetRequestData.profile", oneOf(List.of("DETERRENCE_AND_DEFENCE_ONLY", "OUTSIDE_EURO_ATLANTIC", "PERSONNEL_CAP"))),
            Map.entry("ResetRequestData.by", DATE),
            Map.entry("WebhookData.created", DATE_TIME), Map.entry("WebhookData.url", Map.of("type", "string", "format", "uri")),
            Map.entry("WebhookRequest.url", Map.of("type", "string", "format", "uri")),
            Map.entry("DeliveryData.status", oneOf(List.of("PENDING", "DELIVERED", "FAILED"))),
            Map.entry("DeliveryData.at", DATE_TIME), Map.entry("DeliveryData.nextAt", DATE_TIME),
            Map.entry("FeedTokenData.created", DATE_TIME), Map.entry("AllowedHostData.addedAt", DATE_TIME),
            Map.entry("RiskData.assessedOn", DATE), Map.entry("RiskData.grade", Map.of("type", "string", "pattern", "^[A-F][1-6]$",
                    "description", "Admiralty grade of the source: reliability A-F and credibility 1-6")),
            Map.entry("RiskData.likelihood", oneOf(org.concord.intel.Likelihood.class)), Map.entry("RiskData.impact", oneOf(org.concord.intel.Impact.class)),
            Map.entry("ItemOptions.asOf", DATE), Map.entry("Brief.preparedOn", DATE),
            Map.entry("OptionForecast.measure", oneOf(List.of("P(passes)", "P(status quo stays)"))),
            Map.entry("StanceLine.reportedOn", DATE), Map.entry("StanceLine.grade", Map.of("type", "string", "pattern", "^[A-F][1-6]$")),
            Map.entry("ValidationScheme.cv", oneOf(List.of("proposal"))),
            Map.entry("ValidationScheme.train", Map.of("type", "string", "description", "the training file as named (its part's file name, else `train`)")),
            Map.entry("ModelScores.fallback", Map.of("type", List.of("string", "null"),
                    "description", "what the model does where it cannot speak (no reference point), or null")),
            Map.entry("ModelScores.maeUnanimity", Map.of("type", List.of("number", "null"), "description", "MAE on the unanimity issues, or null without any")),
            Map.entry("ModelScores.crpsCi", interval("95 % bootstrap interval of the mean CRPS: [low, high]", 2)),
            Map.entry("ModelScores.maeCi", interval("95 % bootstrap interval of the MAE: [low, high]", 2)),
            Map.entry("ModelScores.crpsVsCompromise", interval("this model's CRPS minus the compromise's on the same issues, paired: [mean, low, high] "
                    + "(95 % bootstrap interval); an edge is real only if the interval excludes 0", 3)),
            Map.entry("ModelScores.coverage50", SHARE), Map.entry("ModelScores.coverage90", SHARE),
            Map.entry("CalibrationLevel.level", SHARE), Map.entry("CalibrationLevel.coverage", SHARE),
            Map.entry("CommonScores.crps", Map.of("type", List.of("number", "null"))), Map.entry("CommonScores.mae", Map.of("type", List.of("number", "null"))),
            Map.entry("RuleDefaultData.rule", oneOf(List.of("UNANIMITY", "QMV", "MAJORITY"))));

    /** Fields always present in a response, or required in a request (primitive fields are always required). */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("MemberData", List.of("iso3", "iso2", "name", "accession", "confidence")),
            Map.entry("PartnerData", List.of("iso3", "iso2", "name", "confidence")),
            Map.entry("FrameworkData", List.of("code", "name", "confidence")),
            Map.entry("PartnershipData", List.of("framework", "confidence")),
            Map.entry("BodyData", List.of("id", "name", "memberSet", "confidence")),
            Map.entry("OrganisationData", List.of("id", "name", "procedure", "defaultBody")),
            Map.entry("MissionData", List.of("id", "name", "kind", "coreTask", "legalBasis", "start")),
            Map.entry("StrengthData", List.of("date")),
            Map.entry("EventData", List.of("id", "name", "kind", "start")),
            Map.entry("SessionData", List.of("id", "title", "body", "formality")),
            Map.entry("LeadData", List.of("nation")),
            Map.entry("InvitationData", List.of("country", "status")),
            // positions: not in list rows; history: only in one item's read (issue 10)
            Map.entry("ItemView", List.of("id", "classification", "body", "level", "proposer", "subject", "status", "effect", "texts",
                    "excluded", "consensus", "raisedAt", "lastActAt")),
            Map.entry("PositionView", List.of("member", "position", "act", "recordedBy", "at", "rule")),
            Map.entry("SilenceView", List.of("openedAt", "deadline", "breakers", "phase")),
            Map.entry("ConsensusView", List.of("blocking")),
            Map.entry("LaunchMissionEffect", List.of("mission", "name", "mandate", "start")),
            Map.entry("ExtendMissionEffect", List.of("mission", "newEnd")),
            Map.entry("ChangeMandateEffect", List.of("mission", "text")),
            Map.entry("ReduceMissionEffect", List.of("mission")),
            Map.entry("TerminateMissionEffect", List.of("mission", "endDate")),
            Map.entry("InvitePartnerEffect", List.of("event", "session", "partner", "level")),
            Map.entry("ExcludePartnerEffect", List.of("event", "session", "partner")),
            Map.entry("ExcludePartnersEffect", List.of("event", "session", "partners")),
            Map.entry("HoldEventEffect", List.of("event")),
            Map.entry("CancelEventEffect", List.of("event")),
            Map.entry("AdoptStatementEffect", List.of("text")),
            Map.entry("RaiseItemData", List.of("body", "subject", "text", "effect")),
            Map.entry("PositionData", List.of("position", "version")),
            Map.entry("VersionData", List.of("version")),
            Map.entry("AddTextAct", List.of("text", "version")), Map.entry("OpenSilenceAct", List.of("deadline", "version")),
            Map.entry("BreakSilenceAct", List.of("version")), Map.entry("WithdrawFootnoteAct", List.of("version")),
            Map.entry("ExcludeMemberAct", List.of("reason", "version")), Map.entry("WithdrawAct", List.of("version")),
            Map.entry("ReopenAct", List.of("version")),
            Map.entry("MoveData", List.of("body", "version")),
            Map.entry("JournalEntry", List.of("seq", "at", "actor", "type", "subject", "payload", "prevHash", "hash")),
            Map.entry("JournalEntryView", List.of("seq", "at", "actor", "type", "subject", "payload", "prevHash", "hash")),
            Map.entry("LoginData", List.of("name", "password")),
            Map.entry("SignedInSession", List.of("user", "role", "clearance", "csrfToken")),
            Map.entry("NewUserData", List.of("name", "role", "password")),
            Map.entry("UserData", List.of("name", "role", "clearance", "created")),
            Map.entry("TokenData", List.of("token", "id", "owner")),
            Map.entry("WhoAmI", List.of("user", "role", "nation")),
            Map.entry("StanceData", List.of("issue", "reportedOn", "source", "grade", "position")),
            Map.entry("IssueData", List.of("id", "title", "scale0", "scale100", "statusQuo", "proposal", "rule")),
            Map.entry("IssueRevisionData", List.of("reason")),
            Map.entry("ForecastRequestData", List.of("issue")),
            Map.entry("ForecastData", List.of("issue", "at", "by", "model", "modelVersion", "engineVersion", "inputs", "results")),
            Map.entry("ForecastSummary", List.of("issue", "at", "by", "model", "modelVersion", "status")),
            Map.entry("Results", List.of("status")),
            Map.entry("Health", List.of("status", "database")),
            Map.entry("Verification", List.of("intact")),
            Map.entry("WebhookRequest", List.of("url", "secret")),
            Map.entry("WebhookData", List.of("owner", "url", "events", "created")),
            Map.entry("DeliveryData", List.of("event", "status", "at")),
            Map.entry("FeedTokenData", List.of("id", "owner", "created")),
            Map.entry("AllowedHostData", List.of("host", "addedBy", "addedAt")),
            Map.entry("ReviewCycleData", List.of("intervalMonths", "firstDue")),
            Map.entry("ContributionData", List.of("nation", "personnel", "date")),
            Map.entry("FundedCostData", List.of("amountEur", "year")),
            Map.entry("ReviewData", List.of("id", "mission", "kind", "dueOn", "body", "classification")),
            Map.entry("RecordReviewData", List.of("dueOn")),
            Map.entry("LinkItemData", List.of("item")),
            Map.entry("DueReviewData", List.of("mission", "missionName", "kind", "dueOn", "state", "days")),
            Map.entry("PortfolioRowData", List.of("id", "name", "status", "coreTask", "area", "areaBasis", "personnelText", "commonFundedCost", "classification")),
            Map.entry("ResetRequestData", List.of("profile")),
            Map.entry("ResetAnalysisData", List.of("profile", "code", "statement", "by", "on", "scope", "missionsTouched", "personnelFreed", "changes")),
            Map.entry("ResetDraftsData", List.of("profile", "code", "statement", "scope", "passing", "blocked", "drafts")),
            Map.entry("OptionData", List.of("key", "label", "point")),
            Map.entry("ItemOptions", List.of("item", "classification", "options")),
            Map.entry("OptionForecast", List.of("key", "label", "point", "classification", "measure", "probability", "blockers", "rejecting")),
            Map.entry("Rejecting", List.of("actor", "share", "likely")),
            Map.entry("RiskData", List.of("what", "where", "assessedBy", "grade", "likelihood", "impact", "assessedOn")),
            Map.entry("Brief", List.of("item", "subject", "status", "board", "stances", "options", "risks", "reviews", "sources", "classification")),
            Map.entry("BoardCell", List.of("member")),
            Map.entry("StanceLine", List.of("about", "reportedOn", "source", "grade", "position", "classification")),
            Map.entry("MissionReviews", List.of("mission", "reviews")),
            Map.entry("ReviewLine", List.of("text", "classification")),
            Map.entry("Source", List.of("key", "citation")),
            Map.entry("PredictiveReportData", List.of("scheme", "bootstrap", "models", "climatology", "common", "defaults")),
            Map.entry("BootstrapData", List.of("resampling")),
            Map.entry("ModelScores", List.of("name", "fallback", "crpsCi", "maeCi", "maeUnanimity", "calibration", "crpsVsCompromise", "note")),
            Map.entry("CommonSubset", List.of("models")),
            Map.entry("CommonScores", List.of("name", "crps", "mae")),
            Map.entry("RuleDefaultData", List.of("rule", "model", "forecastModel", "why")));

    /** One sentence per schema. */
    static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("MemberData", "A member state with its accession date and sources."),
            Map.entry("PartnerData", "A partner country with its partnership frameworks."),
            Map.entry("PartnershipData", "A partner's membership of one framework."),
            Map.entry("FrameworkData", "A partnership framework."),
            Map.entry("BodyData", "A decision body (e.g. the North Atlantic Council) and who sits on it."),
            Map.entry("OrganisationData", "The organisation and its procedure configuration."),
            Map.entry("MissionData", "A mission or operation; `version` is the optimistic-lock version (ignored on create, required on update)."),
            Map.entry("StrengthData", "One reported strength figure of a mission."),
            Map.entry("EventData", "A summit, ministerial or other event with its sessions."),
            Map.entry("SessionData", "One session of an event and who is invited; `level` is left out when unknown, which only an informal session may be."),
            Map.entry("LeadData", "A nation's leading role in a mission for a period: `from` inclusive, `to` the first day it no longer held (the successor's first day); without dates it holds while the mission runs."),
            Map.entry("InvitationData", "A partner's invitation to a session."),
            Map.entry("ItemView", "A decision item: texts, standing positions and their history, silence, consensus status; `version` is the one the next write carries."),
            Map.entry("Text", "One text version of an item."),
            Map.entry("PositionView", "A member's official position as recorded (R8)."),
            Map.entry("SilenceView", "The item's latest silence procedure."),
            Map.entry("ConsensusView", "Whether consensus stands and, if not, who blocks under which rule."),
            Map.entry("AdoptionView", "The adopted decision with its footnotes and exemptions."),
            Map.entry("FootnoteView", "A footnote standing with the adopted decision."),
            Map.entry("ExemptionView", "A member exempt from the decision (non-participation, qualified abstention)."),
            Map.entry("EffectRequest", "What the item does to the register when adopted: `type` picks the effect, the other fields are its parameters."),
            Map.entry("LaunchMissionEffect", "Launches a new mission (`type` LAUNCH_MISSION)."),
            Map.entry("ExtendMissionEffect", "Extends a mission to a new end (`type` EXTEND_MISSION)."),
            Map.entry("ChangeMandateEffect", "Replaces a mission's mandate with `text` (`type` CHANGE_MANDATE)."),
            Map.entry("ReduceMissionEffect", "Reduces a mission, optionally to a target strength by a date (`type` REDUCE_MISSION)."),
            Map.entry("TerminateMissionEffect", "Terminates a mission by an end date (`type` TERMINATE_MISSION)."),
            Map.entry("InvitePartnerEffect", "Invites a partner to a session of an event (`type` INVITE_PARTNER; `formality` defaults to FORMAL)."),
            Map.entry("ExcludePartnerEffect", "Excludes a partner from a session of an event (`type` EXCLUDE_PARTNER)."),
            Map.entry("ExcludePartnersEffect", "Excludes partners from a session of an event (`type` EXCLUDE_PARTNERS)."),
            Map.entry("HoldEventEffect", "Holds an event (`type` HOLD_EVENT)."),
            Map.entry("CancelEventEffect", "Cancels an event (`type` CANCEL_EVENT)."),
            Map.entry("AdoptStatementEffect", "Adopts a statement; changes nothing in the register (`type` ADOPT_STATEMENT)."),
            Map.entry("RaiseItemData", "A new decision item with its first text and typed effect."),
            Map.entry("AddTextAct", "A new text version and the item version it was based on."),
            Map.entry("OpenSilenceAct", "The deadline of a new silence procedure and the item version it was based on."),
            Map.entry("BreakSilenceAct", "The official act (form and reference) that breaks silence and the item version it was based on."),
            Map.entry("WithdrawFootnoteAct", "The official act (form and reference) that withdraws a footnote and the item version it was based on."),
            Map.entry("ExcludeMemberAct", "The basis of a consensus-minus-one exclusion (`reason`) and the item version it was based on."),
            Map.entry("WithdrawAct", "Why the item is withdrawn (optional) and the item version it was based on."),
            Map.entry("ReopenAct", "The id of the new item (generated when absent) and the sealed item's version."),
            Map.entry("PositionData", "An official position in the R8 vocabulary and the act that carries it."),
            Map.entry("VersionData", "The item version the write is based on."),
            Map.entry("MoveData", "Move an item to another body or level (R12)."),
            Map.entry("JournalEntry", "One immutable, hash-chained journal event."),
            Map.entry("JournalEntryView", "One immutable, hash-chained journal event; its payload is the JSON object whose canonical text the hash covers."),
            Map.entry("LoginData", "A sign-in request."),
            Map.entry("SignedInSession", "Who signed in, and the CSRF token their state-changing requests must carry in X-CSRF-Token."),
            Map.entry("NewUserData", "A new user; the password must be 12 characters or more."),
            Map.entry("UserData", "A user as listed (never the password hash)."),
            Map.entry("TokenRequest", "A token request: for whom (default: yourself) and for how many days (1 to 3650; default: 90)."),
            Map.entry("TokenData", "A new bearer token, shown once."),
            Map.entry("WhoAmI", "Who the request acts as (`anonymous` when it carries no credentials)."),
            Map.entry("SignedOut", "The session has ended."),
            Map.entry("Verification", "The result of verifying the journal's hash chain."),
            Map.entry("Health", "Liveness and the database kind."),
            Map.entry("IssueData", "A forecast issue: a question on a 0-100 scale."),
            Map.entry("OptionData", "An option for a decision item: a point on the scale of its forecast issue (not a competing text in the procedure)."),
            Map.entry("ItemOptions", "An item's options side by side, each forecast as if it were the proposal; `closest` names the option closest to the proposer that every ally is forecast to accept."),
            Map.entry("OptionForecast", "One option with its forecast: P(passes) (P(status quo stays) for the status quo: none of the other options passes), who blocks, who may reject."),
            Map.entry("Rejecting", "A member that prefers the status quo to the option in some draws: the share of draws, and whether that is half or more (then it blocks under unanimity)."),
            Map.entry("RiskData", "A risk: a graded assessment of what may happen, attached to one mission, item or option (intelligence, never an official act)."),
            Map.entry("Brief", "A decision brief as one reader may see it: question, status and who blocks, board, reported stances, options, risks, mission reviews and sources; `classification` is the highest marking of what it shows."),
            Map.entry("BoardCell", "A required member's standing official position (null: none yet)."),
            Map.entry("StanceLine", "A reported stance as the brief shows it."),
            Map.entry("MissionReviews", "The review history of a mission the item touches."),
            Map.entry("ReviewLine", "One review of a mission in a line, with its marking."),
            Map.entry("Source", "A source key with its citation."),
            Map.entry("IssueView", "An issue with every actor's position estimate and the stances behind it."),
            Map.entry("StanceReading", "A reported stance as read onto the issue."),
            Map.entry("ActorData", "An actor's estimated position and weights."),
            Map.entry("StanceData", "A reported stance (intelligence, never a decision)."),
            Map.entry("IssueRevisionData", "A revision of a forecast issue: the fields given replace the stored ones; `reason` says why and `reasonSources` on which sources."),
            Map.entry("ForecastRequestData", "A forecast to run."),
            Map.entry("ForecastData", "A stored forecast with its inputs, seed and results."),
            Map.entry("ForecastSummary", "A stored forecast's key numbers."),
            Map.entry("Inputs", "What a forecast was run on."),
            Map.entry("Results", "What a forecast's draws gave."),
            Map.entry("DistributionData", "Quantiles and mean of the outcome."),
            Map.entry("PivotalData", "How often an actor was pivotal."),
            Map.entry("LeverData", "What would move an actor, and by how much."),
            Map.entry("WebhookRequest", "A webhook to register: journal events the owner may see are POSTed to `url` as JSON, signed in `X-Concord-Signature: sha256=<hex HMAC-SHA256 of the body under secret>`; `events` names the journal event types wanted (all when absent)."),
            Map.entry("WebhookData", "A registered webhook (its secret is never shown again)."),
            Map.entry("DeliveryData", "One journal event's delivery to a webhook: attempts so far, last outcome, next try."),
            Map.entry("FeedTokenData", "A read-only feed token for the calendar and Atom feeds; `token` and `calendar` are shown once, at creation."),
            Map.entry("AllowedHostData", "A loopback or private host an administrator allows webhooks to target."),
            Map.entry("Problem", "An RFC 9457 problem document; `violations` names every bad field."),
            Map.entry("ReviewCycleData", "A mission's periodic review cycle; graded like every register fact (RECALLED: an assumption)."),
            Map.entry("ContributionData", "One named nation's personnel in a mission on a date, as a source gives it."),
            Map.entry("FundedCostData", "A mission's common-funded cost in a year, as a source gives it."),
            Map.entry("ReviewData", "A mission review, held or called."),
            Map.entry("RecordReviewData", "A review held (heldOn, recommendation) or an ad hoc review called (kind AD_HOC, no heldOn)."),
            Map.entry("LinkItemData", "The decision item a review led to."),
            Map.entry("DueReviewData", "A review a mission owes on a date: OVERDUE or DUE within 30 days."),
            Map.entry("PortfolioRowData", "One mission of the portfolio: core task, area, personnel with source and grade, contributors, cost."),
            Map.entry("ResetRequestData", "A reset profile to apply to the portfolio."),
            Map.entry("ResetAnalysisData", "A reset profile applied to the portfolio the reader may see: what it touches, frees and needs."),
            Map.entry("ResetDraftsData", "A reset's draft items with their forecasts: P(passes) and who blocks, item by item."),
            Map.entry("PredictiveReportData", "How each model's calibrated predictive distribution scored on issues that took no part in fitting it "
                    + "(the JSON of `concord forecast validate --format json`): CRPS, band coverage, calibration and MAE with bootstrap intervals, "
                    + "the climatology reference, the issues every model scored with its own point and the default model per rule."),
            Map.entry("ValidationScheme", "How the cases were split: cross-validation by proposal (`cv`, `folds`, `groups`: distinct proposals, "
                    + "`seed`), or everything fitted on a training file (`train`, `trainingIssues`)."),
            Map.entry("BootstrapData", "How the 95 % intervals were drawn: resamples of the proposals, with their seed."),
            Map.entry("ModelScores", "One model's scores on the held-out issues (CRPS and MAE in scale points, 0-100); `own` issues were scored "
                    + "with the model's own point, the rest with its `fallback`."),
            Map.entry("CalibrationLevel", "The share of outcomes inside the model's central band of one level."),
            Map.entry("CommonSubset", "The issues every model scored with its own point, and each model's CRPS and MAE there."),
            Map.entry("CommonScores", "One model's CRPS and MAE on the common issues (null where it scored none)."),
            Map.entry("RuleDefaultData", "The default model for a rule: the scored row with the best CRPS among those whose headline obeys the rule, "
                    + "and the forecast model it stands for."));

    /** One example per request body; each must be valid against its schema (the lint checks it). */
    static final Map<String, Object> EXAMPLES = Map.ofEntries(
            Map.entry("MissionData", ordered("id", "nmi", "name", "NATO Mission Iraq", "kind", "non-combat advisory and capacity-building mission",
                    "coreTask", "CRISIS_PREVENTION_AND_MANAGEMENT", "legalBasis", "request of the Government of Iraq", "start", "2018-10",
                    "status", "ACTIVE", "sources", List.of("S01"), "confidence", "PRIMARY", "version", 1)),
            Map.entry("RaiseItemData", ordered("id", "kfor-reduction-2026", "body", "nac", "level", "AMBASSADORS", "proposer", "USA",
                    "subject", "Curtail KFOR", "text", "The Council agrees to reduce KFOR.", "effect", ordered("type", "REDUCE_MISSION", "mission", "kfor"))),
            Map.entry("AddTextAct", ordered("text", "The Council decides to reduce KFOR to 3,000 personnel by 2027.", "version", 2)),
            Map.entry("OpenSilenceAct", ordered("deadline", "2026-12-01T12:00:00Z", "version", 2)),
            Map.entry("BreakSilenceAct", ordered("act", "LETTER", "reference", "DEU/2026/117", "version", 2)),
            Map.entry("WithdrawFootnoteAct", ordered("act", "LETTER", "reference", "ITA/2026/41", "version", 4)),
            Map.entry("ExcludeMemberAct", ordered("reason", "clear, gross and uncorrected violation of commitments (Prague Document 1992)", "version", 2)),
            Map.entry("WithdrawAct", ordered("reason", "overtaken by events", "version", 3)),
            Map.entry("ReopenAct", ordered("newId", "public-forum-2026-review", "version", 5)),
            Map.entry("PositionData", ordered("position", "OBJECTION", "act", "STATEMENT_IN_SESSION", "version", 1)),
            Map.entry("VersionData", ordered("version", 3)),
            Map.entry("MoveData", ordered("body", "dppc", "level", "MINISTERS", "reason", "defence ministers decide", "version", 2)),
            Map.entry("LoginData", ordered("name", "chair", "password", "correct horse battery staple")),
            Map.entry("NewUserData", ordered("name", "ita", "role", "DELEGATION", "nation", "ITA", "clearance", "NATO SECRET", "password", "correct horse battery staple")),
            Map.entry("TokenRequest", ordered("days", 30)),
            Map.entry("StanceData", ordered("issue", "nmi-end", "actor", "DEU", "reportedOn", "2026-03-01", "source", "minister, on ARD",
                    "grade", "B2", "position", 70.0, "quote", "We stay as long as Baghdad wants us")),
            Map.entry("IssueData", ordered("id", "kfor-cut", "item", "kfor-reduction-2026", "title", "Is KFOR curtailed?", "scale0", "no cut",
                    "scale100", "full withdrawal", "statusQuo", 0.0, "proposal", 60.0, "rule", "UNANIMITY", "proposer", "USA", "date", "2026-03-01")),
            Map.entry("IssueRevisionData", ordered("statusQuo", 0.0, "note", "NATO announced on record that the forum will not be held",
                    "reason", "The cancellation was announced, not only proposed", "reasonSources", List.of("S17"))),
            Map.entry("ForecastRequestData", ordered("issue", "nmi-end", "runs", 10000, "seed", 42, "model", "win-set")),
            Map.entry("WebhookRequest", ordered("url", "https://desk.example.org/concord", "secret", "a long shared secret", "events", List.of(org.concord.procedure.model.ProcedureEvent.SilenceBroken.TYPE))),
            Map.entry("FeedTokenRequest", ordered("note", "Thunderbird on my desk")),
            Map.entry("RecordReviewData", ordered("dueOn", "2026-06-12", "heldOn", "2026-06-20", "recommendation", "ADJUST",
                    "item", "kfor-reduction-2026", "summary", "Keep KFOR; revisit the reinforcements in six months.")),
            Map.entry("LinkItemData", ordered("item", "kfor-reduction-2026")),
            Map.entry("ResetRequestData", ordered("profile", "DETERRENCE_AND_DEFENCE_ONLY", "by", "2027-12-31")),

            Map.entry("OptionData", ordered("key", "drawdown-2027", "issue", "nmi-end", "label", "Drawdown to a residual advisory presence by 2027",
                    "point", 35.0, "description", "what most allies are reported to favour", "sources", List.of("S17"))),
            Map.entry("RiskData", ordered("item", "nmi-termination-2026", "what", "Armed groups gain influence and the Kurdistan Region is destabilised",
                    "where", "Iraq: the Kurdistan Region", "condition", "if NMI ends with the US withdrawal", "assessedBy", "an Iraq expert, to the press",
                    "grade", "B3", "likelihood", "REALISTIC_POSSIBILITY", "impact", "MAJOR", "assessedOn", "2026-02-19", "sources", List.of("S17"))));

    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }
}
