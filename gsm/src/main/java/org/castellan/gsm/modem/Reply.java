package org.castellan.gsm.modem;

import java.util.List;
import java.util.Optional;
import org.castellan.gsm.at.AtResponse;
import org.castellan.gsm.modem.AtChannel.Incoming;

/** What a command got back: information responses, lines that did not parse, and the final result. */
record Reply(List<AtResponse> information, List<Incoming.Malformed> malformed, AtResponse.Final result) {

    Reply {
        information = List.copyOf(information);
        malformed = List.copyOf(malformed);
    }

    /** @return the first information response of {@code type} */
    <T extends AtResponse> Optional<T> first(Class<T> type) {
        return information.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** @return the failure for an answer that lacks {@code expected}, naming a malformed line if there was one */
    ModemProtocolException missing(String command, String expected) {
        if (!malformed.isEmpty()) {
            Incoming.Malformed m = malformed.getFirst();
            return new ModemProtocolException(command, "expected " + expected + ", found \"" + m.line() + "\"",
                    m.problem());
        }
        return new ModemProtocolException(command, "expected " + expected + " before " + result
                + ", found " + information);
    }
}
