package org.castellan.irz.emulator;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.SequencedMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.function.UnaryOperator;
import org.castellan.irz.IrzDecodingException;
import org.castellan.irz.colprot.ColprotFrame;
import org.castellan.irz.command.CommandAnswer;
import org.castellan.irz.command.CommandCodec;
import org.castellan.irz.command.CommandRequest;
import org.castellan.irz.command.GpioPin;
import org.castellan.irz.ident.AtImeiLine;
import org.castellan.irz.ident.GreetingCodec;

/**
 * One emulated iRZ ATM modem (irz-modem.md): a TCP client of the server under test.
 *
 * <p><b>Lifecycle:</b> made by {@link EmulatorFleet#add}; {@link #connect()} opens a connection and completes once the
 * identification line is sent and, if configured, the greeting received; {@link #reconnect} opens a new connection
 * before dropping the old one (§7: a rebooted modem reconnects before the server notices); {@link #close()} ends it.
 * A connection the server closes stays closed: the modem does not redial by itself.
 *
 * <p><b>Threading:</b> thread-safe. Its connections read on virtual threads of the fleet; the serial device is called
 * there too.
 */
public final class ModemEmulator implements AutoCloseable {

    /** What happens to the old connection on {@link #reconnect}. */
    public enum OldConnection {
        /** Closed once the new connection is identified. */
        CLOSE,
        /** Left open and silent, like the dead connection of a rebooted modem; it ends when the server closes it. */
        LEAVE_OPEN
    }

    private final EmulatorConfig config;
    private final SerialDevice serial;
    private final EmulatorFleet fleet;
    private final Object statusLock = new Object();
    private final CopyOnWriteArrayList<EmulatorConnection> connections = new CopyOnWriteArrayList<>();
    private volatile ModemStatus status;
    private volatile GreetingCodec.Parsed lastGreeting;
    private ScheduledFuture<?> keepAliveTask;

    ModemEmulator(EmulatorConfig config, SerialDevice serial, EmulatorFleet fleet) {
        this.config = config;
        this.serial = serial;
        this.fleet = fleet;
        this.status = config.status();
    }

    /** @return its configuration */
    public EmulatorConfig config() {
        return config;
    }

    /**
     * Opens a connection if none is open.
     *
     * @return completes when the modem is in data mode; fails with the {@link IOException} or
     *     {@link IrzDecodingException} that ended the handshake (the connection is then closed)
     */
    public CompletableFuture<Void> connect() {
        return connections.isEmpty() ? openConnection() : CompletableFuture.completedFuture(null);
    }

    /**
     * Opens a new connection while the current one is still open; the new one carries all traffic from then on.
     *
     * @param old what to do with the previous connection once the new one is in data mode
     * @return completes when the new connection is in data mode
     */
    public CompletableFuture<Void> reconnect(OldConnection old) {
        List<EmulatorConnection> previous = List.copyOf(connections);
        return openConnection().thenRun(() -> {
            if (old == OldConnection.CLOSE) {
                previous.forEach(EmulatorConnection::close);
            }
        });
    }

    /** @return how many connections are open (two after a reconnect that left the old one open) */
    public int openConnections() {
        return connections.size();
    }

    /** @return the greeting the server sent last, if any */
    public Optional<GreetingCodec.Parsed> lastGreeting() {
        return Optional.ofNullable(lastGreeting);
    }

    /** @return what it answers to status commands now */
    public ModemStatus status() {
        return status;
    }

    /** Changes its status (signal, temperature…) without telling the server. */
    public void updateStatus(UnaryOperator<ModemStatus> change) {
        synchronized (statusLock) {
            status = change.apply(status);
        }
    }

