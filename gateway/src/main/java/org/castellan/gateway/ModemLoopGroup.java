package org.castellan.gateway;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelPromise;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.AbstractEventExecutorGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

/**
 * The child group of one modem's poller port: registers each poller it accepts on the event loop of the modem's
 * current connection (any worker while the modem is offline). The relay then carries a request from the poller to
 * the modem and the answer back on one thread, where a poller on another event loop costs a task and a wake-up of
 * the other thread each way (bench/gateway-load.sh relay, docs/BENCHMARKS.md). A modem that reconnects may land on
 * another event loop; pollers attached before that still work, one hand-over each way as before.
 *
 * <p>Lifecycle and every other method are the workers' own: this group owns no thread.
 */
final class ModemLoopGroup extends AbstractEventExecutorGroup implements EventLoopGroup {

    private final EventLoopGroup workers;
    private final ModemSession session;

    ModemLoopGroup(EventLoopGroup workers, ModemSession session) {
        this.workers = workers;
        this.session = session;
    }

    @Override
    public EventLoop next() {
        EventLoop loop = session.modemLoop();
        return loop != null ? loop : workers.next();
    }

    @Override
    public ChannelFuture register(Channel channel) {
        return next().register(channel);
    }

    @Override
    public ChannelFuture register(ChannelPromise promise) {
        return next().register(promise);
    }

    @Override
    @Deprecated
    public ChannelFuture register(Channel channel, ChannelPromise promise) {
        return next().register(channel, promise);
    }

    @Override
    public Iterator<EventExecutor> iterator() {
        return workers.iterator();
    }

    @Override
    public boolean isShuttingDown() {
        return workers.isShuttingDown();
    }

    @Override
    public Future<?> shutdownGracefully(long quietPeriod, long timeout, TimeUnit unit) {
        return workers.shutdownGracefully(quietPeriod, timeout, unit);
    }

    @Override
    public Future<?> terminationFuture() {
        return workers.terminationFuture();
    }

    @Override
    @Deprecated
    public void shutdown() {
        workers.shutdown();
    }

    @Override
    public boolean isShutdown() {
        return workers.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return workers.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return workers.awaitTermination(timeout, unit);
    }
}
