package org.castellan.irz.ident;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A registration packet described by a regular expression over its bytes read as ISO-8859-1 (one char per byte).
 * The identifier is the named group {@code id}, or the whole match when there is none.
 *
 * <p>TCP may deliver the packet in pieces, so a match is accepted only when more bytes could not change it
 * ({@link Matcher#hitEnd()} is false) or the 40-byte limit is reached. Write self-delimiting patterns —
 * {@code (?<id>\d{15})} or a terminator — because {@code (?<id>\d+)} waits for a non-digit that a device sending only
 * its registration may never send.
 *
 * @param pattern the expression; must not match the empty string
 */
public record RegexRegistration(Pattern pattern) implements RegistrationMatcher {

    private static final String ID_GROUP = "id";

    /** @throws IllegalArgumentException if the pattern matches the empty string */
    public RegexRegistration {
        Objects.requireNonNull(pattern, "pattern");
        if (pattern.matcher("").matches()) {
            throw new IllegalArgumentException("registration pattern: expected one that needs at least one byte, found "
                    + pattern.pattern());
        }
    }

    /** @return a matcher for {@code regex} */
    public static RegexRegistration of(String regex) {
        return new RegexRegistration(Pattern.compile(regex, Pattern.DOTALL));
    }

    @Override
    public Outcome match(byte[] buf, int len) {
        boolean capped = len >= MAX_LENGTH;
        Matcher m = pattern.matcher(new String(buf, 0, Math.min(len, MAX_LENGTH), StandardCharsets.ISO_8859_1));
        boolean found = m.lookingAt();
        if (found && m.end() > 0 && (!m.hitEnd() || capped)) {
            return new Found(m.end(), pattern.namedGroups().containsKey(ID_GROUP) ? m.group(ID_GROUP) : m.group());
        }
        return m.hitEnd() && !capped ? Pending.NEED_MORE : Pending.NOT_MINE;
    }
}
