package org.concord.access.model;

import org.concord.shared.Iso3;
import org.concord.shared.NotFound;
import org.concord.shared.Role;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who sees which classified record. Public records are visible to all. A member-side viewer (every role but PARTNER)
 * sees records at or below its clearance, whatever their releasability list. A PARTNER sees a record only if it is
 * released to the partner's country and at or below its clearance.
 * <p>
 * A hidden record must be answered as absent: 404 Not Found, never 403 Forbidden, and it must not be counted in
 * totals. {@link #requireVisible} does this.
 */
public final class Visibility {
    private Visibility() {}

    /** Whether {@code viewer} may see a record classified {@code classification}. Both must not be null. */
    static Sight check(Viewer viewer, Classification classification) {
        Objects.requireNonNull(viewer, "viewer");
        Marking marking = Objects.requireNonNull(classification, "classification").marking();
        if (marking.isPublic()) return new Sight.Visible();
        if (!marking.atMost(viewer.clearance()))
            return new Sight.Hidden(marking.name() + " is above the clearance " + viewer.clearance().name());
        if (viewer.principal().role() == Role.PARTNER) {
            Iso3 country = viewer.principal().nation().orElseThrow();
            if (!classification.releasableTo().contains(country))
                return new Sight.Hidden(classification + " is not releasable to " + country);
        }
        return new Sight.Visible();
    }

    /**
     * Why {@code writer} may not mark a record {@code classification}, if so: no higher than their clearance and, for a
     * PARTNER, released to their country; otherwise they could not read back what they wrote. Unlike {@link #check}
     * the reason is for the writer: it names only their own clearance and the marking they asked for.
     *
     * @return empty if they may
     */
    public static Optional<String> markingRefusal(Viewer writer, Classification classification) {
        Objects.requireNonNull(writer, "writer");
        Marking marking = Objects.requireNonNull(classification, "classification").marking();
        if (marking.isPublic()) return Optional.empty();
        if (!marking.atMost(writer.clearance()))
            return Optional.of("'" + marking.name() + "' is above your clearance " + writer.clearance().name());
        if (writer.principal().role() == Role.PARTNER) {
            Iso3 country = writer.principal().nation().orElseThrow();
            if (!classification.releasableTo().contains(country)) return Optional.of("'" + classification + "' is not releasable to " + country);
        }
        return Optional.empty();
    }

    /** {@link #check} as a predicate, for filters. */
    public static boolean canSee(Viewer viewer, Classification classification) {
        return check(viewer, classification) instanceof Sight.Visible;
    }

    /** The records {@code viewer} may see, in their order. */
    public static <T> List<T> filter(Viewer viewer, Collection<T> records, Function<? super T, Classification> classification) {
        return records.stream().filter(r -> canSee(viewer, classification.apply(r))).toList();
    }

    /**
     * Returns {@code record} if {@code viewer} may see it.
     *
     * @throws NotFound naming {@code kind} and {@code id}, exactly as if the record did not exist, if it is hidden
     */
    static <T> T requireVisible(Viewer viewer, T record, Classification classification, String kind, Object id) {
        if (!canSee(viewer, classification)) throw new NotFound(kind, id);
        return record;
    }
}
