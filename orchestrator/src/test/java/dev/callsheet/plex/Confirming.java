package dev.callsheet.plex;

import static dev.callsheet.plex.StubPlex.body;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.callsheet.adapters.plex.PlexNotification;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.PlexTarget;
import dev.callsheet.events.command.RescanPlexFolder;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.InstanceProperties.PathMapping;
import dev.callsheet.source.InstanceProperties.PlexMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Sinks;

/**
 * The confirmer tests' fixture: confirmers for stub Plex servers on a hand-driven clock, the facts they
 * write, and the commands of the scenarios (Arrival, a Severance season). The *arr apps see the media
 * at {@code /movies} and {@code /tv}, Plex at {@code /data/media/films} and {@code /data/media/series}.
 */
final class Confirming {

    static final String TOKEN = "plex-token-never-shown";
    static final Instant T0 = Instant.parse("2026-12-03T12:00:00Z");
    static final String MOVIE_NAME = "Arrival (2016) Bluray-1080p.mkv";
    static final String ARR_MOVIE = "/movies/Arrival (2016)/" + MOVIE_NAME;
    static final String MOVIE_FOLDER = "/data/media/films/Arrival (2016)";
    static final String SEASON_FOLDER = "/data/media/series/Severance/Season 02";

    final ManualTime time = new ManualTime(T0);
    final List<CommandOutcome.MediaFact> facts = Collections.synchronizedList(new ArrayList<>());
    final StubPlex plex;
    /** Every server's push channel, driven by the test; its subscribers hear what it emits at once. */
    final Sinks.Many<PlexNotification> push = Sinks.many().multicast().directBestEffort();

    private PlexConfirmers confirmers;

    /** One Plex instance, {@code plex}, in mode {@code scan}, with the default settings. */
    Confirming(WireMockExtension server) {
        this.plex = new StubPlex(server, TOKEN).serving();
        use(PlexProperties.defaults(), Map.of("plex", instance(plex, PlexMode.SCAN)));
    }

    /** Replaces the confirmers with ones for {@code instances}, started, their push channel {@link #push}. */
    void use(PlexProperties settings, Map<String, InstanceProperties.Instance> instances) {
        replace(
                settings,
                servers(instances).stream()
                        .map(server -> new PlexServer(
                                server.name(),
                                server.displayUrl(),
                                server.timeout(),
                                server.client(),
                                server.paths(),
                                server.mode(),
                                push.asFlux()))
                        .toList());
        confirmers.start();
    }

    /**
     * Replaces the confirmers with ones for {@code instances} as the application builds them, each
     * server with its own websocket push channel; they listen from {@link #listen} on.
     */
    void connect(PlexProperties settings, Map<String, InstanceProperties.Instance> instances) {
        replace(settings, servers(instances));
    }

    /** Opens the push channels of the confirmers {@link #connect}ed. */
    void listen() {
        confirmers.start();
    }

    private static List<PlexServer> servers(Map<String, InstanceProperties.Instance> instances) {
        return PlexServers.from(new InstanceProperties(instances), WebClient.builder());
    }

    private void replace(PlexProperties settings, List<PlexServer> servers) {
        if (confirmers != null) {
            confirmers.close();
        }
        confirmers = new PlexConfirmers(servers, settings, time, time, (instance, fact) -> facts.add(fact));
    }

    /** Plex pushes {@code notification}; the looks it asks for run on the next {@link ManualTime#settle}. */
    void pushes(PlexNotification notification) {
        assertThat(push.tryEmitNext(notification)).isEqualTo(Sinks.EmitResult.OK);
    }

    void close() {
        confirmers.close();
    }

    static InstanceProperties.Instance instance(StubPlex stub, PlexMode mode) {
        return instance(stub.url(), mode);
    }

    /** The instance at {@code url}, with the token and path mappings of the stub Plex. */
    static InstanceProperties.Instance instance(String url, PlexMode mode) {
        return new InstanceProperties.Instance(
                SourceKind.PLEX,
                URI.create(url),
                null,
                null,
                null,
                false,
                Duration.ofSeconds(5),
                TOKEN,
                List.of(new PathMapping("/movies", "/data/media/films"), new PathMapping("/tv", "/data/media/series")),
                mode);
    }

    void submit(RescanPlexFolder command) {
        try {
            confirmers.submit(command);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static RescanPlexFolder movie(String id, String arrPath, boolean scan) {
        return new RescanPlexFolder(id, MediaKey.movie(329865, false), "plex", target(arrPath), scan);
    }

    static PlexTarget target(String arrPath) {
        return new PlexTarget(MediaType.MOVIE, arrPath, 329865L, "tt2543164", null, List.of(), false, T0);
    }

    static RescanPlexFolder episode(String id, int season, int number, String arrPath) {
        var ref = new EpisodeRef(EpisodeKey.of(season, number), null, null, null, null);
        var target = new PlexTarget(MediaType.SERIES, arrPath, null, null, 371980L, List.of(ref), false, T0);
        return new RescanPlexFolder(id, MediaKey.series(371980, false), "plex", target, true);
    }

    static String episodeName(int number) {
        return "Severance - S02E%02d.mkv".formatted(number);
    }

    /** §8.5's episode, as episode {@code number} of season 2 in its own file. */
    static String episodeBody(int number) {
        return body("episode-by-file.json")
                .replace("Severance - S02E01 - Hello, Ms. Cobel.mkv", episodeName(number))
                .replace("\"ratingKey\": \"5120\"", "\"ratingKey\": \"" + (5200 + number) + "\"")
                .replace("\"index\": 1,", "\"index\": " + number + ",");
    }

    /** The types of the facts written so far, in order. */
    List<Class<? extends MediaEvent>> events() {
        synchronized (facts) {
            return facts.stream()
                    .<Class<? extends MediaEvent>>map(fact -> fact.event().getClass())
                    .toList();
        }
    }

    <T extends MediaEvent> List<T> facts(Class<T> type) {
        synchronized (facts) {
            return facts.stream()
                    .map(CommandOutcome.MediaFact::event)
                    .filter(type::isInstance)
                    .map(type::cast)
                    .toList();
        }
    }

    /** The one fact of {@code type}. */
    <T extends MediaEvent> T the(Class<T> type) {
        var found = facts(type);
        assertThat(found).as("one " + type.getSimpleName() + " in " + events()).hasSize(1);
        return found.getFirst();
    }
}
