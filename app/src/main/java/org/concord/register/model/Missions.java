package org.concord.register.model;

import java.util.List;
import java.util.Optional;

/** The missions and operations, stored with an optimistic-lock version. */
public interface Missions {
    /** Missions in start order, filtered by status and core task where given. */
    List<Mission> list(Optional<MissionStatus> status, Optional<CoreTask> coreTask);

    Optional<Mission> find(MissionId id);

    /** Stores a new mission at version 1. @return the stored mission */
    Mission insert(Mission mission);

    /**
     * Replaces the mission if its stored version is {@code expectedVersion}.
     *
     * @return the stored mission at the next version, or empty if the stored version differs (nothing written)
     */
    Optional<Mission> update(Mission mission, long expectedVersion);
}
