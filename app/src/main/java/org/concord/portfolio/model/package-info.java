/** The pure portfolio model: the area rule, the personnel rule, reset profiles and what they touch and free. */
package org.concord.portfolio.model;
