package org.concord.boot;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in members, accession dates, partners and frameworks agree with {@code ../shared/reference/nato-reference.yaml}
 * field by field. Each comparison collects every difference, so one run names them all.
 */
class BuiltInAgainstReferenceTest {
    private static final JsonNode REFERENCE = ReferenceData.referenceYaml();
    private static final JsonNode REGISTER = ReferenceData.builtIn(DataFiles.BUILT_IN);
    private static final Pattern DATE = Pattern.compile("^(\\d{4}(-\\d{2}(-\\d{2})?)?)(/\\d{2})?");

    /** The reference framework blocks by the register's framework codes. */
    private static final Map<String, String> FRAMEWORKS = Map.of(
            "partnership_for_peace", "PFP", "mediterranean_dialogue", "MD", "istanbul_cooperation_initiative", "ICI",
            "partners_across_the_globe", "PATG");

    @Test
    void the_members_and_their_accession_agree_with_the_reference_field_by_field() {
        Map<String, JsonNode> register = byKey(REGISTER.get("members"), "iso3");
        Map<String, JsonNode> reference = byKey(REFERENCE.get("members"), "iso_alpha3");
        assertThat(register.keySet()).containsExactlyInAnyOrderElementsOf(reference.keySet());
        assertThat(register).hasSize(32);
        List<String> differ = new ArrayList<>();
        reference.forEach((iso3, ref) -> {
            JsonNode m = register.get(iso3);
            same(differ, iso3 + ".name", text(ref, "name"), text(m, "name"));
            same(differ, iso3 + ".iso2", text(ref, "iso_alpha2"), text(m, "iso2"));
            same(differ, iso3 + ".accession", text(ref, "accession_date"), text(m, "accession"));
            same(differ, iso3 + ".round", text(ref, "enlargement_round"), text(m, "round").replaceAll("(st|nd|rd|th)$", ""));
            same(differ, iso3 + ".confidence", text(ref, "confidence"), text(m, "confidence"));
            same(differ, iso3 + ".sources", keys(ref.get("source_ids")), keys(m.get("sources")));
        });
        assertThat(differ).isEmpty();
    }

