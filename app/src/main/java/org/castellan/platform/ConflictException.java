package org.castellan.platform;

import java.util.List;

/**
 * A change refused because of the state of other data, e.g. deleting a site that still has zones (409). Nothing
 * has been changed when this is thrown. {@code messageKey} is a key in the message bundles.
 */
public class ConflictException extends RuntimeException {
    private final String messageKey;
    private final transient List<Object> arguments;

    public ConflictException(String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