    /**
     * Changes an input; in COLPROT mode the modem reports its GPIO state unasked (§5, the GPI event). Raw mode has
     * no way to report it.
     *
     * @throws IllegalArgumentException if the pin does not exist or is an output
     */
    public void setInput(int pin, boolean high) {
        ModemStatus next;
        synchronized (statusLock) {
            if (pin < 1 || pin > status.pins().size() || !status.pins().get(pin - 1).isInput()) {
                throw new IllegalArgumentException("input pin: expected one of the inputs of " + status.pins()
                        + ", found " + pin);
            }
            next = status.withPin(pin, high);
            status = next;
        }
        if (config.colprot()) {
            newest().ifPresent(c -> c.sendFrame(CommandCodec.encodeAnswer(new CommandAnswer.Gpio(next.pins()))));
        }
    }

    /** Sends a keep-alive now on the newest connection, split as configured. */
    public void sendKeepAlive() {
        newest().ifPresent(EmulatorConnection::sendKeepAlive);
    }

    /** Sends meter bytes now on the newest connection, as if the serial device had sent them unasked. */
    public void sendMeterData(byte[] bytes) {
        newest().ifPresent(c -> c.sendMeterData(bytes));
    }

    /** Closes every connection and stops its keep-alive timer. */
    @Override
    public void close() {
        synchronized (this) {
            if (keepAliveTask != null) {
                keepAliveTask.cancel(false);
            }
        }
        connections.forEach(EmulatorConnection::close);
        fleet.removed(this);
    }

    private CompletableFuture<Void> openConnection() {
        CompletableFuture<Void> ready = new CompletableFuture<>();
        EmulatorConnection connection = new EmulatorConnection(this, config);
        fleet.start(() -> {
            byte[] leftover;
            try {
                leftover = connection.handshake(identificationLine());
            } catch (IOException | IrzDecodingException e) {
                connection.close();
                ready.completeExceptionally(e);
                return;
            }
            connections.add(connection);
            startKeepAlive();
            ready.complete(null);
            connection.readLoop(leftover);
        });
        return ready;
    }

    /** The configured line with the signal and SIM slot the modem has now. */
    private byte[] identificationLine() {
        SequencedMap<String, String> fields = new LinkedHashMap<>(config.identification());
        ModemStatus now = status;
        fields.computeIfPresent("CSQ", (k, v) -> Integer.toString(now.signal().csq()));
        fields.computeIfPresent("SIM", (k, v) -> Integer.toString(now.simSlot()));
        return AtImeiLine.format(fields);
    }

    private synchronized void startKeepAlive() {
        if (keepAliveTask == null && !config.keepAlivePeriod().isZero()) {
            // §4: a keep-alive after a period without traffic
            keepAliveTask = fleet.every(config.keepAlivePeriod(), () -> newest().ifPresent(c -> {
                if (!c.takeTraffic()) {
                    c.sendKeepAlive();
                }
            }));
        }
    }

    private Optional<EmulatorConnection> newest() {
        List<EmulatorConnection> open = List.copyOf(connections); // a snapshot: others may close meanwhile
        return open.isEmpty() ? Optional.empty() : Optional.of(open.getLast());
    }

    SerialDevice serial() {
        return serial;
    }

    void greeted(GreetingCodec.Parsed greeting) {
        lastGreeting = greeting;
    }

    void closed(EmulatorConnection connection) {
        connections.remove(connection);
    }

    void onCommand(EmulatorConnection connection, ColprotFrame frame) {
        CommandRequest request;
        try {
            request = CommandCodec.decodeRequest(frame);
        } catch (IrzDecodingException e) {
            return; // a real modem ignores what it cannot parse; the server's session times out
        }
        CommandResponder.Response response;
        synchronized (statusLock) {
            response = CommandResponder.respond(request, status);
            status = response.next();
        }
        response.answer().ifPresent(a -> connection.sendFrame(CommandCodec.encodeAnswer(a)));
    }

    /** @return whether pin {@code number} is high now */
    public boolean pinHigh(int number) {
        GpioPin pin = status.pins().get(number - 1);
        return pin.high();
    }
}
