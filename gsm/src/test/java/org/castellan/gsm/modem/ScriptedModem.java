package org.castellan.gsm.modem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.awaitility.Awaitility;
import org.castellan.gsm.port.InMemoryAtPort;

/**
 * A modem that follows a script, for tests that compare the exact bytes the session writes (as PLC4X's conversation
 * tests do): each step waits for exactly the bytes expected, then answers. A byte that differs stops the script and
 * is reported by {@link #assertFollowed()}. Runs on its own virtual thread.
 */
final class ScriptedModem implements AutoCloseable {

    private record Step(String expected, String answer, boolean bytewise) {
    }

    private final InMemoryAtPort.Pair pair = InMemoryAtPort.pair();
    private final ConcurrentLinkedQueue<Step> steps = new ConcurrentLinkedQueue<>();
    private final StringBuilder received = new StringBuilder();
    private final List<String> problems = new ArrayList<>();
    private final Thread thread;

    ScriptedModem() {
        thread = Thread.ofVirtual().name("scripted-modem").start(this::run);
    }

    /** @return the port the session talks to */
    InMemoryAtPort port() {
        return pair.computer();
    }

    /** After {@code expected} arrives, answers {@code answer} in one write. */
    ScriptedModem on(String expected, String answer) {
        steps.add(new Step(expected, answer, false));
        return this;
    }

    /** After {@code expected} arrives, answers {@code answer} one byte per write. */
    ScriptedModem onBytewise(String expected, String answer) {
        steps.add(new Step(expected, answer, true));
        return this;
    }

    /** The usual initialisation of a modem with echo on: ESC, AT, ATE0, CMEE, CMGF, CPIN, CREG, CSQ. */
    ScriptedModem initialised() {
        return on("\u001B", "")
                .on("AT\r", "AT\r\r\nOK\r\n")
                .on("ATE0\r", "ATE0\r\r\nOK\r\n")
                .on("AT+CMEE=1\r", "\r\nOK\r\n")
                .on("AT+CMGF=0\r", "\r\nOK\r\n")
                .on("AT+CPIN?\r", "\r\n+CPIN: READY\r\n\r\nOK\r\n")
                .on("AT+CREG?\r", "\r\n+CREG: 0,1\r\n\r\nOK\r\n")
                .on("AT+CSQ\r", "\r\n+CSQ: 21,99\r\n\r\nOK\r\n");
    }

    private void run() {
        try {
            while (true) {
                byte[] bytes = pair.modem().read(Duration.ofMillis(50));
                synchronized (received) {
                    received.append(new String(bytes, StandardCharsets.ISO_8859_1));
                }
                Step step;
                while ((step = steps.peek()) != null && matches(step)) {
                    steps.poll();
                    answer(step);
                }
                if (!problems.isEmpty()) {
                    return;
                }
            }
        } catch (IOException e) {
            // the session closed the port
        }
    }

    private boolean matches(Step step) {
        synchronized (received) {
            int n = Math.min(step.expected().length(), received.length());
            if (!received.substring(0, n).equals(step.expected().substring(0, n))) {
                problems.add("expected " + printable(step.expected()) + ", received " + printable(received.toString()));
                return false;
            }
            if (received.length() < step.expected().length()) {
                return false;
            }
            received.delete(0, step.expected().length());
            return true;
        }
    }

    private void answer(Step step) throws IOException {
        byte[] bytes = step.answer().getBytes(StandardCharsets.ISO_8859_1);
        if (bytes.length == 0) {
            return;
        }
        if (step.bytewise()) {
            for (byte b : bytes) {
                pair.modem().write(new byte[] {b});
            }
        } else {
            pair.modem().write(bytes);
        }
    }

    /** Waits until every step has been played, and checks that nothing else arrived. */
    void assertFollowed() {
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> steps.isEmpty() || !problems.isEmpty());
        assertThat(problems).isEmpty();
        synchronized (received) {
            assertThat(printable(received.toString())).as("bytes after the script").isEmpty();
        }
    }

    static String printable(String text) {
        return text.replace("\r", "<CR>").replace("\n", "<LF>").replace("\u001A", "<Ctrl-Z>")
                .replace("\u001B", "<ESC>");
    }

    @Override
    public void close() {
        pair.modem().close();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
