/** Mission reviews: each mission's review cycle, the reviews held and called, and what is due or overdue on a date. */
package org.concord.review;
