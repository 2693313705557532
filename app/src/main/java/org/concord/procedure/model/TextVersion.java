package org.concord.procedure.model;

/**
 * One numbered version of an item's text; a new version cancels a running silence procedure (R3f).
 *
 * @param number 1 for the first version, then consecutive
 * @param text   the text, must not be blank
 */
public record TextVersion(int number, String text) {
    public TextVersion {
        if (number < 1) throw new IllegalArgumentException("text version number must be >= 1, was " + number);
        Slugs.text("text of version " + number, text);
    }
}
