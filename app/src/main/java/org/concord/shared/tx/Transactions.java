package org.concord.shared.tx;

import java.util.function.Function;

/** Runs units of work, each in one database transaction: all of it is written, or nothing. */
public interface Transactions {
    /** Runs {@code work} in a read-write transaction; an exception rolls everything back. */
    <T> T inTransaction(Function<Tx, T> work);

    /** Runs {@code work} in a read-only unit of work. */
    default <T> T read(Function<Tx, T> work) { return inTransaction(work); }

    /**
     * Runs {@code work}, which must be one read statement, without opening a transaction (a single statement is
     * consistent on its own): the cheapest read, for what is read on every request.
     */
    default <T> T readOne(Function<Tx, T> work) { return read(work); }
}
