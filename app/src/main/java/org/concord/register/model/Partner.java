package org.concord.register.model;

import org.concord.shared.Iso2;
import org.concord.shared.Iso3;
import org.concord.shared.Provenance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A partner country with the frameworks it takes part in. */
public record Partner(Iso3 iso3, Iso2 iso2, String name, List<Partnership> frameworks, Optional<String> note,
                      Provenance provenance) {
    public Partner {
        Objects.requireNonNull(iso3, "iso3");
        Objects.requireNonNull(iso2, "iso2");
        Mission.requireText("name", name);
        Objects.requireNonNull(provenance, "provenance");
        frameworks = List.copyOf(frameworks);
        note = Mission.orEmpty(note);
        if (frameworks.stream().map(Partnership::framework).distinct().count() != frameworks.size())
            throw new IllegalArgumentException("partner " + iso3 + " lists a framework twice");
    }

    boolean takesPartIn(FrameworkCode code) {
        return frameworks.stream().anyMatch(p -> p.framework().equals(code));
    }
}
