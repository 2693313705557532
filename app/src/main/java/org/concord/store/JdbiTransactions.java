package org.concord.store;

import org.concord.shared.tx.Transactions;
import org.concord.shared.tx.Tx;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** Units of work on JDBI: one handle and one transaction each, with the repositories registered for it. */
final class JdbiTransactions implements Transactions {
    private final Jdbi jdbi;
    private final Map<Class<?>, Function<Handle, ?>> factories = new HashMap<>();

    JdbiTransactions(Jdbi jdbi) { this.jdbi = jdbi; }

    /** Registers how to build {@code type} on a handle. */
    <R> JdbiTransactions register(Class<R> type, Function<Handle, ? extends R> factory) {
        factories.put(type, factory);
        return this;
    }

    @Override
    public <T> T inTransaction(Function<Tx, T> work) {
        // READ COMMITTED is the pool's level for every connection (Database): naming it here would cost a round trip per
        // transaction, since JDBI asks the connection for its level first and PostgreSQL's driver asks the server
        return jdbi.inTransaction(h -> work.apply(new HandleTx(h)));
    }

    @Override
    public <T> T read(Function<Tx, T> work) {
        return jdbi.withHandle(h -> {
            if (h.isInTransaction()) return work.apply(new HandleTx(h)); // nested in a unit of work: JDBI hands out its handle
            h.setReadOnly(true);
            try {
                return h.inTransaction(hh -> work.apply(new HandleTx(hh)));
            } finally {
                h.setReadOnly(false);
            }
        });
    }

    @Override
    public <T> T readOne(Function<Tx, T> work) {
        return jdbi.withHandle(h -> work.apply(new HandleTx(h)));
    }

    private final class HandleTx implements Tx {
        private final Handle handle;
        private final Map<Class<?>, Object> built = new HashMap<>();

        HandleTx(Handle handle) { this.handle = handle; }

        @Override
        public <R> R repository(Class<R> type) {
            return type.cast(built.computeIfAbsent(type, t -> {
                Function<Handle, ?> f = factories.get(t);
                if (f == null) throw new IllegalArgumentException("no repository registered for " + t.getName());
                return f.apply(handle);
            }));
        }
    }
}
