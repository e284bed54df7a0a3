package org.castellan.gateway.bench;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.castellan.irz.emulator.EmulatorConfig;
import org.castellan.irz.emulator.EmulatorFleet;
import org.castellan.irz.emulator.GreetingMode;
import org.castellan.irz.emulator.ModemEmulator;
import org.castellan.irz.emulator.SerialDevice;

/**
 * The generator's emulated modems: iRZ ATM31 COLPROT modems (the {@code irz} emulator on virtual threads) that wait
 * for the greeting, send a keep-alive after 55 s without traffic and echo on their serial side whatever a poller sends
 * to the meter. IMEIs are {@code 86} + 13 digits of a running number.
 */
final class Modems implements AutoCloseable {

    /** A meter that answers every request with the request. */
    static final SerialDevice ECHO = (data, line) -> line.send(data);

    /** How long a modem waits for the greeting: a gateway out of descriptors never accepts, so never greets. */
    static final Duration GREETING_TIMEOUT = Duration.ofSeconds(5);

    /** What one {@link #connect} call did. */
    record Batch(int connected, Map<String, Integer> failures) {
        int failed() {
            return failures.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final EmulatorFleet fleet = new EmulatorFleet();
    private final InetSocketAddress gateway;
    private final List<ModemEmulator> online = new ArrayList<>();
    private int next;

    Modems(InetSocketAddress gateway) {
        this.gateway = gateway;
    }

    static String imei(int number) {
        return String.format("86%013d", number);
    }

    EmulatorConfig config(int number) {
        return EmulatorConfig.builder(gateway, imei(number))
                .greeting(GreetingMode.WAIT, GREETING_TIMEOUT)
                .keepAlive(Duration.ofSeconds(55), 0)
                .build();
    }

    /** Connects {@code count} new modems at once and waits until each is greeted or has failed (failures closed). */
    Batch connect(int count) {
        List<ModemEmulator> batch = new ArrayList<>();
        List<CompletableFuture<Throwable>> results = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ModemEmulator modem = fleet.add(config(next++), ECHO);
            batch.add(modem);
            results.add(modem.connect().handle((ok, error) -> error));
        }
        Map<String, Integer> failures = new TreeMap<>();
        int connected = 0;
        for (int i = 0; i < count; i++) {
            Throwable error = results.get(i).join();
            if (error == null) {
                added(batch.get(i));
                connected++;
            } else {
                batch.get(i).close();
                failures.merge(describe(error), 1, Integer::sum);
            }
        }
        return new Batch(connected, failures);
    }

    /** @return the modems connected and not released, in connection order */
    List<ModemEmulator> online() {
        synchronized (online) {
            return List.copyOf(online);
        }
    }

    /** Closes the connections of the {@code count} modems connected last; @return their IMEIs */
    List<String> release(int count) {
        List<String> released = new ArrayList<>();
        synchronized (online) {
            for (int i = 0; i < count && !online.isEmpty(); i++) {
                ModemEmulator modem = online.removeLast();
                released.add(modem.config().imei());
                modem.close();
            }
        }
        return released;
    }

    /** Closes every online modem's connection, as fast as one thread can; @return their configurations */
    List<EmulatorConfig> dropAll() {
        List<ModemEmulator> all;
        synchronized (online) {
            all = List.copyOf(online);
            online.clear();
        }
        all.forEach(ModemEmulator::close);
        return all.stream().map(ModemEmulator::config).toList();
    }

    /**
     * Dials {@code config} as a new modem; a modem whose connection or greeting fails dials again after 1 s, as a
     * real one would, at most {@code attempts} times in all.
     *
     * @param redials counts the dials after the first
     * @return completes when the modem is greeted, or fails with the last attempt's error
     */
    CompletableFuture<Void> dial(EmulatorConfig config, int attempts, AtomicInteger redials) {
        ModemEmulator modem = fleet.add(config, ECHO);
        return modem.connect().handle((ok, error) -> {
            if (error == null) {
                added(modem);
                return CompletableFuture.<Void>completedFuture(null);
            }
            modem.close();
            if (attempts <= 1) {
                return CompletableFuture.<Void>failedFuture(error);
            }
            redials.incrementAndGet();
            return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS))
                    .thenCompose(x -> dial(config, attempts - 1, redials));
        }).thenCompose(f -> f);
    }

    private void added(ModemEmulator modem) {
        synchronized (online) {
            online.add(modem);
        }
    }

    /** The exception's class and message, short, for counting failures by kind. */
    static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        String message = String.valueOf(cause.getMessage());
        return cause.getClass().getSimpleName() + ": " + (message.length() > 60 ? message.substring(0, 60) : message);
    }

    @Override
    public void close() {
        fleet.close();
    }
}
