package org.concord.review.model;

/** What a review recommends for the mission. */
public enum Recommendation { CONTINUE, ADJUST, REDUCE, TERMINATE }
