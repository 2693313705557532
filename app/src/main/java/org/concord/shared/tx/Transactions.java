package org.concord.shared.tx;

import java.util.function.Function;

/** Runs units of work, each in one database transaction: all of it is written, or nothing. */
public interface Transactions {
    /** Runs {@code work} in a read-write transaction; an exception rolls everything back. */
    <T> T inTransaction(Function<Tx, T> work);

    /** Runs {@code work} in a read-only unit of work. */
    default <T> T read(Function<Tx, T> work) { return inTransaction(work); }
}
