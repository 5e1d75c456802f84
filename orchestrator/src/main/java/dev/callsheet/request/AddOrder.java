package dev.callsheet.request;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.AddMovieToRadarr;
import dev.callsheet.events.command.AddSeriesToSonarr;
import dev.callsheet.events.command.AddToLibrary;
import dev.callsheet.events.media.LibraryOrder;
import dev.callsheet.events.media.RequestSubmitted;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a request made in Callsheet asks the arr for once it is approved, kept on the request from the
 * fact that made it until then.
 *
 * @param seasons the season numbers the request lists; empty for a movie, and for all or future seasons
 */
public record AddOrder(LibraryOrder order, List<Integer> seasons) {

    public AddOrder {
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
    }

    /** The order {@code submitted} carries; empty for a request from a request manager. */
    static Optional<AddOrder> of(RequestSubmitted submitted) {
        return Optional.ofNullable(submitted.order()).map(order -> new AddOrder(order, submitted.seasons()));
    }

    /**
     * The command that adds the media of request {@code requestId}, made at {@code createdAt}, its id
     * {@code commandId}. A request for the episodes not aired yet carries the day its scope counts from
     * (as {@link ScopeRules} does), so Sonarr monitors what aired between the request and its approval.
     */
    AddToLibrary command(String commandId, MediaKey key, RequestId requestId, Instant createdAt) {
        return switch (key.type()) {
            case MOVIE ->
                new AddMovieToRadarr(
                        commandId,
                        key,
                        order.instance(),
                        requestId,
                        key.id(),
                        order.qualityProfile(),
                        order.rootFolder());
            case SERIES ->
                new AddSeriesToSonarr(
                        commandId,
                        key,
                        order.instance(),
                        requestId,
                        key.id(),
                        seasons,
                        order.seasons(),
                        order.qualityProfile(),
                        order.rootFolder(),
                        order.seasons() == LibraryOrder.Seasons.FUTURE ? Days.of(createdAt) : null);
        };
    }
}
