package dev.callsheet.story;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.Topics;
import dev.callsheet.events.command.PlexTarget;
import dev.callsheet.events.command.RescanPlexFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Plex round trip on the real broker: a {@link RescanPlexFolder} on {@code commands} is carried
 * out by the Plex listener against a stub Plex serving plex-confirmation.md §8's bodies (the path
 * mapped from the *arr app's to Plex's), and the scan request and the confirmation reach the movie's
 * timeline through {@code inbound} and the pipeline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlexRoundTripIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String TOKEN = "plex-server-token";
    private static final String NAME = "Arrival (2016) Bluray-1080p.mkv";
    private static final String FOLDER = "/data/media/films/Arrival (2016)";

    @RegisterExtension
    static final WireMockExtension PLEX = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    private RunningCallsheet callsheet;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        callsheet = RunningCallsheet.start(
                dataDir,
                Map.of(
                        "callsheet.instances.plex.kind", "plex",
                        "callsheet.instances.plex.url", "http://localhost:" + PLEX.getPort(),
                        "callsheet.instances.plex.token", TOKEN,
                        "callsheet.instances.plex.timeout", "2s",
                        "callsheet.instances.plex.path-mappings[0].from", "/movies",
                        "callsheet.instances.plex.path-mappings[0].to", "/data/media/films"));
    }

    @AfterAll
    void stop() {
        if (callsheet != null) {
            callsheet.close();
        }
    }

    @Test
    void scansTheFolderAndPutsTheConfirmationOnTheMoviesTimeline() {
        PLEX.stubFor(get(urlPathEqualTo("/identity")).willReturn(okJson(resource("identity.json"))));
        PLEX.stubFor(plex("/library/sections").willReturn(okJson(resource("sections.json"))));
        PLEX.stubFor(plex("/library/sections/3/refresh").willReturn(aResponse().withStatus(200)));
        PLEX.stubFor(plex("/library/sections/3/all")
                .withQueryParam("file", equalTo(NAME))
                .willReturn(okJson(resource("nothing-found.json"))));

        send(new RescanPlexFolder(
                "rescan-arrival",
                MediaKey.movie(329865, false),
                "plex",
                new PlexTarget(
                        MediaType.MOVIE,
                        "/movies/Arrival (2016)/" + NAME,
                        329865L,
                        "tt2543164",
                        null,
                        List.of(),
                        false,
                        Instant.now()),
                true));

        await().atMost(PATIENCE)
                .untilAsserted(() -> PLEX.verify(getRequestedFor(urlPathEqualTo("/library/sections/3/refresh"))
                        .withQueryParam("path", equalTo(FOLDER))));
        // Plex indexes the file once asked to scan its folder.
        PLEX.stubFor(plex("/library/sections/3/all")
                .withQueryParam("file", equalTo(NAME))
                .willReturn(okJson(resource("movie-by-file.json"))));

        // Each outcome goes to inbound under a key of its own: found and ready may arrive either way round.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(timeline("movie:tmdb:329865"))
                .extracting(entry -> entry.get("event"))
                .containsExactlyInAnyOrder("PlexScanRequested", "PlexItemFound", "PlexConfirmed"));
        var entries = timeline("movie:tmdb:329865");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.get("source")).isEqualTo("callsheet"));
        assertThat(entries)
                .extracting(entry -> (String) entry.get("summary"))
                .contains("Plex 'plex' asked to scan " + FOLDER)
                .anySatisfy(
                        summary -> assertThat(summary).matches("Ready in Plex 'plex' \\d+ s after the scan: Arrival"));
        PLEX.verify(1, getRequestedFor(urlPathEqualTo("/library/sections/3/refresh")));
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder plex(String path) {
        return get(urlPathEqualTo(path)).withHeader("X-Plex-Token", equalTo(TOKEN));
    }

    private void send(RescanPlexFolder command) {
        var config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, callsheet.bootstrapServers());
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                    new Topics(Topics.DEFAULT_PREFIX).commands(),
                    command.key(),
                    EventJson.mapper().writeValueAsBytes(command)));
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

    private static String resource(String name) {
        try (InputStream in = PlexRoundTripIT.class.getResourceAsStream("/plex/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource plex/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
