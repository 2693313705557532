/** Portfolio use cases: the portfolio view, reset analysis (nothing written) and preparing a reset's draft items. */
package org.concord.portfolio.application;
