package dev.callsheet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.command.OutcomeWriter;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.command.NoticeSubject;
import dev.callsheet.events.command.SendNotification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;

/** Which given-up notices go to {@code commands-dlt}: all but an admin's test. */
class KafkaDeliveryReportsTest {

    private final List<ConsumerRecord<?, ?>> letters = new ArrayList<>();

    private final KafkaDeliveryReports reports = new KafkaDeliveryReports(
            new OutcomeWriter(null),
            new DeadLetterPublishingRecoverer(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of()))) {
                @Override
                public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
                    letters.add(record);
                }
            },
            "callsheet.commands");

    @Test
    void deadLettersAGivenUpAdminsNoticeUnderItsKeyButNotAGivenUpTest() {
        var unhealthy = aboutNoItem(SendNotification.SOURCE_UNHEALTHY);
        var origin = new DeliveryEntry.CommandOrigin("callsheet.commands", 1, 42L);

        reports.givenUp(DeliveryEntry.queued(unhealthy, Instant.EPOCH, origin), "401 Unauthorized");
        reports.givenUp(DeliveryEntry.queued(aboutNoItem(SendNotification.TEST), Instant.EPOCH, origin), "401");

        assertThat(letters).singleElement().satisfies(letter -> {
            assertThat(letter.key()).isEqualTo("source-unhealthy:admin-ntfy");
            assertThat(letter.offset()).isEqualTo(42L);
        });
    }

    private static SendNotification aboutNoItem(String event) {
        return new SendNotification(
                "notice-" + event,
                null,
                null,
                event,
                "admin-ntfy",
                null,
                new NoticeSubject(
                        MediaType.MOVIE,
                        "Sonarr sonarr",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "why",
                        null));
    }
}
