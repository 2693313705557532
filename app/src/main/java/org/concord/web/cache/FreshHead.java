package org.concord.web.cache;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The journal head as it is now, read for every request but shared by the requests that wait together: a caller gets
 * the value of a read that <em>started after it called</em>, so it sees every write committed before its request
 * arrived (also by the CLI or another process), exactly as if it had read the head itself. A caller joins a read
 * already started after it arrived, or starts one while fewer than {@code parallel} are running; under load that is a
 * few small queries for many requests instead of one each, and no request queues for a pooled connection just to
 * learn that nothing changed.
 */
public final class FreshHead {
    private final LongSupplier read;
    private final int parallel;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition done = lock.newCondition();
    private final java.util.TreeSet<Long> running = new java.util.TreeSet<>(); // the numbers of the reads in flight
    private long started; // reads started so far, numbered from 1
    private long best; // the number of the latest-started read that completed
    private long value; // what that read found

    /**
     * @param read     one read of the head from the database, must not be null; its exceptions reach the caller that ran it
     * @param parallel how many reads may run at once, at least 1
     */
    public FreshHead(LongSupplier read, int parallel) {
        if (parallel < 1) throw new IllegalArgumentException("parallel must be at least 1, got " + parallel);
        this.read = java.util.Objects.requireNonNull(read, "read");
        this.parallel = parallel;
    }

    /** The head as read by a read that started after this call. */
    public long current() {
        lock.lock();
        try {
            long arrived = started; // reads numbered above this started after this call
            while (best <= arrived) {
                if (running.higher(arrived) != null || running.size() >= parallel) {
                    done.awaitUninterruptibly();
                    continue;
                }
                long mine = ++started;
                running.add(mine);
                boolean ok = false;
                long v = 0;
                lock.unlock();
                try {
                    v = read.getAsLong();
                    ok = true;
                } finally {
                    lock.lock();
                    running.remove(mine);
                    if (ok && mine > best) {
                        best = mine;
                        value = v;
                    }
                    done.signalAll();
                }
            }
            return value;
        } finally {
            lock.unlock();
        }
    }
}
