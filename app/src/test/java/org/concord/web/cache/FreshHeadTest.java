package org.concord.web.cache;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FreshHeadTest {

    @Test
    void every_caller_sees_every_write_made_before_it_called_while_writes_and_reads_run_concurrently() throws Exception {
        int PARALLEL = 4;
        AtomicLong head = new AtomicLong();
        AtomicInteger reads = new AtomicInteger();
        FreshHead fresh = fresh(PARALLEL, () -> {
            reads.incrementAndGet();
            long v = head.get();
            Thread.onSpinWait();
            return v;
        });
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        threads.add(Thread.ofPlatform().start(() -> {
            await(go);
            for (int i = 0; i < 20_000; i++) head.incrementAndGet();
        }));
        int calls = 0;
        for (int t = 0; t < 16; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                await(go);
                for (int i = 0; i < 2_000; i++) {
                    long written = head.get();
                    long seen = fresh.current();
                    if (seen < written) failures.add(new AssertionError("saw " + seen + " after " + written + " was written"));
                }
            }));
            calls += 2_000;
        }
        go.countDown();
        for (Thread t : threads) t.join();
        assertThat(failures).isEmpty();
        assertThat(reads.get()).isLessThanOrEqualTo(calls);
    }

    @Test
    void callers_that_arrive_while_the_only_allowed_read_is_running_share_the_next_read() throws Exception {
        int PARALLEL = 1;
        CountDownLatch reading = new CountDownLatch(1), release = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        FreshHead fresh = fresh(PARALLEL, () -> {
            if (reads.incrementAndGet() == 1) {
                reading.countDown();
                await(release);
            }
            return reads.get();
        });
        Thread first = Thread.ofPlatform().start(fresh::current);
        reading.await();
        List<Thread> waiting = new ArrayList<>();
        List<Long> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) waiting.add(Thread.ofPlatform().start(() -> seen.add(fresh.current())));
        while (waiting.stream().anyMatch(t -> t.getState() != Thread.State.WAITING)) Thread.onSpinWait();
        release.countDown();
        first.join();
        for (Thread t : waiting) t.join();
        assertThat(seen).hasSize(8).allMatch(v -> v == 2); // none took the read that began before it called
        assertThat(reads.get()).isEqualTo(2); // one read, after the first, for all eight
    }

    @Test
    void a_failed_read_fails_its_caller_and_the_next_caller_reads_again() {
        int PARALLEL = 2;
        AtomicInteger reads = new AtomicInteger();
        FreshHead fresh = fresh(PARALLEL, () -> {
            if (reads.incrementAndGet() == 1) throw new IllegalStateException("database down");
            return 7;
        });
        assertThatThrownBy(fresh::current).hasMessage("database down");
        assertThat(fresh.current()).isEqualTo(7);
    }

    @Test
    void with_room_for_two_reads_a_caller_arriving_during_a_slow_read_starts_its_own() throws Exception {
        CountDownLatch release = new CountDownLatch(1), reading = new CountDownLatch(1);
        AtomicInteger reads = new AtomicInteger();
        FreshHead fresh = fresh(2, () -> {
            if (reads.incrementAndGet() == 1) {
                reading.countDown();
                await(release);
            }
            return 5;
        });
        Thread slow = Thread.ofPlatform().start(fresh::current);
        reading.await();
        assertThat(fresh.current()).isEqualTo(5); // answered while the first read still hangs
        release.countDown();
        slow.join();
        assertThat(reads.get()).isEqualTo(2);
    }

    private static FreshHead fresh(int parallel, java.util.function.LongSupplier read) { return new FreshHead(read, parallel); }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
