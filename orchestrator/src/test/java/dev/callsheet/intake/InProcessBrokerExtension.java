package dev.callsheet.intake;

import dev.callsheet.broker.InProcessKafkaBroker;
import dev.callsheet.events.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real in-process Kafka broker for the whole test run, with the {@code inbound} topic created;
 * closed, and its log deleted, when the run ends.
 */
public final class InProcessBrokerExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(InProcessBrokerExtension.class);

    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    public static String bootstrapServers() {
        return running.broker().bootstrapServers();
    }

    private record Running(InProcessKafkaBroker broker, Path logDir) implements AutoCloseable {

        static Running start() {
            try {
                Path logDir = Files.createTempDirectory("callsheet-test-broker");
                var broker = InProcessKafkaBroker.start(logDir, 0, 0);
                createTopic(broker.bootstrapServers(), new Topics(Topics.DEFAULT_PREFIX).inbound());
                return new Running(broker, logDir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static void createTopic(String bootstrapServers, String topic) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)))
                        .all()
                        .get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create " + topic, e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("broker did not create " + topic + " in time", e);
            }
        }

        @Override
        public void close() throws IOException {
            broker.close();
            try (Stream<Path> files = Files.walk(logDir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }
}
