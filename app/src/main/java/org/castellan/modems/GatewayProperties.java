package org.castellan.modems;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.castellan.gateway.ExclusiveMode;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The modem gateway node ({@code castellan.gateway.*}); every property is in the README's configuration table.
 *
 * @param enabled         run the gateway in this process (the platform server, the demo, {@code castellan gateway})
 * @param node            this node's name in the registry ("which node holds a modem"); default: the host name
 * @param host            the address modem and poller ports listen on
 * @param ports           modem ports, each with the full identification chain (iRZ {@code AT$IMEI=} line, the
 *                        length-prefixed IMEI); default 24841
 * @param identificationLimit how long after connecting a modem must have identified
 * @param pollerPorts     per-modem poller ports: {@code ON_FIRST_CONNECT} (default), {@code ON_START} or {@code OFF}
 * @param pollerPortBase  the first per-modem poller port (field default 35000; 0 lets the OS pick, for tests)
 * @param sharedPollerPort the port where a poller's first line names the modem; -1 for none
 * @param silence         offline after this long without a byte from the modem (irz-modem.md §4: default 150 s)
 * @param unknownModems   {@code REGISTER}: an unknown IMEI gets a session and waits as pending; {@code REFUSE}:
 *                        the allow-list, only registered modems get a session (refused ones are listed as pending)
 * @param statusRefresh   how often online COLPROT modems are asked for signal, temperature and GPIO; 0 for never
 * @param commandTimeout  how long one attempt of a modem command may take (irz-modem.md §5: answers take up to 20 s)
 * @param commandRetries  attempts after the first
 * @param commandWait     how long the console and the API wait for a command's answer
 * @param notifyGrace     how long a modem must stay lost (or an input changed) before people are notified
 * @param exclusive       for modems shared {@code EXCLUSIVE}: other pollers {@code WAIT} for the holder to leave
 *                        (default) or are {@code REFUSE}d at once
 * @param wake            how a modem is woken through the local GSM modem
 */
@Validated
@ConfigurationProperties("castellan.gateway")
public record GatewayProperties(
        @DefaultValue("true") boolean enabled,
        String node,
        @NotNull @DefaultValue("0.0.0.0") String host,
        @NotEmpty @DefaultValue("24841") List<@Min(0) @Max(65535) Integer> ports,
        @NotNull @DefaultValue("30s") Duration identificationLimit,
        @NotNull @DefaultValue("ON_FIRST_CONNECT") PollerPortMode pollerPorts,
        @Min(0) @Max(65535) @DefaultValue("35000") int pollerPortBase,
        @Min(-1) @Max(65535) @DefaultValue("24842") int sharedPollerPort,
        @NotNull @DefaultValue("150s") Duration silence,
        @NotNull @DefaultValue("REGISTER") UnknownModems unknownModems,
        @NotNull @DefaultValue("10m") Duration statusRefresh,
        @NotNull @DefaultValue("20s") Duration commandTimeout,
        @Min(0) @Max(5) @DefaultValue("2") int commandRetries,
        @NotNull @DefaultValue("60s") Duration commandWait,
        @NotNull @DefaultValue("2m") Duration notifyGrace,
        @NotNull @DefaultValue("WAIT") ExclusiveMode exclusive,
        @Valid @DefaultValue Wake wake) {

    /** When per-modem poller ports are opened (as in the iRZ product). */
    public enum PollerPortMode { ON_FIRST_CONNECT, ON_START, OFF }

    /** What happens to an IMEI nobody registered. */
    public enum UnknownModems { REGISTER, REFUSE }

    /**
     * Wake-up (irz-modem.md §5: the exact SMS or call that makes a modem connect is model-specific and not public).
     *
     * @param method  {@code CALL} (ring the modem's SIM; default) or {@code SMS}
     * @param ring    how long a wake-up call rings
     * @param text    the wake-up SMS text; {@code texts} overrides it per modem model
     * @param texts   model → SMS text, e.g. {@code ATM21.A: "5492 0AT$ATM_CONNECT"}
     */
    public record Wake(@NotNull @DefaultValue("CALL") WakeMethod method,
                       @NotNull @DefaultValue("20s") Duration ring,
                       @NotNull @DefaultValue("CONNECT") String text,
                       Map<String, String> texts) {
        public Wake {
            texts = texts == null ? Map.of() : Map.copyOf(texts);
        }

        /** @return the wake-up text for a modem model */
        public String textFor(String model) {
            return model == null ? text : texts.getOrDefault(model, text);
        }
    }

    public enum WakeMethod { CALL, SMS }

    /** @return the node name, defaulting to this host's name */
    public String nodeName() {
        if (node != null && !node.isBlank()) {
            return node.trim();
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "gateway";
        }
    }
}
