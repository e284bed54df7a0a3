package org.castellan.notify;

import java.util.List;

/**
 * A notification to send: a subject and a body, each a message key with arguments, rendered in every recipient's
 * language.
 *
 * @param orgId the organization the event belongs to (recipients are chosen by it)
 */
public record Notice(long orgId, String subjectKey, String bodyKey, List<Object> arguments) {
    public Notice {
        arguments = List.copyOf(arguments);
    }
}
