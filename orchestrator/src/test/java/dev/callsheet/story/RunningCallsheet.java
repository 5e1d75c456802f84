package dev.callsheet.story;

import static org.awaitility.Awaitility.await;

import dev.callsheet.CallsheetApplication;
import dev.callsheet.intake.credential.AdminKey;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The real application, started in this JVM on a data directory of the test's, reachable over HTTP.
 * Stopping and starting it again on the same directory is a restart.
 */
final class RunningCallsheet implements AutoCloseable {

    static final String API_KEY = "test-api-key";
    static final String ADMIN_KEY = "test-admin-key";
    static final String OVERSEERR_AUTHORIZATION = "Bearer overseerr-secret";
    static final String ARR_USER = "arr";
    static final String ARR_PASSWORD = "arr-secret";
    static final String PLEX_TOKEN = "plex-secret";

    private final ConfigurableApplicationContext context;
    private final WebTestClient client;
    private final int port;

    private RunningCallsheet(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.client = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /** Starts Callsheet with its embedded broker (no Kafka configured) on {@code dataDir}. */
    static RunningCallsheet start(Path dataDir, Map<String, Object> overrides) {
        return start(dataDir, overrides, new Class<?>[0]);
    }

    /** As {@link #start(Path, Map)}, with test configuration classes added to the application's. */
    static RunningCallsheet start(Path dataDir, Map<String, Object> overrides, Class<?>... testSources) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", 0);
        properties.put("callsheet.data-dir", dataDir.toString());
        properties.put("callsheet.kafka.embedded.port", 0);
        properties.put("callsheet.kafka.embedded.controller-port", 0);
        properties.put("callsheet.topics.partitions", 2);
        properties.put("callsheet.api-key", API_KEY);
        properties.put("callsheet.admin-key", ADMIN_KEY);
        properties.put("callsheet.intake.overseerr.authorization", OVERSEERR_AUTHORIZATION);
        properties.put("callsheet.intake.radarr.username", ARR_USER);
        properties.put("callsheet.intake.radarr.password", ARR_PASSWORD);
        properties.put("callsheet.intake.sonarr.username", ARR_USER);
        properties.put("callsheet.intake.sonarr.password", ARR_PASSWORD);
        properties.put("callsheet.intake.plex.token", PLEX_TOKEN);
        properties.putAll(overrides);
        // As command-line arguments: they override application.yaml, unlike the builder's default properties.
        String[] arguments = properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        var callsheet = new RunningCallsheet(new SpringApplicationBuilder(CallsheetApplication.class)
                .sources(testSources)
                .run(arguments));
        callsheet.awaitHealthy();
        return callsheet;
    }

    /** Health says UP once the broker answers and the pipeline is RUNNING, i.e. the stores can be queried. */
    private void awaitHealthy() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> client.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP"));
    }

    /** The embedded broker's address, for a second instance to join. */
    String bootstrapServers() {
        return context.getBean(dev.callsheet.broker.InProcessKafkaBroker.class).bootstrapServers();
    }

    /** One of the application's beans, for what a test cannot see over HTTP. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Where a download client's script reaches it: {@code http://127.0.0.1:<port>}. */
    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    WebTestClient client() {
        return client;
    }

    /** The admin key this instance runs with: {@link #ADMIN_KEY}, or the generated one when a test unset it. */
    String adminKey() {
        return bean(AdminKey.class).secret().value();
    }

    /** A client that sends the admin key, as an admin acting through {@code /api} does. */
    WebTestClient admin() {
        return client.mutate().defaultHeader("X-Api-Key", adminKey()).build();
    }

    Webhooks webhooks() {
        return new Webhooks(client);
    }

    @Override
    public void close() {
        context.close();
    }
}