    @Test
    void the_partners_and_the_frameworks_they_joined_and_when_agree_with_the_reference_field_by_field() {
        Map<String, Map<String, String>> expected = new TreeMap<>(); // partner -> framework -> since ("" when undated)
        Map<String, String> iso2 = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        JsonNode frameworks = REFERENCE.get("partners").get("frameworks");
        FRAMEWORKS.forEach((block, code) -> frameworks.get(block).get("members").forEach(p -> {
            String iso3 = text(p, "iso_alpha3");
            expected.computeIfAbsent(iso3, k -> new TreeMap<>()).put(code, p.has("joined") ? date(text(p, "joined")) : "");
            iso2.put(iso3, text(p, "iso_alpha2"));
            names.put(iso3, text(p, "name"));
        }));
        REFERENCE.get("partners").get("indo_pacific_partners_ip4").get("members")
                .forEach(c -> expected.computeIfAbsent(c.asText(), k -> new TreeMap<>()).put("IP4", ""));
        JsonNode ukraine = REFERENCE.get("partners").get("ukraine");
        expected.computeIfAbsent(text(ukraine, "iso_alpha3"), k -> new TreeMap<>())
                .put("NUC", date(text(ukraine.get("nato_ukraine_council"), "established")));

        Map<String, JsonNode> register = byKey(REGISTER.get("partners"), "iso3");
        assertThat(register.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        List<String> differ = new ArrayList<>();
        expected.forEach((iso3, want) -> {
            JsonNode p = register.get(iso3);
            same(differ, iso3 + ".iso2", iso2.get(iso3), text(p, "iso2"));
            same(differ, iso3 + ".name", names.get(iso3), text(p, "name"));
            Map<String, String> got = new TreeMap<>();
            p.get("frameworks").forEach(f -> got.put(text(f, "framework"), f.has("since") ? text(f, "since") : ""));
            same(differ, iso3 + ".frameworks", want.toString(), got.toString());
        });
        assertThat(differ).isEmpty();
    }

    @Test
    void each_framework_membership_is_graded_no_higher_than_the_reference_grades_its_framework() {
        Map<String, String> grades = new TreeMap<>();
        JsonNode frameworks = REFERENCE.get("partners").get("frameworks");
        FRAMEWORKS.forEach((block, code) -> grades.put(code, text(frameworks.get(block), "confidence")));
        grades.put("NUC", text(REFERENCE.get("partners").get("ukraine").get("nato_ukraine_council"), "confidence"));
        List<String> tooHigh = new ArrayList<>();
        REGISTER.get("partners").forEach(p -> p.get("frameworks").forEach(f -> {
            String ceiling = grades.get(text(f, "framework"));
            if (ceiling != null && ReferenceData.higher(grade(text(f, "confidence")), grade(ceiling)))
                tooHigh.add(text(p, "iso3") + "/" + text(f, "framework") + " is " + text(f, "confidence") + ", the reference " + ceiling);
        }));
        REGISTER.get("frameworks").forEach(f -> {
            String ceiling = grades.get(text(f, "code"));
            if (ceiling != null && ReferenceData.higher(grade(text(f, "confidence")), grade(ceiling)))
                tooHigh.add(text(f, "code") + " is " + text(f, "confidence") + ", the reference " + ceiling);
        });
        assertThat(grades).hasSize(5);
        assertThat(tooHigh).isEmpty();
    }

    @Test
    void the_frameworks_and_their_launch_dates_agree_with_the_reference() {
        Map<String, String> expected = new TreeMap<>();
        JsonNode frameworks = REFERENCE.get("partners").get("frameworks");
        FRAMEWORKS.forEach((block, code) -> expected.put(code, frameworks.get(block).has("launched") ? date(text(frameworks.get(block), "launched")) : ""));
        expected.put("IP4", "");
        expected.put("NUC", date(text(REFERENCE.get("partners").get("ukraine").get("nato_ukraine_council"), "established")));
        Map<String, String> got = new TreeMap<>();
        REGISTER.get("frameworks").forEach(f -> got.put(text(f, "code"), f.has("launched") ? text(f, "launched") : ""));
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void the_forward_land_forces_framework_nations_and_their_grades_agree_with_the_reference() {
        JsonNode flf = null;
        for (JsonNode op : REFERENCE.get("operations").get("current")) if (text(op, "id").equals("FLF")) flf = op;
        assertThat(flf).isNotNull();
        Map<String, String> expected = new TreeMap<>(); // framework nation -> grade
        flf.get("battlegroups").forEach(b -> expected.put(text(b, "framework_nation"), text(b, "confidence")));
        JsonNode mission = null;
        for (JsonNode m : REGISTER.get("missions")) if (text(m, "id").equals("flf")) mission = m;
        assertThat(mission).isNotNull();
        Map<String, String> got = new TreeMap<>();
        for (JsonNode lead : mission.get("leads"))
            if (!text(lead, "confidence").equals("RECALLED")) got.put(text(lead, "nation"), text(lead, "confidence"));
        assertThat(got).isEqualTo(expected);
    }

    private static org.concord.shared.Confidence grade(String text) { return org.concord.shared.Confidence.valueOf(text); }

    /** The date a reference value starts with, as the register writes it: "1994-01-10/11 ..." is the month 1994-01. */
    static String date(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) return text.startsWith("2005 (first quarter)") ? "2005" : text;
        return m.group(4) != null ? m.group(1).substring(0, 7) : m.group(1);
    }

    private static Map<String, JsonNode> byKey(JsonNode list, String field) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        list.forEach(n -> out.put(text(n, field), n));
        return out;
    }

    private static String text(JsonNode n, String field) { return n.hasNonNull(field) ? n.get(field).asText() : ""; }

    private static String keys(JsonNode list) {
        TreeSet<String> s = new TreeSet<>();
        if (list != null) list.forEach(k -> s.add(k.asText()));
        return s.toString();
    }

    private static void same(List<String> differ, String what, String reference, String register) {
        if (!reference.equals(register)) differ.add(what + ": reference '" + reference + "', register '" + register + "'");
    }
}
