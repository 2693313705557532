package org.concord.procedure.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concord.shared.Iso3;
import org.junit.jupiter.api.Test;

/**
 * The events are plain records: a strict Jackson mapper taught the sealed hierarchies from outside (a mix-in with a
 * {@code @type} property, as the store does) writes and reads every event, effect and position unchanged, and the
 * journal read back replays to the same item. The model itself carries no annotation.
 */
class JsonShapeTest {
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "@type")
    private interface Polymorphic {}

    private static final ObjectMapper MAPPER = mapper();

    @Test
    void every_event_type_round_trips_and_the_journal_read_back_replays_to_the_same_item() throws JsonProcessingException {
        List<ProcedureEvent> journal = new ArrayList<>(osceJournal());
        List<ProcedureEvent> readBack = new ArrayList<>();
        for (ProcedureEvent event : journal) readBack.add(roundTrip(event, ProcedureEvent.class));

        assertThat(readBack).isEqualTo(journal);
        assertThat(DecisionItem.replay(readBack)).isEqualTo(DecisionItem.replay(journal));
        List<ProcedureEvent> all = new ArrayList<>(journal);
        all.addAll(withdrawnAndReopened());
        List<ProcedureEvent> drafted = DraftItemTest.drafted();
        drafted.addAll(((Decision.Accepted) DecisionItem.replay(drafted).raiseDraft(Scenario.CHAIR, DraftItemTest.T0.plusSeconds(60))).events());
        assertThat(DecisionItem.replay(drafted.stream().map(e -> {
            try {
                return roundTrip(e, ProcedureEvent.class);
            } catch (JsonProcessingException x) {
                throw new IllegalStateException(x);
            }
        }).toList())).isEqualTo(DecisionItem.replay(drafted));
        all.addAll(drafted);
        for (ProcedureEvent event : all) assertThat(roundTrip(event, ProcedureEvent.class)).isEqualTo(event);
        assertThat(all.stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrder(ProcedureEvent.class.getPermittedSubclasses());
    }

    @Test
    void every_effect_and_position_round_trips() throws JsonProcessingException {
        for (Effect effect : R10MissionLifecycleTest.EVERY_EFFECT) assertThat(roundTrip(effect, Effect.class)).isEqualTo(effect);
        for (Position position : R8PositionVocabularyTest.ONE_OF_EACH) assertThat(roundTrip(position, Position.class)).isEqualTo(position);
        assertThat(roundTrip(ProcedureConfig.nato(), ProcedureConfig.class)).isEqualTo(ProcedureConfig.nato());
    }

    @Test
    void a_null_nation_or_reference_is_left_out_of_the_json() throws JsonProcessingException {
        String json = MAPPER.writeValueAsString(new ProcedureEvent.PositionRecorded(Scenario.ID, Actor.of(Scenario.CHAIR),
                Scenario.T0, Iso3.of("FRA"), new Position.Support(), OfficialAct.inSession(), 1, Rule.R8_POSITION_VOCABULARY));

        assertThat(json).doesNotContain("nation").doesNotContain("reference").contains("\"@type\":\"Support\"");
    }

    private static <T> T roundTrip(T value, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    }

    /** An OSCE item that sees every kind of event but withdrawal and reopening. */
    private static List<ProcedureEvent> osceJournal() {
        BodyId pc = BodyId.of("pc");
        TableMembership osce = new TableMembership(Map.of(pc, Map.of(Iso3.of("AUT"), LocalDate.of(1973, 7, 3),
                Iso3.of("SRB"), LocalDate.of(1973, 7, 3), Iso3.of("USA"), LocalDate.of(1973, 7, 3))), Map.of());
        Scenario s = Scenario.raised(ProcedureConfig.osce(), osce, pc, Level.AMBASSADORS,
                new Effect.InvitePartner(EventId.of("mc-2026"), SessionId.of("plenary"), Iso3.of("AUS"), Level.AMBASSADORS,
                        SessionFormality.FORMAL), Scenario.T0);
        s.accept("AUT", new Position.SupportWithStatement(Footnote.onClause("para-3", "Austria reads ...")));
        s.accept((i, t) -> i.withdrawFootnote(Iso3.of("AUT"), OfficialAct.inSession(), Scenario.delegation("AUT"), s.membership, t));
        s.accept("USA", new Position.AdReferendum());
        s.accept((i, t) -> i.excludeMember(Iso3.of("SRB"), "PC.DEC/1: clear, gross violation", Scenario.CHAIR, s.membership, t));
        s.openSilence(Duration.ofDays(2));
        s.accept((i, t) -> i.changeSilenceDeadline(t.plus(Duration.ofDays(3)), Scenario.CHAIR, t));
        s.later(Duration.ofHours(1)).accept((i, t) -> i.addTextVersion("v2", Scenario.CHAIR, t));
        s.openSilence(Duration.ofDays(1));
        s.breakSilence("AUT");
        s.at(s.deadline()).close();
        s.later(Duration.ofHours(1)).breakSilence("AUT");
        s.support("AUT");
        s.openSilence(Duration.ofDays(1));
        s.at(s.deadline()).close();
        return s.journal;
    }

    private static List<ProcedureEvent> withdrawnAndReopened() {
        Scenario s = Scenario.nato();
        s.accept((i, t) -> i.moveToBody(Nato32.DPC, Level.MINISTERS, "to the DPC", Scenario.CHAIR, s.membership, t));
        s.accept((i, t) -> i.withdraw("overtaken", Scenario.CHAIR, t));
        List<ProcedureEvent> events = new ArrayList<>(s.journal);
        events.addAll(s.item.reopenAs(ItemId.of("nac-2025-017-bis"), Scenario.CHAIR, s.membership, s.now).events());
        return events;
    }

    private static ObjectMapper mapper() {
        SimpleModule codes = new SimpleModule("codes");
        codes.addSerializer(Iso3.class, new ToStringSerializer(Iso3.class));
        codes.addDeserializer(Iso3.class, new FromStringDeserializer<>(Iso3.class) {
            @Override protected Iso3 _deserialize(String value, DeserializationContext ctxt) { return Iso3.of(value); }
        });
        ObjectMapper m = JsonMapper.builder().build().registerModule(new JavaTimeModule()).registerModule(new com.fasterxml.jackson.datatype.jdk8.Jdk8Module()).registerModule(codes)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> root : List.of(ProcedureEvent.class, ProcedureConfig.class)) teachSealedTypes(m, root, seen);
        return m;
    }

    private static void teachSealedTypes(ObjectMapper mapper, Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType p) {
            Arrays.stream(p.getActualTypeArguments()).forEach(arg -> teachSealedTypes(mapper, arg, seen));
            return;
        }
        if (!(type instanceof Class<?> c) || !seen.add(c) || c.getName().startsWith("java.")) return;
        if (c.isSealed() && c.isInterface()) {
            mapper.addMixIn(c, Polymorphic.class);
            for (Class<?> sub : c.getPermittedSubclasses()) {
                mapper.registerSubtypes(new NamedType(sub, sub.getSimpleName()));
                teachSealedTypes(mapper, sub, seen);
            }
        }
        if (c.isRecord()) for (RecordComponent rc : c.getRecordComponents()) teachSealedTypes(mapper, rc.getGenericType(), seen);
    }
}
