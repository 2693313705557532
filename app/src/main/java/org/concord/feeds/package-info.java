/** Feeds and notifications: read-only feed tokens for calendar programs, and outgoing webhooks with their delivery log. */
package org.concord.feeds;
