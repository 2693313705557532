/** The review use cases: record and call reviews, list a mission's review history and what is due on a date. */
package org.concord.review.application;
