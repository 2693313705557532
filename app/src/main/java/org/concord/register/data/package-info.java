/**
 * The register's wire format: the records the data files, the export and the HTTP API read and write, with their
 * validation into the model (every violation named by its field path).
 */
package org.concord.register.data;
