/**
 * The one JSON configuration of Concord ({@link org.concord.json.Json}), where the edges (web, cli), the store and the
 * journal's codec all take it from: the edges need not import the store to read and write JSON.
 */
package org.concord.json;
