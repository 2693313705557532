package org.concord.options;

import org.concord.forecast.application.PointForecasts;

import java.util.List;

/**
 * An item's options side by side, each with its forecast (nothing stored): the view the API, the CLI, the desk and
 * the decision brief show.
 *
 * @param item           the decision item's id
 * @param issue          the forecast issue the options are points of, or null when the item has no option
 * @param title          the issue's title
 * @param scale0         what 0 on the scale means
 * @param scale100       what 100 means
 * @param statusQuo      what holds if nothing passes
 * @param proposer       the proposing member, or CHAIR
 * @param proposerIdeal  where the proposer stands on the scale (its estimated position, or the proposal)
 * @param setterPoint    median of the most proposer-favourable point every veto player accepts (any point, not only the options)
 * @param model          the model the odds come from
 * @param runs           draws per option
 * @param seed           seed of the draws
 * @param asOf           the day the stances were weighed at
 * @param classification the marking of what is shown: the options', the issue's and the stances' read
 * @param options        the options the reader may see, in the order added
 * @param closest        the key of the option closest to the proposer that every ally is forecast to accept, or null
 */
public record ItemOptions(String item, String issue, String title, String scale0, String scale100, Double statusQuo, String proposer,
                          Double proposerIdeal, Double setterPoint, String model, Integer runs, Long seed, String asOf, String classification,
                          List<OptionForecast> options, String closest) {

    /**
     * One option with its forecast.
     *
     * @param measure       what {@code probability} is: P(passes), or P(status quo stays) for the status quo itself (how
     *                      often none of the other options passes)
     * @param probability   in [0, 1]
     * @param blockers      the members forecast to reject it (under unanimity each blocks)
     * @param rejecting     every member that rejects it in some draw, with the share of draws
     * @param acceptedByAll whether every ally is forecast to accept it: it passes in at least half the draws (the
     *                      status quo always: it needs no one's consent)
     * @param closest       whether it is the option closest to the proposer that every ally is forecast to accept
     */
    public record OptionForecast(String key, String label, double point, String description, List<String> sources, String classification,
                                 String measure, double probability, List<String> blockers, List<PointForecasts.Rejecting> rejecting,
                                 boolean acceptedByAll, boolean closest) {}
}
