package org.concord.portfolio.application;

import java.util.List;

/**
 * A reset's draft items with their forecasts, on one page: its political cost item by item.
 *
 * @param scope     what the page covers: only the drafts and missions the reader may see
 * @param passing   drafts forecast to pass (P(passes) at least 0.5)
 * @param blocked   drafts forecast to be blocked (P(passes) below 0.5)
 * @param drafts    each draft with its forecast
 */
public record ResetDraftsData(String profile, String code, String statement, String scope, int passing, int blocked,
                              List<DraftForecast> drafts) {

    /**
     * @param status          the item's status (DRAFT until the chair raises it)
     * @param issue           the forecast issue defined for it
     * @param stancesFrom     the issue whose reported stances were carried over; null when none (then every actor is a
     *                        stated assumption: the wide prior)
     * @param assumptions     what the forecast assumes
     * @param proposalPasses  P(the proposal passes as written); null when no forecast is stored
     * @param blockers        the members forecast to block it on their own (decisive in the central scenario)
     * @param pivotal         the members most often bounding what can pass, with their share of draws
     */
    public record DraftForecast(String item, long version, String mission, String subject, String status, String classification,
                                String issue, double statusQuo, double proposal, String stancesFrom, int stances, String assumptions,
                                Long forecast, String model, Integer runs, Double proposalPasses, Double statusQuoHolds,
                                List<String> blockers, List<String> pivotal) {}
}
