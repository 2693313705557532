package org.concord.web.pages;

/** The page for a record that does not exist or that the reader may not see (the same answer for both). */
public record NotFoundPage(String what) {}
