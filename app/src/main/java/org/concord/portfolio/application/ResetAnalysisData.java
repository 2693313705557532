package org.concord.portfolio.application;

import java.util.List;

/**
 * A reset profile applied to the portfolio (nothing written).
 *
 * @param scope               what the totals cover: only the missions the reader may see
 * @param missionsTouched     how many missions the profile touches
 * @param personnelFreed      the personnel freed where it is known, summed
 * @param missionsPersonnelUnknown how many touched missions have no known personnel (their freed personnel is not in the total)
 * @param freedByNation       per named contributing nation, summed over the missions
 * @param notAssessed         missions a cap cannot assess (personnel unknown)
 */
public record ResetAnalysisData(String profile, String code, String statement, String by, String on, String scope, String areaRule,
                                String personnelRule, int missionsTouched, int personnelFreed, int missionsPersonnelUnknown,
                                List<NationTotal> freedByNation, List<ChangeData> changes, List<String> notAssessed) {

    public record NationTotal(String nation, int personnel) {}

    /**
     * One mission the profile touches and the decision item it would need.
     *
     * @param freed          personnel freed; null when the mission's personnel is unknown
     * @param unattributed   freed personnel not attributed to a named nation; null when unknown
     * @param withoutFigures contributors no source gives a figure for
     * @param relatedItems   open decision items that already touch the mission
     */
    public record ChangeData(String mission, String name, String coreTask, String area, String action, Integer target, String reason,
                             String personnel, String personnelDate, List<String> personnelSources, String personnelGrade, Integer freed,
                             List<NationFreedData> byNation, Integer unattributed, List<String> withoutFigures, NeededItem item,
                             List<String> relatedItems) {}

    public record NationFreedData(String nation, int personnel, String basis) {}

    /** The decision item the change needs: its id if prepared as a draft, its subject, text and effect. */
    public record NeededItem(String id, String subject, String text, String effect, String endDate, Integer targetStrength, String byDate) {}
}
