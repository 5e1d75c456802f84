package dev.callsheet.request;

import java.time.Instant;

/**
 * Where and when Callsheet asks Sonarr for a series' episode list, the only source of the aired
 * episodes that make up a request's scope.
 *
 * @param sonarrInstance the instance whose webhooks last reported the series, which therefore
 *     holds it; null until one did
 * @param lastRequestedAt when a {@code ResolveSeriesEpisodes} was last emitted; null before the first
 * @param lastListedAt when Sonarr's list last arrived; null until it has, and while it is null no
 *     request's scope is known
 */
public record EpisodeListing(String sonarrInstance, Instant lastRequestedAt, Instant lastListedAt) {

    static final EpisodeListing NONE = new EpisodeListing(null, null, null);

    boolean listed() {
        return lastListedAt != null;
    }

    EpisodeListing heardFrom(String instance) {
        return new EpisodeListing(instance, lastRequestedAt, lastListedAt);
    }

    EpisodeListing requested(Instant at) {
        return new EpisodeListing(sonarrInstance, at, lastListedAt);
    }

    EpisodeListing listed(Instant at) {
        return new EpisodeListing(sonarrInstance, lastRequestedAt, at);
    }
}
