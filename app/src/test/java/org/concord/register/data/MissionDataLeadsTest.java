package org.concord.register.data;

import org.concord.register.model.Mission;
import org.concord.shared.InvalidInput;
import org.concord.shared.Iso3;
import org.concord.shared.Violations;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MissionDataLeadsTest {
    static MissionData rsm(List<String> leadNations, List<LeadData> leads) {
        return new MissionData("rsm", "Resolute Support Mission", "RSM", "train, advise and assist mission", "CRISIS_PREVENTION_AND_MANAGEMENT",
                null, null, "UNSCR 2189 (2014)", "Afghanistan", "AFG", "2015-01-01", "2021-09", null, "TERMINATED", null,
                leadNations, leads, List.of("USA", "ITA"), null, null, List.of("S50", "S53"), "SECONDARY", null, null);
    }

    static Mission model(MissionData d) {
        Violations v = new Violations();
        Mission m = d.toModel("", v);
        v.throwIfAny();
        return m;
    }

    @Test
    void a_file_written_before_lead_nations_were_dated_reads_them_as_leading_throughout_with_the_missions_sources() {
        Mission m = model(rsm(List.of("ITA", "DEU"), null));
        assertThat(m.leads()).extracting(l -> l.nation().code()).containsExactly("ITA", "DEU");
        assertThat(m.leads()).allSatisfy(l -> {
            assertThat(l.from()).isEmpty();
            assertThat(l.to()).isEmpty();
            assertThat(l.provenance()).isEqualTo(m.provenance());
        });
        assertThat(m.leadNationsOn(LocalDate.parse("2018-01-01"))).containsExactly(Iso3.of("ITA"), Iso3.of("DEU"));
    }

    @Test
    void files_and_the_journal_keep_the_dated_leads_and_readers_also_get_the_nations_leading_on_their_day() {
        Mission m = model(rsm(null, List.of(new LeadData("USA", "commander", null, null, null, List.of("S50"), null))));
        MissionData canonical = MissionData.from(m);
        assertThat(canonical.leadNations()).isNull();
        assertThat(canonical.leads()).containsExactly(new LeadData("USA", "commander", null, null, null, List.of("S50"), "SECONDARY"));
        assertThat(MissionData.from(m, LocalDate.parse("2018-01-01")).leadNations()).containsExactly("USA");
        assertThat(MissionData.from(m, LocalDate.parse("2023-01-01")).leadNations()).isEmpty();
        assertThat(model(MissionData.from(m, LocalDate.parse("2018-01-01")))).isEqualTo(m);
    }

    @Test
    void leadNations_beside_leads_may_name_only_nations_of_leads() {
        var data = rsm(List.of("USA", "GBR"), List.of(new LeadData("USA", null, null, null, null, null, null)));
        assertThatThrownBy(() -> model(data)).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.violations()).anySatisfy(x -> {
                    assertThat(x.field()).isEqualTo("leadNations[1]");
                    assertThat(x.reason()).contains("'GBR' is not in leads");
                }));
    }

    @Test
    void each_bad_lead_field_is_named_by_its_path() {
        var data = rsm(null, List.of(new LeadData("XX", null, "2020-13", null, null, null, null),
                new LeadData("USA", null, "2019", "2018-06", null, null, "SURE")));
        assertThatThrownBy(() -> model(data)).isInstanceOfSatisfying(InvalidInput.class, e ->
                assertThat(e.violations()).extracting(x -> x.field())
                        .contains("leads[0].nation", "leads[0].from", "leads[1].to", "leads[1].confidence"));
    }
}
