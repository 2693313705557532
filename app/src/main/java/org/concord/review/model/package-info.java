/** The pure model of mission reviews: reviews, their recommendations, their events and the due-date rule. */
package org.concord.review.model;
