package org.castellan.platform;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Time-zone names people pick from; the zones our users' sites are in come first. */
public final class TimeZones {
    public static final List<String> COMMON = List.of(
            "UTC", "Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk",
            "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok",
            "Asia/Magadan", "Asia/Kamchatka", "Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Almaty",
            "Asia/Tashkent", "Europe/Minsk");

    private TimeZones() {
    }

    public static Optional<ZoneId> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name.trim()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The choice list for a time-zone select: {@link #COMMON}, plus {@code current} when it is not among them. */
    public static List<String> choicesWith(String current) {
        if (current == null || current.isBlank() || COMMON.contains(current.trim())) {
            return COMMON;
        }
        return Stream.concat(Stream.of(current.trim()), COMMON.stream()).toList();
    }

    /** @throws InvalidInputException naming {@code field} when the name is not a known IANA zone */
    public static ZoneId require(String field, String name) {
        return parse(name).orElseThrow(() -> new InvalidInputException(field, "validation.timeZone", name));
    }
}
