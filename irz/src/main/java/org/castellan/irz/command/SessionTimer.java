package org.castellan.irz.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Time for a session: the current instant and delayed tasks. Injected so tests advance time by hand, and so a Netty
 * gateway passes its event loop (tasks then run on the connection's own thread).
 *
 * <p>Implementations must run tasks on the thread that owns the session (or otherwise serialise them with the
 * session's other calls).
 */
public interface SessionTimer {

    /** @return the current instant */
    Instant now();

    /**
     * Runs {@code task} once after {@code delay}.
     *
     * @return a handle to cancel it; cancelling a task that already ran does nothing
     */
    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that may still be cancelled. */
    @FunctionalInterface
    interface Cancellable {
        /** Cancels the task if it has not run. */
        void cancel();
    }

    /**
     * @param executor a single-threaded scheduler that also runs every other call to the session
     * @param clock    the time source
     * @return a timer over the executor
     */
    static SessionTimer of(ScheduledExecutorService executor, Clock clock) {
        return new SessionTimer() {
            @Override
            public Instant now() {
                return clock.instant();
            }

            @Override
            public Cancellable schedule(Duration delay, Runnable task) {
                ScheduledFuture<?> future = executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
                return () -> future.cancel(false);
            }
        };
    }
}
