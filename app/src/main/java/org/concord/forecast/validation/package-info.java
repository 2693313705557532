/** Scores the forecasting models against coded past outcomes read from CSV, and renders the scores as a table or JSON. */
package org.concord.forecast.validation;
