package org.concord.access.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.concord.shared.Iso3;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationProperties {
    private static final List<Iso3> COUNTRIES =
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream().sorted().map(Iso3::of).toList();

    @Provide
    Arbitrary<Classification> classifications() {
        Arbitrary<Marking> markings = Arbitraries.of(MarkingLadder.NATO.markings());
        Arbitrary<Set<Iso3>> countries = Arbitraries.of(COUNTRIES).set().ofMaxSize(8);
        return Combinators.combine(markings, countries).as((m, c) -> new Classification(m, m.isPublic() ? Set.of() : c));
    }

    @Property
    void a_printed_classification_reads_back_as_itself(@ForAll("classifications") Classification classification) {
        assertThat(Classification.parse(classification.toString(), MarkingLadder.NATO)).isEqualTo(classification);
    }

    @Property
    void printing_is_canonical_whatever_the_case_and_spacing_read(@ForAll("classifications") Classification classification) {
        String sloppy = "  " + classification.toString().toLowerCase(Locale.ROOT).replace(" ", "   ").replace(",", " ,") + " ";
        assertThat(Classification.parse(sloppy, MarkingLadder.NATO).toString()).isEqualTo(classification.toString());
    }

    @Provide
    Arbitrary<List<String>> ladders() {
        Arbitrary<String> word = Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-").ofMinLength(1).ofMaxLength(9)
                .filter(w -> !w.equals("REL"));
        Arbitrary<String> name = word.list().ofMinSize(1).ofMaxSize(4).map(ws -> String.join(" ", ws)).filter(n -> n.length() <= 64);
        return name.list().uniqueElements().ofMinSize(2).ofMaxSize(8);
    }

    @Property
    void every_level_of_a_configured_ladder_reads_back_with_its_rank(@ForAll("ladders") List<String> names) {
        MarkingLadder ladder = MarkingLadder.of(names);
        for (int i = 0; i < names.size(); i++) {
            Classification c = Classification.of(ladder.markings().get(i));
            Classification read = Classification.parse(c.toString(), ladder);
            assertThat(read).isEqualTo(c);
            assertThat(read.marking().rank()).isEqualTo(i);
        }
    }
}
