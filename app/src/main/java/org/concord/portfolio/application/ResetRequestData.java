package org.concord.portfolio.application;

/**
 * A reset profile to apply.
 *
 * @param profile DETERRENCE_AND_DEFENCE_ONLY, OUTSIDE_EURO_ATLANTIC (end the missions outside the Euro-Atlantic area) or
 *                PERSONNEL_CAP
 * @param by      YYYY-MM-DD by which the changes take effect (default: one year after today)
 * @param cap     the personnel cap, with PERSONNEL_CAP only
 */
public record ResetRequestData(String profile, String by, Integer cap) {}
