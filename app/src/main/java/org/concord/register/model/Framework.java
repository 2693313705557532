package org.concord.register.model;

import org.concord.shared.CalendarDate;
import org.concord.shared.Provenance;

import java.util.Objects;
import java.util.Optional;

/** A partnership framework of the organisation (Partnership for Peace, Mediterranean Dialogue, ...). */
public record Framework(FrameworkCode code, String name, Optional<CalendarDate> launched, Optional<String> note,
                        Provenance provenance) {
    public Framework {
        Objects.requireNonNull(code, "code");
        Mission.requireText("name", name);
        Objects.requireNonNull(provenance, "provenance");
        launched = Mission.orEmpty(launched);
        note = Mission.orEmpty(note);
    }
}
