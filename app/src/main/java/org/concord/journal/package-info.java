/** The tamper-evident journal: every act as an immutable, hash-chained event, and its verification. */
package org.concord.journal;
