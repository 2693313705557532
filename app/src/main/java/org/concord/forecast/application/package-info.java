/** Forecasting use cases: issues on the desk, Monte Carlo forecasts stored with their inputs, model validation. */
package org.concord.forecast.application;
