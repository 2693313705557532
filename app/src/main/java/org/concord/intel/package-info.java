/**
 * Reported stances: what the press and other sources say an ally (or a group of them) wants on a forecast issue, with
 * an Admiralty grade. Intelligence, never an official act: it feeds forecasts and never changes a decision (rule R9).
 */
package org.concord.intel;
