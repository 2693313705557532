package org.concord.portfolio.model;

import org.concord.register.model.Mission;
import org.concord.shared.Iso3;

import java.util.List;
import java.util.Set;

/**
 * Where a mission operates, by a stated rule ({@link #RULE}): the Euro-Atlantic area, or beyond it.
 */
public enum Area {
    EURO_ATLANTIC, BEYOND;

    /** The rule, as the portfolio states it. */
    public static final String RULE = "Euro-Atlantic when the host nation is a European or North American state (Kosovo "
            + "included; Türkiye, Cyprus and the Caucasus states counted as European); beyond when it is any other state. A "
            + "mission with no host nation is beyond when its area names a place outside Europe and North America ("
            + String.join(", ", List.of("Libya", "Gulf of Aden", "Indian Ocean", "Horn of Africa", "Somalia", "Sudan", "Darfur",
                    "Afghanistan", "Iraq", "Pakistan", "Africa", "Asia", "Pacific")) + "), and Euro-Atlantic otherwise (Allied "
            + "territory and airspace, the Mediterranean, the Baltic and the North Atlantic).";

    static final List<String> BEYOND_PLACES = List.of("libya", "gulf of aden", "indian ocean", "horn of africa", "somalia", "sudan",
            "darfur", "afghanistan", "iraq", "pakistan", "africa", "asia", "pacific");

    /** ISO 3166 alpha-3 codes of the European and North American states (and XKX for Kosovo). */
    static final Set<String> EURO_ATLANTIC_STATES = Set.of(
            "ALB", "AND", "ARM", "AUT", "AZE", "BEL", "BGR", "BIH", "BLR", "CAN", "CHE", "CYP", "CZE", "DEU", "DNK", "ESP", "EST",
            "FIN", "FRA", "GBR", "GEO", "GRC", "HRV", "HUN", "IRL", "ISL", "ITA", "LIE", "LTU", "LUX", "LVA", "MCO", "MDA", "MKD",
            "MLT", "MNE", "NLD", "NOR", "POL", "PRT", "ROU", "RUS", "SMR", "SRB", "SVK", "SVN", "SWE", "TUR", "UKR", "USA", "VAT", "XKX");

    /** The area of {@code mission} by {@link #RULE}. */
    public static Area of(Mission mission) {
        return mission.hostNation().map(Area::of).orElseGet(() -> beyondPlace(mission).isPresent() ? BEYOND : EURO_ATLANTIC);
    }

    static Area of(Iso3 host) { return EURO_ATLANTIC_STATES.contains(host.code()) ? EURO_ATLANTIC : BEYOND; }

    /** Why {@code mission} is in its area, in one phrase. */
    public static String why(Mission mission) {
        return mission.hostNation().map(h -> "host nation " + h.code() + (of(h) == EURO_ATLANTIC ? " is in Europe or North America" : " is outside Europe and North America"))
                .orElseGet(() -> beyondPlace(mission).map(p -> "no host nation; its area names " + p + ", outside Europe and North America")
                        .orElse("no host nation; its area is Allied territory, airspace or European seas"));
    }

    private static java.util.Optional<String> beyondPlace(Mission mission) {
        String area = mission.area().orElse("").toLowerCase(java.util.Locale.ROOT);
        return BEYOND_PLACES.stream().filter(area::contains).findFirst();
    }
}
