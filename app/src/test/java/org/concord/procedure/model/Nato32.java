package org.concord.procedure.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.concord.shared.Iso3;

/**
 * The 32 NATO members with their accession dates (as given in the task brief: the 12 founders 1949-04-04, GRC/TUR
 * 1952-02-18, DEU 1955-05-06, ESP 1982-05-30, CZE/HUN/POL 1999-03-12, the 2004 seven 2004-03-29, ALB/HRV 2009-04-01,
 * MNE 2017-06-05, MKD 2020-03-27, FIN 2023-04-04, SWE 2024-03-07), and a second body {@code dpc} with every member
 * but France, for the 2003 forum change (R12).
 */
final class Nato32 {
    static final List<String> CODES = List.of("BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT",
            "GBR", "USA", "GRC", "TUR", "DEU", "ESP", "CZE", "HUN", "POL", "BGR", "EST", "LVA", "LTU", "ROU", "SVK",
            "SVN", "ALB", "HRV", "MNE", "MKD", "FIN", "SWE");
    static final List<Iso3> MEMBERS = CODES.stream().map(Iso3::of).toList();
    static final BodyId DPC = BodyId.of("dpc");
    static final Map<Iso3, LocalDate> ACCESSION = accessions();

    /** Rough populations in thousands, for the R6 arithmetic of the stateful property only: illustrative, not reference data. */
    private static final Map<String, Long> POPULATION_THOUSANDS = Map.ofEntries(
            Map.entry("USA", 335_000L), Map.entry("TUR", 85_000L), Map.entry("DEU", 84_000L), Map.entry("GBR", 68_000L),
            Map.entry("FRA", 68_000L), Map.entry("ITA", 59_000L), Map.entry("ESP", 48_000L), Map.entry("CAN", 40_000L),
            Map.entry("POL", 37_000L), Map.entry("ROU", 19_000L), Map.entry("NLD", 18_000L), Map.entry("BEL", 11_800L),
            Map.entry("CZE", 10_900L), Map.entry("PRT", 10_500L), Map.entry("SWE", 10_500L), Map.entry("GRC", 10_400L),
            Map.entry("HUN", 9_600L), Map.entry("BGR", 6_400L), Map.entry("DNK", 5_900L), Map.entry("FIN", 5_600L),
            Map.entry("NOR", 5_500L), Map.entry("SVK", 5_400L), Map.entry("HRV", 3_900L), Map.entry("LTU", 2_900L),
            Map.entry("ALB", 2_800L), Map.entry("SVN", 2_100L), Map.entry("LVA", 1_900L), Map.entry("MKD", 1_800L),
            Map.entry("EST", 1_400L), Map.entry("LUX", 660L), Map.entry("MNE", 620L), Map.entry("ISL", 390L));

    static final TableMembership MEMBERSHIP = membership();

    private Nato32() {}

    private static Map<Iso3, LocalDate> accessions() {
        Map<Iso3, LocalDate> dates = new LinkedHashMap<>();
        Stream.of("BEL", "CAN", "DNK", "FRA", "ISL", "ITA", "LUX", "NLD", "NOR", "PRT", "GBR", "USA")
                .forEach(c -> dates.put(Iso3.of(c), LocalDate.of(1949, 4, 4)));
        Stream.of("GRC", "TUR").forEach(c -> dates.put(Iso3.of(c), LocalDate.of(1952, 2, 18)));
        dates.put(Iso3.of("DEU"), LocalDate.of(1955, 5, 6));
        dates.put(Iso3.of("ESP"), LocalDate.of(1982, 5, 30));
        Stream.of("CZE", "HUN", "POL").forEach(c -> dates.put(Iso3.of(c), LocalDate.of(1999, 3, 12)));
        Stream.of("BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN").forEach(c -> dates.put(Iso3.of(c), LocalDate.of(2004, 3, 29)));
        Stream.of("ALB", "HRV").forEach(c -> dates.put(Iso3.of(c), LocalDate.of(2009, 4, 1)));
        dates.put(Iso3.of("MNE"), LocalDate.of(2017, 6, 5));
        dates.put(Iso3.of("MKD"), LocalDate.of(2020, 3, 27));
        dates.put(Iso3.of("FIN"), LocalDate.of(2023, 4, 4));
        dates.put(Iso3.of("SWE"), LocalDate.of(2024, 3, 7));
        return Map.copyOf(dates);
    }

    private static TableMembership membership() {
        Map<Iso3, LocalDate> dpc = new LinkedHashMap<>(ACCESSION);
        dpc.remove(Iso3.of("FRA"));
        Map<Iso3, Long> population = new LinkedHashMap<>();
        POPULATION_THOUSANDS.forEach((code, thousands) -> population.put(Iso3.of(code), thousands * 1000));
        return new TableMembership(Map.of(BodyId.NAC, ACCESSION, DPC, dpc), population);
    }
}
