package org.concord.boot;

import com.fasterxml.jackson.databind.JsonNode;
import org.concord.shared.Confidence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concord.boot.ReferenceData.Fact;
import static org.concord.boot.ReferenceData.higher;

/**
 * Every fact of the built-in register that carries a source key cites a key of {@code ../shared/reference}, and is graded
 * no higher than the reference grades it.
 *
 * <p>The reference grades some facts in {@code nato-reference.yaml} ({@code confidence} beside {@code source_ids}) and
 * some in the tables of {@code nato-facts.md} (the "conf." column); many facts, e.g. most of the operations, it does not
 * grade at all. A fact's ceiling is therefore worked out from its source keys:
 * <ul>
 *   <li>a key's ceiling is what its source type allows by the reference's own label definitions (PRIMARY for a NATO,
 *       SHAPE, JFC, ACO or government page, else SECONDARY), raised to the highest grade the reference gives a fact it
 *       cites that key for (a table row graded P/S counts as P for its official sources and S for the others);</li>
 *   <li>a fact may be graded no higher than the lowest ceiling among its keys: a fact that rests partly on a press
 *       report is not primary.</li>
 * </ul>
 * Where the reference grades the very record (members, frameworks and their partners, the battlegroups' framework
 * nations), {@link BuiltInAgainstReferenceTest} compares the grades one to one.
 */
class BuiltInSourcesTest {
    private static final JsonNode REFERENCE = ReferenceData.referenceYaml();
    private static final String NOTES = ReferenceData.referenceNotes();
    private static final JsonNode REGISTER = ReferenceData.builtIn(DataFiles.BUILT_IN);
    private static final JsonNode QUESTIONS = ReferenceData.builtIn(DataFiles.BUILT_IN_QUESTIONS);
    private static final Set<String> KEYS = ReferenceData.referenceKeys(REFERENCE, NOTES);

    /** Official sources by the reference's definition of PRIMARY: NATO, SHAPE, JFC, ACO pages and government pages. */
    private static final Pattern OFFICIAL = Pattern.compile(
            "^https?://([a-z0-9-]+\\.)*(nato\\.int|gov\\.[a-z]{2}|[a-z]+\\.gov|esteri\\.it|defensie\\.nl|diplo\\.de|kariuomene\\.lt)/");

    @Test
    void every_source_key_of_the_built_in_register_and_questions_is_a_key_of_the_reference() {
        List<String> unknown = new ArrayList<>();
        for (JsonNode file : List.of(REGISTER, QUESTIONS)) {
            for (Fact f : ReferenceData.facts(file, "sources"))
                for (String key : f.keys())
                    if (!KEYS.contains(key)) unknown.add(f.path() + ": " + key);
            ReferenceData.citations(file).forEach((key, paths) -> {
                if (!KEYS.contains(key)) unknown.add(paths + ": [" + key + "]");
            });
        }
        assertThat(KEYS).hasSizeGreaterThan(100);
        assertThat(unknown).isEmpty();
    }

    @Test
    void the_register_cites_each_source_as_the_reference_lists_it() {
        List<String> differ = new ArrayList<>();
        REGISTER.get("references").properties().forEach(e -> {
            JsonNode ref = REFERENCE.get("sources").get(e.getKey());
            if (ref == null) differ.add(e.getKey() + ": not in the reference");
            else if (!normal(ref.asText()).equals(normal(e.getValue().asText()))) differ.add(e.getKey() + ": '" + e.getValue().asText() + "' vs '" + ref.asText() + "'");
        });
        assertThat(differ).isEmpty();
    }

    @Test
    void no_fact_of_the_built_in_register_is_graded_higher_than_the_reference_grades_it() {
        Ceilings ceilings = new Ceilings();
        List<String> tooHigh = new ArrayList<>();
        for (JsonNode file : List.of(REGISTER, QUESTIONS))
            for (Fact f : ReferenceData.facts(file, "sources")) {
                if (f.grade().isEmpty()) continue; // reported stances carry Admiralty grades, checked elsewhere
                Confidence ceiling = ceilings.of(f.keys());
                if (higher(f.grade().get(), ceiling)) tooHigh.add(f.path() + " " + f.keys() + " is " + f.grade().get() + ", the reference allows " + ceiling);
            }
        assertThat(tooHigh).isEmpty();
    }

    @Test
    void the_ceiling_catches_a_fact_that_rests_partly_on_a_press_report() {
        Ceilings ceilings = new Ceilings();
        // The Hague 2025: a NATO release [S108] and a press report [S19].
        assertThat(ceilings.of(List.of("S108", "S19"))).isEqualTo(Confidence.SECONDARY);
        assertThat(ceilings.of(List.of("S108", "S109"))).isEqualTo(Confidence.PRIMARY);
        // A press report the reference uses for a recalled day is still a press report.
        assertThat(ceilings.of(List.of("S72"))).isEqualTo(Confidence.SECONDARY);
        // A NATO page the reference grades nowhere: PRIMARY by its own definition.
        assertThat(ceilings.of(List.of("S64"))).isEqualTo(Confidence.PRIMARY);
    }

    private static String normal(String s) { return s.replaceAll("\\s+", " ").trim(); }

    /** The reference's grade ceilings per source key. */
    private static final class Ceilings {
        private final Map<String, Confidence> perKey = new HashMap<>();

        Ceilings() {
            REFERENCE.get("sources").fieldNames().forEachRemaining(k -> perKey.put(k, byType(k)));
            for (Fact f : ReferenceData.facts(REFERENCE, "source_ids")) {
                if (f.grade().isEmpty()) continue;
                f.keys().forEach(k -> perKey.merge(k, f.grade().get(), Ceilings::best));
            }
            for (String row : NOTES.lines().filter(l -> l.startsWith("|")).toList()) {
                var cells = java.util.Arrays.stream(row.split("\\|")).map(String::trim).toList();
                Optional<Confidence> grade = cells.stream().map(ReferenceData::confidence).flatMap(Optional::stream).findFirst();
                if (grade.isEmpty()) continue;
                boolean mixed = cells.contains("P/S");
                Matcher m = ReferenceData.CITED.matcher(row);
                while (m.find()) {
                    String k = m.group(1);
                    perKey.merge(k, mixed ? byType(k) : grade.get(), Ceilings::best);
                }
            }
        }

        /** What the reference's label definitions allow a source of this type. */
        private static Confidence byType(String key) {
            JsonNode citation = REFERENCE.get("sources").get(key);
            return citation != null && OFFICIAL.matcher(citation.asText()).find() ? Confidence.PRIMARY : Confidence.SECONDARY;
        }

        private static Confidence best(Confidence a, Confidence b) { return higher(a, b) ? a : b; }

        Confidence of(String key) {
            Confidence c = perKey.get(key);
            if (c == null) throw new IllegalArgumentException(key + " is not a key of the reference");
            return c;
        }

        Confidence of(List<String> keys) {
            Confidence ceiling = Confidence.PRIMARY;
            for (String k : keys) if (higher(ceiling, of(k))) ceiling = of(k);
            return ceiling;
        }
    }
}
