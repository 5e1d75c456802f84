package dev.callsheet.pipeline;

import dev.callsheet.events.Topics;
import dev.callsheet.intake.InboundWriter;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * At start-up, once the topics are created and before the first webhook is taken: raises the record
 * limit of Callsheet's existing topics where it is too small ({@link TopicLimits}), then refuses to
 * start when the largest webhook still would not fit through {@code inbound} ({@link InboundFit}).
 * A broker that cannot be asked (down, or not letting Callsheet read topic settings) is not a
 * reason to refuse: Callsheet starts as it always did, its health shows the broker, and a warning
 * says what was not checked.
 */
final class RecordSizeCheck implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RecordSizeCheck.class);

    private final KafkaAdmin kafka;
    private final Topics topics;
    private final String applicationId;
    private final RecordSizes sizes;
    private final InboundWriter inbound;
    private volatile boolean running;

    RecordSizeCheck(KafkaAdmin kafka, Topics topics, String applicationId, RecordSizes sizes, InboundWriter inbound) {
        this.kafka = kafka;
        this.topics = topics;
        this.applicationId = applicationId;
        this.sizes = sizes;
        this.inbound = inbound;
    }

    @Override
    public void start() {
        var timeout = Duration.ofSeconds(kafka.getOperationTimeout());
        TopicLimits.Limits limits;
        try (Admin admin = Admin.create(kafka.getConfigurationProperties())) {
            limits = new TopicLimits(admin, timeout).raise(this::ours, sizes.limit());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the topics' record limits", e);
        } catch (ExecutionException | TimeoutException e) {
            String why = e instanceof ExecutionException ? e.getCause().getMessage() : "no answer in " + timeout;
            log.warn(
                    "Could not check the topics' record limits ({}); records up to {} bytes may be refused",
                    why,
                    sizes.limit());
            running = true;
            return;
        }
        String name = topics.inbound();
        var fit = new InboundFit(
                sizes, name, limits.effective().get(name), limits.refused().get(name), inbound.maxRequestSize());
        fit.refusal().ifPresent(refusal -> {
            throw new IllegalStateException(refusal);
        });
        running = true;
    }

    /** The catalogue's topics, the command retry topics and Kafka Streams' changelog and repartition topics. */
    private boolean ours(String topic) {
        return topics.all().contains(topic) || topics.isCommandRetry(topic) || topic.startsWith(applicationId + "-");
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server takes webhooks; the topics are created before any lifecycle starts. */
    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }
}
