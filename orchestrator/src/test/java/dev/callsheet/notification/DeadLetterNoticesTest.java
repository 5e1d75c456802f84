package dev.callsheet.notification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.InboundRef;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.Topics;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.SearchMovie;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.request.NoticeAudience;
import dev.callsheet.request.NoticeEvent;
import dev.callsheet.request.NoticeRoute;
import dev.callsheet.request.NoticeRoutes;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;

/** What the admins are told of a record on {@code deadletter} or {@code commands-dlt}. */
class DeadLetterNoticesTest {

    private static final Topics TOPICS = new Topics(Topics.DEFAULT_PREFIX);
    private static final String SECRET_BODY = "{\"apiKey\": \"radarr-secret\", \"movie\": {\"tmdbId\": 693134}}";

    private final DeadLetterNotices notices = new DeadLetterNotices(
            new NoticeRoutes(List.of(
                    route(NoticeAudience.REQUESTER, Set.of(NoticeEvent.AVAILABLE), "family"),
                    route(
                            NoticeAudience.ADMINS,
                            Set.of(NoticeEvent.DEAD_LETTER, NoticeEvent.STUCK),
                            "admin-ntfy",
                            "ops"))),
            TOPICS);

    @Test
    void tellsEachAdminsChannelWhichWebhookWasDeadLetteredAndWhyWithoutItsBody() {
        var letter = new DeadLetter(
                "delivery-42",
                SourceKind.RADARR,
                "radarr4k",
                Instant.parse("2026-12-03T19:00:00Z"),
                "normalise",
                "not a Radarr webhook: no eventType",
                "application/json",
                new InboundRef(1, 17, "delivery-42"),
                SECRET_BODY.length(),
                SECRET_BODY);

        var told = notices.of(record(TOPICS.deadletter(), 3, EventJson.mapper().writeValueAsBytes(letter)));

        assertThat(told).extracting(SendNotification::channel).containsExactly("admin-ntfy", "ops");
        assertThat(told).allSatisfy(notice -> {
            assertThat(notice.event()).isEqualTo("dead-letter");
            assertThat(notice.mediaKey()).isNull();
            assertThat(notice.subject().title()).isEqualTo("Radarr radarr4k webhook");
            assertThat(notice.subject().reason())
                    .isEqualTo("normalise: not a Radarr webhook: no eventType\nDelivery delivery-42");
            assertThat(EventJson.mapper().writeValueAsString(notice)).doesNotContain("radarr-secret", "693134");
        });
        assertThat(told.get(0).id()).isNotEqualTo(told.get(1).id());
    }

    @Test
    void asksForTheSameNoticeWhenARecordIsReadAgainAndAnotherForTheNextRecord() {
        byte[] letter = EventJson.mapper()
                .writeValueAsBytes(
                        new DeadLetter("d-1", SourceKind.SONARR, "sonarr", null, "decide", "boom", null, null, 0, ""));

        var first = notices.of(record(TOPICS.deadletter(), 3, letter));

        assertThat(notices.of(record(TOPICS.deadletter(), 3, letter))).isEqualTo(first);
        assertThat(notices.of(record(TOPICS.deadletter(), 4, letter)))
                .extracting(SendNotification::id)
                .doesNotContainAnyElementsOf(
                        first.stream().map(SendNotification::id).toList());
    }

    @Test
    void tellsOfAGivenUpCommandWithTheFailureFromItsHeadersCutShort() {
        var search = new SearchMovie("decision-7:search", MediaKey.movie(603, false), "radarr", 12, 1);
        var command = record(TOPICS.commandsDeadLetter(), 0, EventJson.mapper().writeValueAsBytes((Command) search));
        command.headers()
                .add(
                        KafkaHeaders.DLT_EXCEPTION_MESSAGE,
                        ("Listener method 'void onCommand(ConsumerRecord)' threw exception; Radarr answered HTTP 503"
                                        + " " + "x".repeat(400))
                                .getBytes(UTF_8));

        var told = notices.of(command);

        assertThat(told).hasSize(2).allSatisfy(notice -> {
            assertThat(notice.subject().title()).isEqualTo("SearchMovie for movie:tmdb:603");
            assertThat(notice.subject().reason())
                    .startsWith("Radarr answered HTTP 503 xxx")
                    .contains("…\nCommand ")
                    .doesNotContain("Listener method");
        });
        var givenUp = Notices.movie("n-1", "available", "family");
        assertThat(notices.of(record(
                        TOPICS.commandsDeadLetter(), 1, EventJson.mapper().writeValueAsBytes((Command) givenUp))))
                .as("a given-up notice is not told of")
                .isEmpty();
    }

    @Test
    void tellsOfARecordThatIsNotACommandAndOfAnUnreadableDeadLetter() {
        assertThat(notices.of(record(TOPICS.commandsDeadLetter(), 0, "not json".getBytes(UTF_8))))
                .first()
                .satisfies(notice -> assertThat(notice.subject().title())
                        .isEqualTo("a record on callsheet.commands that is not a command"));
        assertThat(notices.of(record(TOPICS.deadletter(), 0, "not json".getBytes(UTF_8))))
                .first()
                .satisfies(notice -> assertThat(notice.subject().title()).isEqualTo("an unreadable dead letter"));
    }

    @Test
    void tellsNothingWithoutAnAdminsRouteCarryingTheEvent() {
        var elsewhere = new DeadLetterNotices(
                new NoticeRoutes(List.of(route(NoticeAudience.ADMINS, Set.of(NoticeEvent.STUCK), "admin-ntfy"))),
                TOPICS);

        assertThat(elsewhere.of(record(TOPICS.deadletter(), 0, "not json".getBytes(UTF_8))))
                .isEmpty();
    }

    private static ConsumerRecord<String, byte[]> record(String topic, long offset, byte[] value) {
        return new ConsumerRecord<>(topic, 1, offset, "key", value);
    }

    private static NoticeRoute route(NoticeAudience audience, Set<NoticeEvent> events, String... channels) {
        return new NoticeRoute(events, audience, List.of(channels), null, null);
    }
}
