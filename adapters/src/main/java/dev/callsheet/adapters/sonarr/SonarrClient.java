package dev.callsheet.adapters.sonarr;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.JsonApi;
import dev.callsheet.adapters.servarr.ServarrCommand;
import dev.callsheet.adapters.servarr.ServarrCommands;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and changes one Sonarr instance's library, and starts its searches, through its API v3 (served
 * by Sonarr v3 and v4 alike). Every call fails with {@link AdapterFailure} when Sonarr cannot give a
 * usable answer: UNAUTHORIZED for a wrong key, NOT_READY while Sonarr starts (and when its metadata
 * service cannot be reached), REJECTED with Sonarr's own reasons when it refuses a change.
 */
public final class SonarrClient {

    private static final TypeReference<List<SeriesResource>> SERIES = new TypeReference<>() {};
    private static final TypeReference<List<EpisodeResource>> EPISODES = new TypeReference<>() {};
    private static final TypeReference<SystemResource> STATUS = new TypeReference<>() {};
    private static final TypeReference<SeriesResource> ONE_SERIES = new TypeReference<>() {};
    private static final TypeReference<JsonNode> TREE = new TypeReference<>() {};
    private static final TypeReference<List<LookupResource>> LOOKUP = new TypeReference<>() {};
    private static final TypeReference<List<ProfileResource>> PROFILES = new TypeReference<>() {};
    private static final TypeReference<List<RootFolderResource>> ROOT_FOLDERS = new TypeReference<>() {};
    private static final TypeReference<List<CommandResource>> COMMANDS = new TypeReference<>() {};

    // Sonarr v4 has no language profiles but still answers this one in their place, so that v3 clients
    // keep working: id 1, "Deprecated" (LanguageProfileController, since before v4.0.0). A v3 whose only
    // profile were id 1 named so would read as v4, and its add would be refused with Sonarr's reason.
    private static final SonarrProfile V4_LANGUAGE_STUB = new SonarrProfile(1, "Deprecated");

    private final JsonApi api;
    private final ServarrCommands commands;
    private final ApiEndpoint endpoint;

