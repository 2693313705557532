package org.concord.web.cache;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The journal head as it is now, read for every request but shared by the requests that wait together: a caller gets
 * the value of a read that <em>started after it called</em>, so it sees every write committed before its request
 * arrived (also by the CLI or another process), exactly as if it had read the head itself. At most one read is in
 * flight; the callers that arrive meanwhile wait for the next one and share it. Under load that is one small query for
 * many requests instead of one each, and no request queues for a pooled connection just to learn that nothing changed.
 */
public final class FreshHead {
    private final LongSupplier read;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition done = lock.newCondition();
    private long started; // reads started so far, numbered from 1
    private long finished; // the number of the last read that completed
    private boolean inFlight;
    private long value;

    /** @param read one read of the head from the database, must not be null; its exceptions reach the caller that ran it */
    public FreshHead(LongSupplier read) { this.read = java.util.Objects.requireNonNull(read, "read"); }

    /** The head as read by a read that started after this call. */
    public long current() {
        lock.lock();
        try {
            long needed = started + 1; // a read in flight now started before this call: the next one is the first that counts
            while (finished < needed) {
                if (inFlight) {
                    done.awaitUninterruptibly();
                    continue;
                }
                inFlight = true;
                long mine = ++started;
                long v;
                lock.unlock();
                try {
                    v = read.getAsLong();
                } finally {
                    lock.lock();
                    inFlight = false;
                    done.signalAll();
                }
                value = v;
                finished = mine;
            }
            return value;
        } finally {
            lock.unlock();
        }
    }
}
