package org.castellan.tem106.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.codec.Request;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.testing.Conversation;
import org.castellan.tem106.testing.InMemoryConversation;
import org.castellan.tem106.testing.RecordingLink;
import org.junit.jupiter.api.Test;

/** The conversation contract over the in-memory link, plus request counting on the link itself. */
class InMemoryConversationTest extends ConversationContract {
    @Override
    Conversation open(MeterProfile profile) {
        return new InMemoryConversation(profile);
    }

    @Test
    void theLinkSeesExactlyTheRequestsTheSessionNeeds() throws Exception {
        InMemoryConversation c = (InMemoryConversation) start(MeterProfile.defaults());
        MeterReader reader = c.reader();
        reader.identify();
        reader.readConfiguration();
        reader.readCurrent();
        reader.readLatest(ArchiveKind.HOURLY, 24);
        reader.readConfiguration();
        // identify + configuration 8 + current 11 + pointers 1 + 24 records × 6; the second configuration is free
        assertThat(c.masterLink().sends()).isEqualTo(1 + 8 + 11 + 1 + 24 * 6);
    }

    @Test
    void nothingIsReadTwiceWithinASession() throws Exception {
        InMemoryConversation c = (InMemoryConversation) start(MeterProfile.defaults());
        RecordingLink recording = new RecordingLink(c.masterLink());
        MeterReader reader = new MeterReader(recording, 1, Conversation.SETTINGS);
        reader.readConfiguration();
        reader.readCurrent();
        reader.readLatest(ArchiveKind.DAILY, 2);
        reader.readLatest(ArchiveKind.HOURLY, 1);
        List<Request> requests = recording.requests();
        Set<String> timerBytes = new HashSet<>();
        Set<String> flashBytes = new HashSet<>();
        for (Request request : requests) {
            switch (request) {
                case Request.ReadTimerMemory r -> addAll(timerBytes, r.start(), r.length());
                case Request.ReadFlash r -> addAll(flashBytes, r.start(), r.length());
                case Request.Identify r -> { }
            }
        }
        assertThat(timerBytes).hasSize(requests.stream().filter(Request.ReadTimerMemory.class::isInstance)
                .mapToInt(Request::replyLength).sum());
        assertThat(flashBytes).hasSize(3 * 384);
    }

    private static void addAll(Set<String> bytes, long start, int length) {
        for (long a = start; a < start + length; a++) {
            assertThat(bytes.add(Long.toHexString(a))).as("byte 0x%X read twice", a).isTrue();
        }
    }
}
