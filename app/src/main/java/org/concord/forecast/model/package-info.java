/** Pure forecasting models: spatial bargaining, veto players and expected utility; no frameworks. */
package org.concord.forecast.model;
