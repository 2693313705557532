package org.concord.web;

/** The calendar and Atom feeds: how readers subscribe to the desk from the programs they already use. */
final class Feeds {
    private Feeds() {}

    /** The response of a route that answers an iCalendar (RFC 5545) feed. */
    record Calendar() {}

    /** The response of a route that answers an Atom (RFC 4287) feed. */
    record Atom() {}
}
