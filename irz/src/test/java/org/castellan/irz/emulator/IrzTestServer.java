package org.castellan.irz.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.castellan.irz.colprot.ColprotDecoder;
import org.castellan.irz.colprot.ColprotFrame;
import org.castellan.irz.command.CommandAnswer;
import org.castellan.irz.command.CommandEvent;
import org.castellan.irz.command.CommandOptions;
import org.castellan.irz.command.CommandRequest;
import org.castellan.irz.command.CommandSession;
import org.castellan.irz.command.SessionTimer;
import org.castellan.irz.ident.Framing;
import org.castellan.irz.ident.IdentificationAttempt;
import org.castellan.irz.ident.IdentificationChain;
import org.castellan.irz.ident.IdentificationResult;
import org.castellan.irz.ident.ModemIdentity;
import org.castellan.irz.raw.BytePattern;
import org.castellan.irz.raw.RawSink;
import org.castellan.irz.raw.RawStreamFilter;

/**
 * A tiny collector server for emulator tests, on 127.0.0.1, built from this library's own decoders the way the gateway
 * will use them: identification chain → COLPROT decoder + command session, or raw filter.
 */
final class IrzTestServer implements AutoCloseable {

    /** One identified connection. */
    static final class Session {
        final ModemIdentity identity;
        final Socket socket;
        final BlockingQueue<ColprotFrame> frames = new LinkedBlockingQueue<>();
        final BlockingQueue<CommandEvent> events = new LinkedBlockingQueue<>();
        final ByteArrayOutputStream rawData = new ByteArrayOutputStream();
        final AtomicInteger keepAlives = new AtomicInteger();
        final CountDownLatch ended = new CountDownLatch(1);
        /** Runs every command session call, like a Netty event loop. */
        final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor();
        final CommandSession commands;

        Session(ModemIdentity identity, Socket socket) {
            this.identity = identity;
            this.socket = socket;
            this.commands = new CommandSession(CommandOptions.defaults(), this::write,
                    SessionTimer.of(loop, Clock.systemUTC()), events::add);
        }

        /** Sends a command from the session's loop thread. */
        CompletableFuture<CommandAnswer> ask(CommandRequest request) {
            return CompletableFuture.supplyAsync(() -> commands.submit(request), loop).thenCompose(f -> f);
        }

        synchronized void write(byte[] bytes) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        byte[] rawData() {
            synchronized (rawData) {
                return rawData.toByteArray();
            }
        }

        boolean open() {
            return ended.getCount() == 1;
        }

        void close() throws IOException {
            socket.close();
            loop.shutdownNow();
        }
    }

    final BlockingQueue<Session> identified = new LinkedBlockingQueue<>();
    final BlockingQueue<IdentificationResult.Rejected> rejected = new LinkedBlockingQueue<>();
    private final java.util.List<Session> all = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final IdentificationChain chain;
    private final ServerSocket server;

    IrzTestServer(IdentificationChain chain) throws IOException {
        this.chain = chain;
        this.server = new ServerSocket(0, 4096, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::acceptLoop);
    }

    InetSocketAddress address() {
        return (InetSocketAddress) server.getLocalSocketAddress();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> serve(socket));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket socket) {
        byte[] buf = new byte[1024];
        try (socket; InputStream in = socket.getInputStream()) {
            IdentificationAttempt attempt = chain.begin((InetSocketAddress) socket.getRemoteSocketAddress());
            while (!attempt.decided()) {
                int n = in.read(buf);
                if (n < 0) {
                    attempt.endOfStream();
                } else {
                    attempt.feed(buf, 0, n);
                }
            }
            switch (attempt.result()) {
                case IdentificationResult.Rejected r -> {
                    socket.getOutputStream().write(r.reply());
                    rejected.add(r);
                }
                case IdentificationResult.Identified id -> dataPhase(socket, in, id, buf);
                case IdentificationResult.NeedMore n -> throw new IllegalStateException("undecided");
            }
        } catch (IOException e) {
            // the connection ended; the tests look at what the session recorded before that
        }
    }

    private void dataPhase(Socket socket, InputStream in, IdentificationResult.Identified id, byte[] buf)
            throws IOException {
        Session session = new Session(id.identity(), socket);
        try {
            session.write(id.reply());
            all.add(session);
            identified.add(session);
            Feeder feeder = feeder(session, id.framing());
            byte[] leftover = id.leftover();
            feeder.feed(leftover, leftover.length);
            int n;
            while ((n = in.read(buf)) >= 0) {
                feeder.feed(buf, n);
            }
        } finally {
            session.ended.countDown();
            session.loop.execute(session.commands::close);
            session.loop.shutdown();
        }
    }

    private interface Feeder {
        void feed(byte[] buf, int n);
    }

    private static Feeder feeder(Session session, Framing framing) {
        return switch (framing) {
            case Framing.Colprot c -> {
                ColprotDecoder decoder = new ColprotDecoder(4096);
                yield (buf, n) -> decoder.feed(buf, 0, n, event -> {
                    if (event instanceof ColprotFrame frame) {
                        session.loop.execute(() -> {
                            if (!session.commands.onFrame(frame)) {
                                session.frames.add(frame);
                            }
                        });
                    }
                });
            }
            case Framing.Raw raw -> {
                RawStreamFilter filter = new RawStreamFilter(raw.strip(), new RawSink() {
                    @Override
                    public void data(byte[] bytes, int off, int len) {
                        synchronized (session.rawData) {
                            session.rawData.write(bytes, off, len);
                        }
                    }

                    @Override
                    public void patternRemoved(BytePattern pattern) {
                        session.keepAlives.incrementAndGet();
                    }
                });
                yield (buf, n) -> filter.feed(buf, 0, n);
            }
        };
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Session s : all) {
            s.close();
        }
    }

    /** Waits for the next identified connection. */
    Session nextSession() throws InterruptedException {
        Session s = identified.poll(10, TimeUnit.SECONDS);
        if (s == null) {
            throw new AssertionError("no modem identified within 10 s");
        }
        return s;
    }
}
