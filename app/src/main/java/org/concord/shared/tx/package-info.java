/** The transaction boundary: one unit of work per command, with repositories bound to it. */
package org.concord.shared.tx;
