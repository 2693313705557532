package org.concord.portfolio.application;

import java.util.List;

/**
 * One mission in the portfolio, flat (one CSV row).
 *
 * @param area             EURO_ATLANTIC or BEYOND, by the stated rule; {@code areaBasis} says why
 * @param personnel        the latest actual figure; null when the latest strength point gives none
 * @param personnelText    the figure as shown, or what is known instead (e.g. "unknown (several hundred ...)")
 * @param personnelDate    the date of the latest strength point
 * @param personnelGrade   its grade (PRIMARY, SECONDARY, LOW, RECALLED)
 * @param namedContributions the national figures a source gives, e.g. {@code ITA 852 (2023-10) [S39]}
 * @param commonFundedCost  the common-funded cost as shown: {@code EUR 1,234,000 (2025)}, or {@code not sourced}
 * @param commonFundedCostEur the common-funded cost where a source gives it; null otherwise
 */
public record PortfolioRowData(String id, String name, String acronym, String status, String coreTask, String secondaryCoreTask,
                               String area, String areaBasis, Integer personnel, String personnelText, String personnelDate,
                               List<String> personnelSources, String personnelGrade, List<String> contributors,
                               List<String> partnerContributors, List<String> namedContributions, String commonFundedCost, Long commonFundedCostEur,
                               Integer commonFundedCostYear, List<String> commonFundedCostSources, String commonFundedCostGrade,
                               String classification) {}
