package org.concord.register.model;

import java.util.Map;
import java.util.Optional;

/** The organisation record and the source catalogue (key to citation), stored. */
public interface RegisterSettings {
    Optional<Organisation> organisation();

    void putOrganisation(Organisation organisation);

    /** Source keys to their citations, sorted by key. */
    Map<String, String> references();

    void putReference(String key, String citation);
}
