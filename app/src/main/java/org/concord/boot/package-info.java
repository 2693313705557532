/** The composition root: settings, the database, and the services built on them. */
package org.concord.boot;
