package dev.callsheet.story;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.Topics;
import dev.callsheet.events.command.ResolveSeriesEpisodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter round trip on the real broker: a {@link ResolveSeriesEpisodes} on {@code commands} is
 * carried out against a stubbed Sonarr that follows its OpenAPI spec, and every attempt's outcome
 * reaches the series' timeline through {@code inbound} and the pipeline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeriesEpisodesRoundTripIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String API_KEY = "sonarr-api-key";
    private static final String WRONG_KEY = "not-the-api-key";
    private static final int SEVERANCE_IN_SONARR = 57;

    @RegisterExtension
    static final WireMockExtension SONARR = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private RunningCallsheet callsheet;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        String url = "http://localhost:" + SONARR.getPort();
        callsheet = RunningCallsheet.start(
                dataDir,
                Map.of(
                        "callsheet.instances.sonarr.kind",
                        "sonarr",
                        "callsheet.instances.sonarr.url",
                        url,
                        "callsheet.instances.sonarr.api-key",
                        API_KEY,
                        "callsheet.instances.sonarr.timeout",
                        "2s",
                        "callsheet.instances.sonarrold.kind",
                        "sonarr",
                        "callsheet.instances.sonarrold.url",
                        url,
                        "callsheet.instances.sonarrold.api-key",
                        WRONG_KEY,
                        "callsheet.commands.retry.initial-delay",
                        "1s"));
    }

    @AfterAll
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    @Test
    void resolvesTheSeriesEpisodesOntoItsTimeline() {
        stubSeries(371980, okJson(resource("sonarr/series-severance.json")));
        stubEpisodes();

        send(new ResolveSeriesEpisodes("resolve-1", MediaKey.series(371980, false), 371980, "sonarr"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(timeline("series:tvdb:371980"))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("event")).isEqualTo("EpisodesResolved");
                    assertThat(entry.get("source")).isEqualTo("callsheet");
                    assertThat(entry.get("summary")).isEqualTo("Sonarr lists 20 episodes");
                }));
    }

    @Test
    void recordsARetryWhileSonarrStartsThenTheResolvedEpisodes() {
        SONARR.stubFor(seriesCall(371981)
                .inScenario("starting")
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withBody("Sonarr is starting"))
                .willSetStateTo("up"));
        SONARR.stubFor(seriesCall(371981)
                .inScenario("starting")
                .whenScenarioStateIs("up")
                .willReturn(okJson(resource("sonarr/series-severance.json"))));
        stubEpisodes();

        send(new ResolveSeriesEpisodes("resolve-2", MediaKey.series(371981, false), 371981, "sonarr"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(timeline("series:tvdb:371981"))
                .extracting(entry -> entry.get("event"))
                .containsExactly("CommandAttemptFailed", "EpisodesResolved"));
        var retrying = timeline("series:tvdb:371981").getFirst();
        assertThat((String) retrying.get("summary"))
                .startsWith("ResolveSeriesEpisodes failed (Sonarr at http://localhost:")
                .contains("is still starting (HTTP 503")
                .endsWith("retrying in 1 s");
    }

    @Test
    void givesUpAtOnceWhenSonarrRefusesTheApiKey() {
        SONARR.stubFor(seriesCall(371982)
                .withHeader("X-Api-Key", equalTo(WRONG_KEY))
                .willReturn(aResponse().withStatus(401).withBody("Unauthorized")));

        send(new ResolveSeriesEpisodes("resolve-3", MediaKey.series(371982, false), 371982, "sonarrold"));

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(deadLetteredCommandKeys()).contains("series:tvdb:371982"));
        var entries = timeline("series:tvdb:371982");
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.get("event")).isEqualTo("CommandAttemptFailed");
            assertThat((String) entry.get("summary"))
                    .startsWith("ResolveSeriesEpisodes gave up after attempt 1: Sonarr at")
                    .contains("refused the API key (HTTP 401")
                    .doesNotContain(WRONG_KEY);
        });
        SONARR.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/series")).withQueryParam("tvdbId", equalTo("371982")));
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder seriesCall(long tvdbId) {
        return get(urlPathEqualTo("/api/v3/series")).withQueryParam("tvdbId", equalTo(Long.toString(tvdbId)));
    }

    private static void stubSeries(
            long tvdbId, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        SONARR.stubFor(
                seriesCall(tvdbId).withHeader("X-Api-Key", equalTo(API_KEY)).willReturn(answer));
    }

    private static void stubEpisodes() {
        SONARR.stubFor(get(urlPathEqualTo("/api/v3/episode"))
                .withQueryParam("seriesId", equalTo(Integer.toString(SEVERANCE_IN_SONARR)))
                .withHeader("X-Api-Key", equalTo(API_KEY))
                .willReturn(okJson(resource("sonarr/episodes-severance.json"))));
    }

    private void send(ResolveSeriesEpisodes command) {
        var config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, callsheet.bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                    topics().commands(), command.key(), EventJson.mapper().writeValueAsBytes(command)));
        }
    }

    private List<String> deadLetteredCommandKeys() {
        var config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, callsheet.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topics().commandsDeadLetter()));
            var keys = new java.util.ArrayList<String>();
            consumer.poll(Duration.ofSeconds(5)).forEach(record -> keys.add(record.key()));
            return keys;
        }
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> timeline(String mediaKey) {
        var body = callsheet
                .client()
                .get()
                .uri("/api/media/" + mediaKey + "/timeline")
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .exchange()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return body == null || body.get("entries") == null
                ? List.of()
                : (List<Map<String, Object>>) body.get("entries");
    }

    private static Topics topics() {
        return new Topics(Topics.DEFAULT_PREFIX);
    }

    private static String resource(String name) {
        try (InputStream in = SeriesEpisodesRoundTripIT.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
