package org.castellan.modems;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the pollers of one modem share it (issue 4, "several organizations read one meter, in turn or at once"); the
 * gateway's {@code SharingPolicy} by another name, so the registry does not depend on the gateway's types. The modem
 * sheet spells them in English ({@link #code()}) and reads the Russian and Chinese words too.
 */
public enum Sharing {
    /** One poller at a time; the others wait or are refused. */
    EXCLUSIVE("exclusive", "монопольно", "монопольный", "独占"),
    /** Requests serialised; each reply goes to the poller that asked. The default. */
    TURNS("turns", "по очереди", "очередь", "轮流"),
    /** Every poller sees the modem's data. */
    BROADCAST("broadcast", "всем", "широковещательно", "广播");

    private final String code;
    private final List<String> aliases;

    Sharing(String code, String... aliases) {
        this.code = code;
        this.aliases = List.of(aliases);
    }

    /** The word written in exports and the API: {@code exclusive}, {@code turns} or {@code broadcast}. */
    public String code() {
        return code;
    }

    /** The policy a cell names, in English, Russian or Chinese, any case; empty for an unknown word. */
    public static Optional<Sharing> fromText(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
        for (Sharing sharing : values()) {
            if (sharing.code.equals(key) || sharing.aliases.contains(key)) {
                return Optional.of(sharing);
            }
        }
        return Optional.empty();
    }
}
