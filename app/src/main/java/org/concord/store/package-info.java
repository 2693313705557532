/** Persistence: the database (H2 by default, PostgreSQL by URL), Flyway migrations and the JDBI repositories. */
package org.concord.store;
