package dev.callsheet.intake;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.callsheet.events.InboundHeaders;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The one writer of the {@code inbound} topic: of webhooks, and of the outcomes of Callsheet's own
 * commands, which come back on the same durable path (source {@code callsheet}). Its producer is idempotent with {@code acks=all};
 * a write completes only when the broker has acknowledged the record, or fails with a 503 problem
 * once the acknowledgement timeout has passed.
 */
public final class InboundWriter implements AutoCloseable {

    /** How long a sender is asked to wait after a 503 before trying again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private static final Logger log = LoggerFactory.getLogger(InboundWriter.class);

    private static final long KAFKA_DEFAULT_REQUEST_SIZE = 1024 * 1024;

    private static final Executor BLOCKING = task -> Schedulers.boundedElastic().schedule(task);

    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final KafkaTemplate<String, byte[]> template;
    private final String topic;
    private final Duration ackTimeout;

    InboundWriter(DefaultKafkaProducerFactory<String, byte[]> producers, String topic, Duration ackTimeout) {
        this.producers = producers;
        this.template = new KafkaTemplate<>(producers);
        // A refusal is logged once, below, with what the sender was told; not again with a stack trace.
        this.template.setProducerListener(null);
        this.topic = topic;
        this.ackTimeout = ackTimeout;
    }

    /** The largest record its producer sends ({@code max.request.size}), as configured. */
    public long maxRequestSize() {
        Object configured = producers.getConfigurationProperties().get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        return configured == null
                ? KAFKA_DEFAULT_REQUEST_SIZE
                : Long.parseLong(configured.toString().trim());
    }

    /** @return the delivery id, once the broker has acknowledged the record */
    public Mono<UUID> write(ReceivedWebhook webhook) {
        UUID deliveryId = UUID.randomUUID();
        String key = webhook.source().id() + ":" + deliveryId;
        ProducerRecord<String, byte[]> record = record(webhook, key, deliveryId);
        return Mono.defer(() ->
                        Mono.fromFuture(send(record).orTimeout(ackTimeout.toMillis(), TimeUnit.MILLISECONDS), true))
                .doOnSuccess(result -> log.debug("inbound {} written to {}", key, result.getRecordMetadata()))
                .thenReturn(deliveryId)
                .onErrorMap(failure -> unavailable(key, failure));
    }

    /**
     * Starts the send on a thread that may block: {@code send()} waits up to {@code max.block.ms}
     * for metadata or buffer space, which an event-loop thread must never do. The send is not
     * cancelled, nor its thread interrupted, when the answer times out: the record may still land,
     * which is better than losing it. The time-out ends only the future returned here, so a send
     * failing after it goes unheard instead of being reported by Reactor as a dropped error.
     */
    private CompletableFuture<SendResult<String, byte[]>> send(ProducerRecord<String, byte[]> record) {
        return CompletableFuture.supplyAsync(() -> template.send(record), BLOCKING)
                .thenCompose(Function.identity());
    }

    private ProducerRecord<String, byte[]> record(ReceivedWebhook webhook, String key, UUID deliveryId) {
        var record = new ProducerRecord<>(topic, null, webhook.receivedAt().toEpochMilli(), key, webhook.body());
        Headers headers = record.headers();
        headers.add(InboundHeaders.SOURCE, webhook.source().id().getBytes(UTF_8));
        headers.add(InboundHeaders.INSTANCE, webhook.instance().getBytes(UTF_8));
        headers.add(InboundHeaders.CONTENT_TYPE, webhook.contentType().getBytes(UTF_8));
        headers.add(InboundHeaders.RECEIVED_AT, webhook.receivedAt().toString().getBytes(UTF_8));
        headers.add(InboundHeaders.DELIVERY_ID, deliveryId.toString().getBytes(UTF_8));
        return record;
    }

    private ErrorResponseException unavailable(String key, Throwable failure) {
        String why = failure instanceof TimeoutException
                ? "the broker did not acknowledge it within " + ackTimeout.toMillis()
                        + " ms (callsheet.intake.ack-timeout)"
                : "the broker refused it: "
                        + NestedExceptionUtils.getMostSpecificCause(failure).getMessage();
        log.warn("inbound {} not stored: {}", key, why);
        return IntakeProblems.unavailable("the webhook was not stored: " + why + "; send it again later", RETRY_AFTER);
    }

    @Override
    public void close() {
        producers.destroy();
    }
}
