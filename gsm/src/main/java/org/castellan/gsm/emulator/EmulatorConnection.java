package org.castellan.gsm.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.castellan.gsm.port.AtPort;

/**
 * Serves the emulated modem on one {@link AtPort}: echoes what arrives (while echo is on), assembles command lines up
 * to CR and PDUs up to Ctrl-Z, writes the answers framed as in verbose mode, and sends the network's scripted call
 * endings when they are due.
 *
 * <p>Runs on the thread that calls {@link #run()} until the port fails or closes or {@link #stop()} is called; never
 * throws. Delays are real time, as the session's timeouts are.
 */
public final class EmulatorConnection implements Runnable {

    private static final System.Logger LOG = System.getLogger(EmulatorConnection.class.getName());
    private static final Duration POLL = Duration.ofMillis(20);
    private static final int MAX_COMMAND = 560;
    private static final int MAX_PDU_HEX = 2 * (12 + 164);
    private static final byte CTRL_Z = 0x1A;
    private static final byte ESC = 0x1B;

    private enum Input { COMMAND, PDU, DIALLING }

    private final EmulatedModem modem;
    private final AtPort port;
    private final StringBuilder buffer = new StringBuilder();
    private Input input = Input.COMMAND;
    private boolean overflow;
    private boolean discardLine;
    private int pduLength;
    private volatile boolean running = true;

    EmulatorConnection(EmulatedModem modem, AtPort port) {
        this.modem = modem;
        this.port = port;
    }

    @Override
    public void run() {
        try {
            while (running) {
                byte[] bytes = port.read(POLL);
                if (bytes.length > 0 && !modem.silent()) {
                    if (modem.echo()) {
                        port.write(bytes);
                    }
                    for (byte b : bytes) {
                        accept(b);
                    }
                }
                Answer due = modem.due(System.nanoTime());
                if (!due.isEmpty()) {
                    if (input == Input.DIALLING) {
                        input = Input.COMMAND; // the scripted end is the dial command's final result
                    }
                    write(due);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "GSM emulator connection on " + port + " ended: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeQuietly();
        }
    }

    /** Makes {@link #run()} return and closes the port at once (unblocks a read). */
    public void stop() {
        running = false;
        closeQuietly();
    }

    /** Makes {@link #run()} return after its current wait (at most 20 ms); {@link #run()} then closes the port. */
    public void halt() {
        running = false;
    }

    private void accept(byte b) throws IOException, InterruptedException {
        switch (input) {
            case DIALLING -> {
                input = Input.COMMAND;
                discardLine = b != '\r';
                write(modem.abortDial());
            }
            case PDU -> acceptPdu(b);
            case COMMAND -> acceptCommand(b);
        }
    }

    private void acceptCommand(byte b) throws IOException, InterruptedException {
        if (b == '\r') {
            String line = buffer.toString().strip();
            boolean lost = discardLine;
            boolean tooLong = overflow;
            buffer.setLength(0);
            overflow = false;
            discardLine = false;
            if (lost) {
                return;
            }
            if (tooLong) {
                write(Answer.lines("ERROR"));
            } else if (line.toUpperCase(Locale.ROOT).startsWith("AT")) {
                Answer answer = modem.command(line);
                write(answer);
                if (answer.pduLength().isPresent()) {
                    pduLength = answer.pduLength().getAsInt();
                    input = Input.PDU;
                } else if (answer.dialling()) {
                    input = Input.DIALLING;
                }
            }
            // a line not starting with AT is ignored, as modems do
        } else if (b == '\n' || b == ESC) {
            // LF after CR, and ESC outside PDU input, mean nothing in command state
        } else if (buffer.length() < MAX_COMMAND) {
            buffer.append((char) (b & 0xFF));
        } else {
            overflow = true;
        }
    }

    private void acceptPdu(byte b) throws IOException, InterruptedException {
        if (b == CTRL_Z || b == ESC) {
            String hex = buffer.toString();
            boolean tooLong = overflow;
            buffer.setLength(0);
            overflow = false;
            input = Input.COMMAND;
            if (b == ESC) {
                write(modem.cancelSubmit());
            } else {
                write(tooLong ? modem.submit(pduLength, "too long") : modem.submit(pduLength, hex));
            }
        } else if (b != '\r' && b != '\n') {
            if (buffer.length() < MAX_PDU_HEX) {
                buffer.append((char) (b & 0xFF));
            } else {
                overflow = true;
            }
        }
    }

    private void write(Answer answer) throws IOException, InterruptedException {
        if (answer.isEmpty()) {
            return;
        }
        Duration delay = modem.answerDelay();
        if (delay.isPositive()) {
            Thread.sleep(delay);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : answer.lines()) {
            out.writeBytes(("\r\n" + line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        if (answer.pduLength().isPresent()) {
            out.writeBytes("\r\n> ".getBytes(StandardCharsets.US_ASCII));
        }
        if (out.size() > 0) {
            port.write(out.toByteArray());
        }
    }

    private void closeQuietly() {
        try {
            port.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "GSM emulator: closing " + port + " failed: " + e);
        }
    }
}
