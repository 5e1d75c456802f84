package dev.callsheet.story;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The movie story against a Kafka broker in a container, i.e. with {@code
 * spring.kafka.bootstrap-servers} set and no embedded broker. Skipped where Docker is absent.
 */
@Testcontainers(disabledWithoutDocker = true)
class MovieStoryOnKafkaContainerIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    @TempDir
    Path dataDir;

    @Test
    void tellsTheWholeMovieStoryOnAnExternalBroker() {
        try (var callsheet = RunningCallsheet.start(
                dataDir, Map.of("spring.kafka.bootstrap-servers", KAFKA.getBootstrapServers()))) {
            MovieStory.tell(callsheet);
            MovieStory.assertToldCompletely(callsheet);
        }
    }
}
