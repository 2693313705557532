/** Shared kernel: who acts, country codes, provenance, validation and the transaction boundary, used by every capability. */
package org.concord.shared;
