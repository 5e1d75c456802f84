package dev.callsheet.notification;

import dev.callsheet.events.EventJson;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListener;

/**
 * Reads {@code deadletter} and {@code commands-dlt} and writes the admins' {@code dead-letter} notices
 * to {@code commands}, where the notification listener takes them in like any other. A record is
 * acknowledged once its notices are written; a write that fails is thrown, so that the container
 * tries the record again.
 */
final class DeadLetterNoticeListener implements MessageListener<String, byte[]> {

    private final DeadLetterNotices notices;
    private final KafkaTemplate<String, byte[]> template;
    private final String commandsTopic;
    private final Duration patience;

    DeadLetterNoticeListener(
            DeadLetterNotices notices,
            KafkaTemplate<String, byte[]> template,
            String commandsTopic,
            Duration patience) {
        this.notices = notices;
        this.template = template;
        this.commandsTopic = commandsTopic;
        this.patience = patience;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        for (var notice : notices.of(record)) {
            try {
                template.send(commandsTopic, notice.key(), EventJson.mapper().writeValueAsBytes(notice))
                        .get(patience.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing a dead-letter notice", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("a dead-letter notice could not be written to " + commandsTopic, e);
            }
        }
    }
}
