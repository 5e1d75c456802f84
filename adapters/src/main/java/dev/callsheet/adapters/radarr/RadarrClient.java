package dev.callsheet.adapters.radarr;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.JsonApi;
import dev.callsheet.adapters.servarr.ServarrCommand;
import dev.callsheet.adapters.servarr.ServarrCommands;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * Looks up, adds and searches for movies in one Radarr instance through its API v3 (served by Radarr
 * v3, v4 and v5 alike). Every call fails with {@link AdapterFailure} when Radarr cannot give a usable
 * answer: UNAUTHORIZED for a wrong key, NOT_READY while it starts.
 */
public final class RadarrClient {

    private static final TypeReference<MovieResource> MOVIE = new TypeReference<>() {};
    private static final TypeReference<List<MovieResource>> MOVIES = new TypeReference<>() {};
    private static final TypeReference<List<QualityProfileResource>> PROFILES = new TypeReference<>() {};
    private static final TypeReference<List<RootFolderResource>> ROOT_FOLDERS = new TypeReference<>() {};
    private static final TypeReference<SystemResource> STATUS = new TypeReference<>() {};
    private static final TypeReference<List<SearchCommandResource>> SEARCHES = new TypeReference<>() {};

    private final JsonApi api;
    private final ServarrCommands commands;
    private final ApiEndpoint endpoint;

    public RadarrClient(ApiEndpoint endpoint, WebClient.Builder webClient) {
        // Radarr answers 401 to a wrong key and 503 while it starts: the usual reading fits.
        this.api = new JsonApi("Radarr", endpoint, webClient, AdapterFailure.Kind::ofStatus);
        this.commands = new ServarrCommands(api);
        this.endpoint = endpoint;
    }

    /**
     * The movie with TMDB id {@code tmdbId} as Radarr's metadata source has it, whether or not it is in
     * Radarr's library (the answer never says: it has no Radarr id, see {@link #findMovie}); empty
     * when the source does not know the id.
     */
    public Mono<Optional<RadarrMovie>> lookupMovie(long tmdbId) {
        requirePositive(tmdbId, "tmdbId");
        // No Radarr answers 404 here: an id its metadata source does not know is a MovieNotFoundException,
        // which every version answers with 500 and the exception's message.
        String notFound = "Movie with tmdbId " + tmdbId + " was not found";
        return api.find(
                MOVIE,
                MovieResource::toMovie,
                (status, body) -> status == 500 && body.contains(notFound),
                "/api/v3/movie/lookup/tmdb?tmdbId={tmdbId}",
                tmdbId);
    }

    /** The movie with TMDB id {@code tmdbId} in Radarr's library, or empty when it is not there. */
    public Mono<Optional<RadarrMovie>> findMovie(long tmdbId) {
        requirePositive(tmdbId, "tmdbId");
        // Radarr answers a list, empty when the library has no such movie.
        return api.get(
                MOVIES,
                movies -> movies.stream().filter(Objects::nonNull).findFirst().map(MovieResource::toLibraryMovie),
                "/api/v3/movie?tmdbId={tmdbId}",
                tmdbId);
    }

    /**
     * {@code POST /api/v3/movie}: adds {@code movie} to Radarr's library, monitored, without searching
     * for it, and answers it as added, with its id. A movie already in the library is refused ({@link
     * AdapterFailure.Kind#REJECTED}, HTTP 400): ask {@link #findMovie} first.
     */
    public Mono<RadarrMovie> addMovie(NewMovie movie) {
        Objects.requireNonNull(movie, "movie");
        return api.post(MOVIE, MovieResource::toLibraryMovie, "/api/v3/movie", MovieBody.of(movie));
    }

    /** Radarr's quality profiles, in its order. */
    public Mono<List<QualityProfile>> qualityProfiles() {
        return api.get(
                PROFILES,
                profiles -> profiles.stream()
                        .filter(Objects::nonNull)
                        .map(QualityProfileResource::toProfile)
                        .toList(),
                "/api/v3/qualityprofile");
    }

    /** Radarr's root folders, in its order, with their free space as Radarr sees it now. */
    public Mono<List<RootFolder>> rootFolders() {
        return api.get(
                ROOT_FOLDERS,
                folders -> folders.stream()
                        .filter(Objects::nonNull)
                        .map(RootFolderResource::toRootFolder)
                        .toList(),
                "/api/v3/rootfolder");
    }

    /**
     * {@code POST /api/v3/command} {@code {"name": "MoviesSearch", "movieIds": [...]}}: asks Radarr to
     * search its indexers for the movies with Radarr ids {@code movieIds} and grab what it finds. While
     * an equal search is queued or started, Radarr answers that one instead of queuing another.
     */
    public Mono<ServarrCommand> searchMovies(List<Integer> movieIds) {
        if (movieIds.isEmpty()) {
            throw new IllegalArgumentException("no movie to search for");
        }
        movieIds.forEach(id -> requirePositive(id, "a movie id"));
        return commands.start(MoviesSearchBody.of(movieIds));
    }

    /** Command {@code id} as it stands now, or empty when Radarr no longer has it. */
    public Mono<Optional<ServarrCommand>> command(int id) {
        return commands.find(id);
    }

    /**
     * The commands Radarr holds now: those queued or started ({@link ServarrCommand#pending()}), and
     * those that ended in the last minutes.
     */
    public Mono<List<ServarrCommand>> commands() {
        return commands.list();
    }

    /**
     * The movie searches Radarr has queued or is running ({@code GET /api/v3/command}), with the movies
     * each searches for: what to check before searching again, so that a retried command does not
     * search twice.
     */
    public Mono<List<RadarrSearch>> queuedSearches() {
        return api.get(
                SEARCHES,
                searches -> searches.stream()
                        .filter(Objects::nonNull)
                        .map(SearchCommandResource::toPendingSearch)
                        .flatMap(Optional::stream)
                        .toList(),
                "/api/v3/command");
    }

    /**
     * The version Radarr reports of itself ({@code "3.2.2.5080"}, {@code "5.28.0.10274"}), as it writes
     * it; an answer without one is unreadable.
     */
    public Mono<String> version() {
        return api.get(STATUS, SystemResource::toVersion, "/api/v3/system/status");
    }

    @Override
    public String toString() {
        return "RadarrClient[" + endpoint.displayUrl() + "]";
    }

    private static void requirePositive(long id, String name) {
        if (id <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + id);
        }
    }
}
