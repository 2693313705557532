package org.concord.web.pages;

import java.util.List;

/**
 * A page that only says something: not found, refused, signed out.
 *
 * @param violations the fields of a rejected form and why, if any
 */
public record MessagePage(Viewer viewer, String title, String message, List<String> violations) {}
