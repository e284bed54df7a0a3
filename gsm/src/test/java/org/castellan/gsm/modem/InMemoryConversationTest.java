package org.castellan.gsm.modem;

import java.time.Clock;

/** {@link ConversationContract} over an in-memory port. */
class InMemoryConversationTest extends ConversationContract {

    @Override
    protected GsmModem open(ModemSettings settings) throws GsmModemException {
        return GsmModem.open(emulator.connectInMemory(), settings, Clock.systemUTC());
    }
}
