package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.RequestId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a series item keeps beyond a movie's: its episodes, shared by all its requests, each
 * request's scope, and its episode listing. Empty for a movie.
 *
 * @param episodes every episode any fact or Sonarr's list named, ascending
 * @param scopes each series request's scope, by request id
 */
public record Series(
        SortedMap<EpisodeKey, Episode> episodes, Map<RequestId, SeriesScope> scopes, EpisodeListing listing) {

    static final Series NONE = new Series(null, null, null);

    public Series {
        episodes = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNullElse(episodes, Map.of())));
        scopes = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNullElse(scopes, Map.of())));
        listing = Objects.requireNonNullElse(listing, EpisodeListing.NONE);
    }

    Optional<SeriesScope> scope(RequestId id) {
        return Optional.ofNullable(scopes.get(id));
    }

    Series withEpisodes(Map<EpisodeKey, Episode> next) {
        return new Series(new TreeMap<>(next), scopes, listing);
    }

    Series withScopes(Map<RequestId, SeriesScope> next) {
        return new Series(episodes, next, listing);
    }

    Series withListing(EpisodeListing next) {
        return new Series(episodes, scopes, next);
    }
}
