package org.castellan.gsm.modem;

import java.io.IOException;
import java.time.Clock;
import org.castellan.gsm.emulator.TcpModemServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** {@link ConversationContract} over TCP, as to a modem behind ser2net: {@code tcp://127.0.0.1:<port>}. */
class TcpConversationTest extends ConversationContract {

    private TcpModemServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = emulator.startTcpOnLoopback();
    }

    @AfterEach
    void stopServer() throws IOException {
        server.close();
    }

    @Override
    protected GsmModem open(ModemSettings settings) throws GsmModemException {
        return GsmModem.open(server.url(), settings, Clock.systemUTC());
    }
}
