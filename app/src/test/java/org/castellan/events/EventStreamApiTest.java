package org.castellan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.castellan.org.Organization;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class EventStreamApiTest extends IntegrationTest {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @Autowired
    EventJournal journal;

    @Test
    void streamDeliversEventsOfTheSubscribersOrganizationsOnly() throws Exception {
        Organization a = fixtures.organization();
        Organization b = fixtures.organization();
        HttpApi userOfA = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.DISPATCHER), a).username(), Fixtures.PASSWORD);
        String eventOfA = fixtures.unique("heat substation A flooded ");
        String eventOfB = fixtures.unique("heat substation B flooded ");
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try {
            HttpResponse<Stream<String>> response = client.sendAsync(
                    userOfA.request("/api/v1/events/stream").header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofLines()).get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            Thread.ofVirtual().name("sse-reader").start(() -> {
                try {
                    response.body().forEach(lines::add);
                } catch (UncheckedIOException endOfTest) {
                    // the finally block below shuts the client down while this thread still reads
                }
            });
            await().atMost(PATIENCE).until(() -> lines.stream().anyMatch(l -> l.startsWith(":connected")));

            // B's first: were it delivered, it would arrive before A's on the same stream.
            append(b, eventOfB);
            append(a, eventOfA);

            await().atMost(PATIENCE).until(() -> lines.stream().anyMatch(l -> l.contains(eventOfA)));
            assertThat(lines).noneMatch(l -> l.contains(eventOfB));
            assertThat(lines).contains("event:" + EventJournal.TOPIC);
        } finally {
            client.shutdownNow();
        }
    }

    private void append(Organization org, String message) {
        journal.append(NewEvent.of(org.id(), Instant.now(), "test.flood", EventSeverity.MAJOR, message).source("test"));
    }
}
