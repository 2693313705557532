package org.concord.register.model;

import org.concord.shared.CalendarDate;
import org.concord.shared.Provenance;

import java.util.Objects;
import java.util.Optional;

/** A partner's participation in one framework, from a date where known. */
public record Partnership(FrameworkCode framework, Optional<CalendarDate> since, Optional<String> note, Provenance provenance) {
    public Partnership {
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(provenance, "provenance");
        since = Mission.orEmpty(since);
        note = Mission.orEmpty(note);
    }
}
