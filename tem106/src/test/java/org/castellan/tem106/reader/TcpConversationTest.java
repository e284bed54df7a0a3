package org.castellan.tem106.reader;

import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.testing.Conversation;
import org.castellan.tem106.testing.TcpConversation;

/** The conversation contract over TCP on the loopback interface. */
class TcpConversationTest extends ConversationContract {
    @Override
    Conversation open(MeterProfile profile) throws Exception {
        return new TcpConversation(profile);
    }
}