    public SonarrClient(ApiEndpoint endpoint, WebClient.Builder webClient) {
        // Sonarr answers 401 to a wrong key and 503 while it starts: the usual reading fits.
        this.api = new JsonApi("Sonarr", endpoint, webClient, AdapterFailure.Kind::ofStatus);
        this.commands = new ServarrCommands(api);
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
     * {@code GET /api/v3/series/lookup?term=tvdb:}: the series with TheTVDB id {@code tvdbId} as Sonarr
     * would add it, or as it is in the library if it is there already; empty when TheTVDB has no such
     * series. Sonarr asks its metadata service for a series not in the library, and answers 503 when
     * that service cannot be reached.
     */
    public Mono<Optional<SonarrLookup>> lookupSeries(long tvdbId) {
        requirePositive(tvdbId, "tvdbId");
        return api.get(
                LOOKUP,
                found -> found.stream()
                        .filter(series -> series.tvdbId() == tvdbId)
                        .findFirst()
                        .map(LookupResource::toLookup),
                "/api/v3/series/lookup?term=tvdb:{tvdbId}",
                tvdbId);
    }

    /**
     * {@code POST /api/v3/series}: adds {@code series}, monitored, with only its monitored seasons
     * monitored, and without searching (see {@link AddSeriesRequest} for how each version is told so).
     * Answers the series as Sonarr added it; its episodes follow once Sonarr's refresh of it has ended.
     * A series already in the library, a root folder or profile Sonarr does not have: REJECTED, with
     * Sonarr's reason in the message.
     */
    public Mono<SonarrSeries> addSeries(NewSeries series) {
        return api.post(ONE_SERIES, SeriesResource::toSeries, "/api/v3/series", AddSeriesRequest.of(series));
    }

    /**
     * Monitors the series with Sonarr id {@code seriesId} and its seasons {@code seasons}, leaving its
     * other seasons as they are: reads the series ({@code GET /api/v3/series/{id}}) and sends it back
     * ({@code PUT}) with only those flags set. Everything else goes back as Sonarr wrote it, fields
     * Callsheet does not know included, since Sonarr takes a PUT as the whole series: v3 would refuse one
     * without its {@code languageProfileId}, and v4 would reset {@code monitorNewItems}.
     *
     * <p>A season that turns monitored has all its episodes monitored by Sonarr; in a season that was
     * monitored already, episodes someone unmonitored stay so ({@link #monitorEpisodes} sets them). A
     * season Sonarr does not know is not added: the answer, the series as updated, shows which seasons
     * are monitored.
     */
    public Mono<SonarrSeries> monitorSeasons(int seriesId, Set<Integer> seasons) {
        requirePositive(seriesId, "seriesId");
        Set<Integer> monitored = Set.copyOf(seasons);
        return api.get(TREE, series -> monitoring(series, monitored), "/api/v3/series/{id}", seriesId)
                .flatMap(series ->
                        api.put(ONE_SERIES, SeriesResource::toSeries, "/api/v3/series/{id}", series, seriesId));
    }

    /**
     * {@code PUT /api/v3/episode/monitor}: sets the episodes {@code episodeIds} (Sonarr ids) monitored
     * or not, whatever their seasons' flags, and answers them as updated.
     */
    public Mono<List<SonarrEpisode>> monitorEpisodes(List<Integer> episodeIds, boolean monitored) {
        List<Integer> ids = requireIds(episodeIds);
        return api.put(
                EPISODES,
                episodes -> episodes.stream().map(EpisodeResource::toEpisode).toList(),
                "/api/v3/episode/monitor",
                new EpisodesMonitoredRequest(ids, monitored));
    }

    /** {@code GET /api/v3/qualityprofile}: the quality profiles a series can be added with. */
    public Mono<List<SonarrProfile>> qualityProfiles() {
        return api.get(
                PROFILES,
                profiles -> profiles.stream().map(ProfileResource::toProfile).toList(),
                "/api/v3/qualityprofile");
    }

    /**
     * {@code GET /api/v3/languageprofile}: Sonarr v3's language profiles, one of which an add needs.
     * Empty for a Sonarr without them: v4 answers a single stand-in ({@code 1, "Deprecated"}) that
     * nothing reads, and a Sonarr that dropped the path answers 404.
     */
    public Mono<List<SonarrProfile>> languageProfiles() {
        return api.find(
                        PROFILES,
                        profiles -> profiles.stream()
                                .map(ProfileResource::toProfile)
                                .toList(),
                        "/api/v3/languageprofile")
                .map(found -> found.filter(profiles -> !profiles.equals(List.of(V4_LANGUAGE_STUB)))
                        .orElse(List.of()));
    }

    /** {@code GET /api/v3/rootfolder}: the folders a series can be added under. */
    public Mono<List<SonarrRootFolder>> rootFolders() {
        return api.get(
                ROOT_FOLDERS,
                folders ->
                        folders.stream().map(RootFolderResource::toRootFolder).toList(),
                "/api/v3/rootfolder");
    }

    /**
     * {@code POST /api/v3/command} {@code EpisodeSearch}: searches for the episodes {@code episodeIds}
     * (Sonarr ids). Sonarr answers the command it queued, or the one already queued or running with the
     * same episodes, in the same order: it does not queue that one twice.
     */
    public Mono<ServarrCommand> searchEpisodes(List<Integer> episodeIds) {
        return commands.start(CommandRequest.episodeSearch(requireIds(episodeIds)));
    }

    /**
     * {@code POST /api/v3/command} {@code SeasonSearch}: searches for the season's episodes, season packs
     * included. Answers as {@link #searchEpisodes} does.
     */
    public Mono<ServarrCommand> searchSeason(int seriesId, int seasonNumber) {
        requirePositive(seriesId, "seriesId");
        if (seasonNumber < 0) {
            throw new IllegalArgumentException("seasonNumber cannot be negative: " + seasonNumber);
        }
        return commands.start(CommandRequest.seasonSearch(seriesId, seasonNumber));
    }

    /**
     * {@code GET /api/v3/command/{id}}: the command with Sonarr id {@code id}, to learn how it went; empty
     * when Sonarr no longer has it (it deletes commands a day after they ended). One that was running
     * when Sonarr stopped reads {@code ORPHANED}.
     */
    public Mono<Optional<ServarrCommand>> command(int id) {
        return commands.find(id);
    }

    /**
     * {@code GET /api/v3/command}: the commands Sonarr holds in memory: queued, running, and those that
     * ended in the last minutes (its clean-up lets go of them from five minutes after they end).
     */
    public Mono<List<ServarrCommand>> commands() {
        return commands.list();
    }

    /**
     * The episode and season searches Sonarr has queued or is running ({@code GET /api/v3/command}), with
     * what each searches for: what to check before searching again, so that a retried command does not
     * search twice.
     */
    public Mono<List<SonarrSearch>> queuedSearches() {
        return api.get(
                COMMANDS,
                commands -> commands.stream()
                        .filter(Objects::nonNull)
                        .map(CommandResource::toPendingSearch)
                        .flatMap(Optional::stream)
                        .toList(),
                "/api/v3/command");
    }

    /**
     * Whether Sonarr has a refresh of series {@code seriesId} queued or running ({@code GET
     * /api/v3/command}). Sonarr sets a new series' episodes monitored as its add options say only when
     * the refresh it queues at the add has scanned the series, so a change to their flags made before
     * that is undone.
     */
    public Mono<Boolean> refreshing(int seriesId) {
        return api.get(
                COMMANDS,
                commands -> commands.stream().anyMatch(command -> command != null && command.refreshing(seriesId)),
                "/api/v3/command");
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

    // The series as Sonarr wrote it, with the series and the given seasons set monitored. An answer
    // that is not a series with a list of seasons is no series.
    private static JsonNode monitoring(JsonNode series, Set<Integer> seasons) {
        if (!(series instanceof ObjectNode object) || !series.path("seasons").isArray()) {
            throw new IllegalArgumentException("the series has no seasons");
        }
        object.put("monitored", true);
        for (JsonNode season : series.path("seasons")) {
            if (season instanceof ObjectNode entry
                    && season.path("seasonNumber").isIntegralNumber()
                    && seasons.contains(season.path("seasonNumber").intValue())) {
                entry.put("monitored", true);
            }
        }
        return object;
    }

    private static List<Integer> requireIds(List<Integer> ids) {
        List<Integer> copy = List.copyOf(ids);
        if (copy.isEmpty() || copy.stream().anyMatch(id -> id <= 0)) {
            throw new IllegalArgumentException("ids must be positive, and at least one: " + copy);
        }
        return copy;
    }

    private static void requirePositive(long id, String name) {
        if (id <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + id);
        }
    }
}
