/** Views served again while the journal head has not moved, keyed by what the reader may see. */
package org.concord.web.cache;
