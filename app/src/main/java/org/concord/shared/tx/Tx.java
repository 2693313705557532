package org.concord.shared.tx;

/** An open transaction. Repositories obtained from it read and write inside it. */
public interface Tx {
    /**
     * @param type a repository interface registered with the store
     * @return the repository bound to this transaction
     * @throws IllegalArgumentException if no implementation of {@code type} is registered
     */
    <R> R repository(Class<R> type);
}
