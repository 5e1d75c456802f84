package dev.callsheet.search;

import dev.callsheet.adapters.radarr.RadarrClient;
import dev.callsheet.adapters.radarr.RadarrSearch;
import dev.callsheet.adapters.servarr.ServarrCommand;
import dev.callsheet.command.Blocking;
import dev.callsheet.command.CommandHandler;
import dev.callsheet.command.FailedAttempt;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.command.SearchMovie;
import dev.callsheet.events.media.SearchStarted;
import java.util.List;
import java.util.Optional;

/**
 * {@link SearchMovie}: Radarr's {@code MoviesSearch} for the movie, unless Radarr has a search for it
 * queued or running already (an earlier attempt of this command whose answer was lost, or Radarr's own
 * search): then that one is recorded and nothing is posted.
 */
final class MovieSearches implements CommandHandler<SearchMovie> {

    static final String SERVICE = "Radarr";
    private static final String SEARCH = "MoviesSearch";

    private final ServiceClients clients;

    MovieSearches(ServiceClients clients) {
        this.clients = clients;
    }

    @Override
    public CommandOutcome attempt(SearchMovie command) {
        RadarrClient radarr = clients.radarr(command.instance());
        var endpoint = clients.endpoint(SourceKind.RADARR, SERVICE, command.instance());
        Optional<RadarrSearch> queued = Blocking.await(radarr.queuedSearches(), SERVICE, endpoint).stream()
                .filter(search -> search.movieIds().contains(command.radarrMovieId()))
                .findFirst();
        if (queued.isPresent()) {
            return started(command, queued.get().command(), true);
        }
        ServarrCommand posted =
                Blocking.await(radarr.searchMovies(List.of(command.radarrMovieId())), SERVICE, endpoint);
        return started(command, posted, false);
    }

    @Override
    public Optional<CommandOutcome> failed(SearchMovie command, FailedAttempt failure) {
        return Optional.of(SearchFacts.failed(clients, SourceKind.RADARR, SERVICE, command, failure));
    }

    private static CommandOutcome started(SearchMovie command, ServarrCommand arrCommand, boolean alreadyQueued) {
        var fact = new SearchStarted(
                SearchFacts.media(command.mediaKey()),
                command.id(),
                SERVICE,
                command.instance(),
                arrCommand.id(),
                SEARCH,
                List.of(),
                command.attempt(),
                alreadyQueued,
                SEARCH);
        return SearchFacts.outcome(command, fact);
    }
}
