package dev.callsheet.download;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.InstanceProperties.Instance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.web.reactive.function.client.WebClient;

/** A watcher of a real (or stubbed) client, polled by the test itself rather than on a schedule. */
final class Watching {

    private static final Duration WITHIN = Duration.ofSeconds(90);

    private Watching() {}

    /** The watcher the application would make for {@code instance} under the name {@code name}. */
    static ClientWatcher watcher(
            String name, Instance instance, DownloadsProperties settings, ObservationWriter writer) {
        var watched = WatchedInstances.of(new InstanceProperties(Map.of(name, instance)), WebClient.builder());
        assertThat(watched).as("the watched instances").hasSize(1);
        return new ClientWatcher(watched.getFirst(), settings, writer, Clock.systemUTC());
    }

    /** Polls every 100 ms until {@code done}; fails after 90 s. */
    static void pollUntil(ClientWatcher watcher, BooleanSupplier done, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(WITHIN);
        while (true) {
            watcher.poll();
            if (done.getAsBoolean()) {
                return;
            }
            assertThat(Instant.now()).as("waiting for %s", what).isBefore(deadline);
            Thread.sleep(100);
        }
    }
}
