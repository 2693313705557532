package org.concord.boot;

import org.concord.journal.JournalEntry;
import org.concord.procedure.application.ProcedureService;
import org.concord.json.Json;
import org.concord.procedure.data.RaiseItemData;
import org.concord.register.data.MissionData;
import org.concord.procedure.application.RegisterEffects;
import org.concord.procedure.model.AdoptedDecision;
import org.concord.procedure.model.Effect;
import org.concord.procedure.model.ItemId;
import org.concord.procedure.model.Membership;
import org.concord.register.application.DecisionEffects;
import org.concord.register.model.Mission;
import org.concord.register.model.MissionId;
import org.concord.register.model.Missions;
import org.concord.shared.NotFound;
import org.concord.shared.Principal;
import org.concord.shared.Role;
import org.concord.shared.tx.Tx;
import org.concord.testing.Fixtures;
import org.concord.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Before 6a328fd a mission launched by adopting a secret item was stored PUBLIC. A database written then is repaired
 * when Concord opens it: the mission is raised to the marking of the item that launched it (journaled), once; a
 * marking someone set on the mission since its launch is left as they set it.
 */
class LeakedLaunchRepairIT {
    static final Clock CLOCK = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
    static final Principal CHAIR = Principal.of("chair-secret", Role.CHAIR);
    static final Principal LOW = Principal.of("analyst-low", Role.ANALYST);

    /** The register's effects as editions before 6a328fd applied them: a launched mission got no marking (PUBLIC). */
    static RegisterEffects beforeTheFix(RegisterEffects real) {
        return new RegisterEffects() {
            @Override public Membership membership(Tx t) { return real.membership(t); }

            @Override public String procedure(Tx t) { return real.procedure(t); }

            @Override public String apply(Tx t, Principal who, AdoptedDecision decision, String classification) {
                return real.apply(t, who, decision, "PUBLIC");
            }

            @Override public List<Target> targets(Tx t, Effect effect) { return real.targets(t, effect); }
        };
    }

    static void launch(Concord c, ProcedureService procedure, String item, String mission, String marking) throws Exception {
        RaiseItemData data = Json.mapper().readValue("""
                {"id":"%s","proposer":"CHAIR","subject":"Launch %s","text":"The Council decides.","classification":"%s",
                 "effect":{"type":"LAUNCH_MISSION","mission":"%s","name":"Cell %s","mandate":"A secret mandate","start":"2027-01-01"}}"""
                .formatted(item, mission, marking, mission, mission), RaiseItemData.class);
        var raised = c.procedure().raise(CHAIR, data);
        procedure.adopt(CHAIR, ItemId.of(item), raised.version());
    }

    static Mission mission(Concord c, String id) {
        return c.transactions().read(t -> t.repository(Missions.class).find(MissionId.of(id))).orElseThrow();
    }

    static long entries(Concord c, String mission) {
        return c.transactions().read(t -> t.repository(org.concord.journal.JournalEvents.class)
                .list(Optional.of("mission:" + mission), Optional.empty(), 0, 1000)).size();
    }

    @Test
    void a_mission_launched_public_by_a_secret_decision_is_raised_to_the_decisions_marking_when_concord_opens_and_only_once() throws Exception {
        String url = TestDatabases.loaded(TestDatabases.Kind.H2, Fixtures.NOW);
        try (Concord c = Fixtures.on(url, TestDatabases.Kind.H2, CLOCK)) {
            Fixtures.token(c, "chair-secret", Role.CHAIR, null, "NATO SECRET");
            Fixtures.token(c, "analyst-low", Role.ANALYST, null, "NATO UNCLASSIFIED");
            ProcedureService old = new ProcedureService(c.transactions(), c.journalChain(), () -> "item-old", c.access(),
                    beforeTheFix(new DecisionEffects(c.journalChain())));
            launch(c, old, "leaky-launch", "leaked-cell", "NATO SECRET");
            launch(c, old, "public-launch", "public-cell", "PUBLIC");
            launch(c, old, "chosen-launch", "chosen-cell", "NATO SECRET");
            // a cleared chair has since set the marking of one of them: their choice stands
            Mission chosen = mission(c, "chosen-cell");
            var data = (com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().valueToTree(MissionData.from(chosen));
            data.put("classification", "NATO RESTRICTED").put("version", chosen.version());
            c.register().updateMission(CHAIR, chosen.id(), Json.mapper().treeToValue(data, MissionData.class));
            // the state a database written before the fix is in: the secret decision's mission is public
            assertThat(mission(c, "leaked-cell").classification()).isEqualTo("PUBLIC");
            assertThat(c.register().mission(LOW, MissionId.of("leaked-cell")).name()).isEqualTo("Cell leaked-cell");
        }
        long before;
        try (Concord c = Fixtures.on(url, TestDatabases.Kind.H2, CLOCK)) {
            assertThat(mission(c, "leaked-cell").classification()).isEqualTo("NATO SECRET");
            assertThatThrownBy(() -> c.register().mission(LOW, MissionId.of("leaked-cell"))).isInstanceOf(NotFound.class);
            assertThat(mission(c, "public-cell").classification()).isEqualTo("PUBLIC");
            assertThat(mission(c, "chosen-cell").classification()).isEqualTo("NATO RESTRICTED");
            List<JournalEntry> journaled = c.transactions().read(t -> t.repository(org.concord.journal.JournalEvents.class)
                    .list(Optional.of("mission:leaked-cell"), Optional.empty(), 0, 1000));
            assertThat(journaled.getLast().type()).isEqualTo("MissionUpdatedByDecision");
            assertThat(journaled.getLast().payload()).contains("\"decision\":\"leaky-launch\"", "NATO SECRET");
            assertThat((Object) c.transactions().read(t -> c.journalChain().verify(t))).isInstanceOf(org.concord.journal.Journal.Verification.Intact.class);
            before = entries(c, "leaked-cell");
        }
        try (Concord c = Fixtures.on(url, TestDatabases.Kind.H2, CLOCK)) {
            assertThat(entries(c, "leaked-cell")).isEqualTo(before);
            assertThat(entries(c, "public-cell")).isEqualTo(1);
        }
    }
}
