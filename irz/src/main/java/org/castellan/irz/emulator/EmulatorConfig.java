package org.castellan.irz.emulator;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.SequencedMap;
import org.castellan.irz.ident.AtImeiLine;
import org.castellan.irz.ident.IdKind;

/**
 * How one emulated modem behaves.
 *
 * @param server               where it connects
 * @param identification       the {@code KEY=VALUE} pairs of its {@code AT$IMEI=} line in order, {@code IMEI} first;
 *                             a {@code COLPROT} key (other than 0) makes it speak COLPROT, otherwise raw mode
 * @param identificationWrites over how many writes the line is split (1 = whole)
 * @param greeting             wait for the greeting or not
 * @param greetingTimeout      how long to wait for it before closing
 * @param keepAlivePeriod      how long without traffic before a keep-alive (§4: 50–60 s); zero for none
 * @param keepAliveSplit       0 to send a keep-alive in one write, n to send its first n bytes and the rest separately
 * @param connectTimeout       TCP connect timeout
 * @param maxPayload           largest COLPROT payload it sends or accepts
 * @param status               what it answers to status commands at start
 */
public record EmulatorConfig(InetSocketAddress server, SequencedMap<String, String> identification,
                             int identificationWrites, GreetingMode greeting, Duration greetingTimeout,
                             Duration keepAlivePeriod, int keepAliveSplit, Duration connectTimeout, int maxPayload,
                             ModemStatus status) {

    /** @throws IllegalArgumentException naming the setting that is out of range */
    public EmulatorConfig {
        Objects.requireNonNull(server, "server");
        identification = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(identification));
        if (!IdKind.IMEI.accepts(identification.getOrDefault(AtImeiLine.IMEI_KEY, ""))) {
            throw new IllegalArgumentException("identification: expected an IMEI of 14–17 digits, found "
                    + identification.get(AtImeiLine.IMEI_KEY));
        }
        AtImeiLine.format(identification); // refuses values that would break the line
        if (identificationWrites < 1) {
            throw new IllegalArgumentException("identificationWrites: expected 1 or more, found " + identificationWrites);
        }
        Objects.requireNonNull(greeting, "greeting");
        requirePositive("greetingTimeout", greetingTimeout);
        requirePositive("connectTimeout", connectTimeout);
        if (keepAlivePeriod.isNegative()) {
            throw new IllegalArgumentException("keepAlivePeriod: expected zero or positive, found " + keepAlivePeriod);
        }
        if (keepAliveSplit < 0) {
            throw new IllegalArgumentException("keepAliveSplit: expected 0 or more, found " + keepAliveSplit);
        }
        if (maxPayload < 1 || maxPayload > 0xFFFF) {
            throw new IllegalArgumentException("maxPayload: expected 1–65535, found " + maxPayload);
        }
        Objects.requireNonNull(status, "status");
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + ": expected a positive duration, found " + value);
        }
    }

    /** @return the IMEI */
    public String imei() {
        return identification.get(AtImeiLine.IMEI_KEY);
    }

    /** @return whether it speaks COLPROT */
    public boolean colprot() {
        String version = identification.get("COLPROT");
        return version != null && !version.isEmpty() && !version.equals("0");
    }

    /**
     * @return an ATM31 with COLPROT 1.3 that waits for the greeting, sends keep-alives every 55 s in one write,
     *     connects within 10 s and answers from {@link ModemStatus#defaults()}
     */
    public static Builder builder(InetSocketAddress server, String imei) {
        return new Builder(server, imei);
    }

    /** Collects a configuration. Not thread-safe. */
    public static final class Builder {
        private final InetSocketAddress server;
        private final SequencedMap<String, String> fields = new LinkedHashMap<>();
        private int identificationWrites = 1;
        private GreetingMode greeting = GreetingMode.WAIT;
        private Duration greetingTimeout = Duration.ofSeconds(10);
        private Duration keepAlivePeriod = Duration.ofSeconds(55);
        private int keepAliveSplit;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private int maxPayload = 1024;
        private ModemStatus status = ModemStatus.defaults();

        private Builder(InetSocketAddress server, String imei) {
            this.server = server;
            fields.put(AtImeiLine.IMEI_KEY, imei);
            // the §1 example line, in its order
            for (String pair : "PSW=5492,TYP=ATM,DEV=ATM31,VER=01,REV=03,BLD=016.353,HDW=2.0,SIM=0,CSQ=17,COLPROT=1.3,"
                    .concat("ATP=1.1,INT=485+232").split(",")) {
                fields.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }

        /** Sets or adds a key of the identification line (keeps its position if present). */
        public Builder field(String key, String value) {
            fields.put(key, value);
            return this;
        }

        /** Removes the COLPROT key: raw mode. */
        public Builder raw() {
            fields.remove("COLPROT");
            return this;
        }

        /** Adds {@code CHN=n}. */
        public Builder channel(int channel) {
            return field("CHN", Integer.toString(channel));
        }

        /** Splits the identification line over {@code writes} writes. */
        public Builder identificationWrites(int writes) {
            this.identificationWrites = writes;
            return this;
        }

        /** Sets the greeting behaviour. */
        public Builder greeting(GreetingMode mode, Duration timeout) {
            this.greeting = mode;
            this.greetingTimeout = timeout;
            return this;
        }

        /** Sets the keep-alive period (zero: none) and split. */
        public Builder keepAlive(Duration period, int split) {
            this.keepAlivePeriod = period;
            this.keepAliveSplit = split;
            return this;
        }

        /** Sets the initial status. */
        public Builder status(ModemStatus status) {
            this.status = status;
            return this;
        }

        /** Sets the largest COLPROT payload. */
        public Builder maxPayload(int maxPayload) {
            this.maxPayload = maxPayload;
            return this;
        }

        /** @return the configuration; see the record's validation */
        public EmulatorConfig build() {
            return new EmulatorConfig(server, fields, identificationWrites, greeting, greetingTimeout, keepAlivePeriod,
                    keepAliveSplit, connectTimeout, maxPayload, status);
        }
    }
}
