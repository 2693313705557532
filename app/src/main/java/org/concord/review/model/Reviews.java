package org.concord.review.model;

import org.concord.register.model.MissionId;

import java.util.List;
import java.util.Optional;

/** The mission reviews, stored. */
public interface Reviews {
    Optional<Review> find(ReviewId id);

    /** A mission's reviews, by due date. */
    List<Review> forMission(MissionId mission);

    /** Every review, by mission and due date. */
    List<Review> all();

    /** Stores a new review or replaces the stored one with the same id. */
    void put(Review review);
}
