package org.castellan.irz.command;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A {@link SessionTimer} whose time moves only when a test says so; due tasks run on the test's thread. */
final class ManualTimer implements SessionTimer {

    private record Task(Instant due, long seq, Runnable run, boolean[] cancelled) {
    }

    private Instant now = Instant.parse("2024-03-01T12:00:00Z");
    private final List<Task> tasks = new ArrayList<>();
    private long seq;

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now.plus(delay), seq++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves time forward, running every task that falls due, in order. */
    void advance(Duration by) {
        Instant until = now.plus(by);
        while (true) {
            Task next = tasks.stream().filter(t -> !t.due().isAfter(until))
                    .min(Comparator.comparing(Task::due).thenComparingLong(Task::seq)).orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            now = next.due();
            if (!next.cancelled()[0]) {
                next.run().run();
            }
        }
        now = until;
    }

    /** @return tasks scheduled and not cancelled or run */
    long pending() {
        return tasks.stream().filter(t -> !t.cancelled()[0]).count();
    }
}
