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
 * @param givenUpAt when the last ask was given up (an answer that could not be read, a refused key);
 *     null once a list arrives. The list is asked for again sooner than the re-list ({@link
 *     Relisting#afterGivingUp()})
 */
public record EpisodeListing(String sonarrInstance, Instant lastRequestedAt, Instant lastListedAt, Instant givenUpAt) {

    static final EpisodeListing NONE = new EpisodeListing(null, null, null, null);

    boolean listed() {
        return lastListedAt != null;
    }

    EpisodeListing heardFrom(String instance) {
        return new EpisodeListing(instance, lastRequestedAt, lastListedAt, givenUpAt);
    }

    EpisodeListing requested(Instant at) {
        return new EpisodeListing(sonarrInstance, at, lastListedAt, givenUpAt);
    }

    EpisodeListing listed(Instant at) {
        return new EpisodeListing(sonarrInstance, lastRequestedAt, at, null);
    }

    EpisodeListing givenUp(Instant at) {
        return new EpisodeListing(sonarrInstance, lastRequestedAt, lastListedAt, at);
    }

    /** Whether the last ask was given up, and nothing has been asked since. */
    boolean givenUpSinceAsked() {
        return givenUpAt != null && (lastRequestedAt == null || !givenUpAt.isBefore(lastRequestedAt));
    }
}
