package dev.callsheet.adapters.sonarr;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.JsonApi;
import java.util.List;
import java.util.Optional;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * Reads one Sonarr instance's library through its API v3 (served by Sonarr v3 and v4 alike). Every
 * call fails with {@link AdapterFailure} when Sonarr cannot give a usable answer.
 */
public final class SonarrClient {

    private static final TypeReference<List<SeriesResource>> SERIES = new TypeReference<>() {};
    private static final TypeReference<List<EpisodeResource>> EPISODES = new TypeReference<>() {};
    private static final TypeReference<SystemResource> STATUS = new TypeReference<>() {};

    private final JsonApi api;
    private final ApiEndpoint endpoint;

    public SonarrClient(ApiEndpoint endpoint, WebClient.Builder webClient) {
        // Sonarr answers 401 to a wrong key and 503 while it starts: the usual reading fits.
        this.api = new JsonApi("Sonarr", endpoint, webClient, AdapterFailure.Kind::ofStatus);
        this.endpoint = endpoint;
    }

    /** The series with TheTVDB id {@code tvdbId}, or empty when it is not in Sonarr's library. */
    public Mono<Optional<SonarrSeries>> findSeries(long tvdbId) {
        requirePositive(tvdbId, "tvdbId");
        // Sonarr filters the whole library by the id and answers a list, empty when nothing matches.
        return api.get(
                SERIES,
                series -> series.stream().findFirst().map(SeriesResource::toSeries),
                "/api/v3/series?tvdbId={tvdbId}",
                tvdbId);
    }

    /** Every episode Sonarr knows of the series with Sonarr id {@code seriesId}, specials included. */
    public Mono<List<SonarrEpisode>> listEpisodes(int seriesId) {
        requirePositive(seriesId, "seriesId");
        return api.get(
                EPISODES,
                episodes -> episodes.stream().map(EpisodeResource::toEpisode).toList(),
                "/api/v3/episode?seriesId={seriesId}",
                seriesId);
    }

    /**
     * The version Sonarr reports of itself ({@code "3.0.10.1567"}, {@code "4.0.14.2939"}), as it
     * writes it; an answer without one is unreadable.
     */
    public Mono<String> version() {
        return api.get(STATUS, SystemResource::toVersion, "/api/v3/system/status");
    }

    @Override
    public String toString() {
        return "SonarrClient[" + endpoint.displayUrl() + "]";
    }

    private static void requirePositive(long id, String name) {
        if (id <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + id);
        }
    }
}
