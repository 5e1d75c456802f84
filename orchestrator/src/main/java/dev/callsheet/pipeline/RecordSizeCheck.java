package dev.callsheet.pipeline;

import dev.callsheet.events.Topics;
import dev.callsheet.intake.InboundWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;

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

    /**
     * How long the broker may take to answer: a reachable one answers in milliseconds, and an
     * unreachable one is no reason to hold the start for longer.
     */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final Duration RELISTED_AFTER = Duration.ofMillis(200);

    private final Map<String, Object> adminConfig;
    private final Topics topics;
    private final String applicationId;
    private final RecordSizes sizes;
    private final InboundWriter inbound;
    private volatile boolean running;

    /** @param adminConfig how to reach the broker, as Spring's {@code KafkaAdmin} does */
    RecordSizeCheck(
            Map<String, Object> adminConfig,
            Topics topics,
            String applicationId,
            RecordSizes sizes,
            InboundWriter inbound) {
        this.adminConfig = adminConfig;
        this.topics = topics;
        this.applicationId = applicationId;
        this.sizes = sizes;
        this.inbound = inbound;
    }

    @Override
    public void start() {
        Optional<TopicLimits.Limits> checked = raiseLimits();
        // KRaft confirms a topic's creation before the broker lists it: inbound, created a moment ago by
        // the application's start, may be missing from the first answer.
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (checked.isPresent()
                && !checked.get().effective().containsKey(topics.inbound())
                && System.nanoTime() < deadline) {
            try {
                Thread.sleep(RELISTED_AFTER);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while checking the topics' record limits", e);
            }
            checked = raiseLimits();
        }
        if (checked.isPresent()) {
            var limits = checked.get();
            String name = topics.inbound();
            var fit = new InboundFit(
                    sizes, name, limits.effective().get(name), limits.refused().get(name), inbound.maxRequestSize());
            fit.refusal().ifPresent(refusal -> {
                throw new IllegalStateException(refusal);
            });
        }
        running = true;
    }

    /** The topics' limits once raised, or empty when the broker could not be asked. */
    private Optional<TopicLimits.Limits> raiseLimits() {
        Admin admin = Admin.create(adminConfig);
        try {
            return Optional.of(new TopicLimits(admin, PATIENCE).raise(this::ours, sizes.limit()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the topics' record limits", e);
        } catch (ExecutionException | TimeoutException e) {
            String why = e instanceof ExecutionException ? e.getCause().getMessage() : "no answer in " + PATIENCE;
            log.warn(
                    "Could not check that the topics take records of up to {} bytes ({}); what they do not take"
                            + " will be refused when written",
                    sizes.limit(),
                    why);
            return Optional.empty();
        } finally {
            // Calls still waiting for an unreachable broker are abandoned, not waited for.
            admin.close(Duration.ZERO);
        }
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
