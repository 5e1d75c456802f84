package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

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
 * @param monitoringAsked the episodes Callsheet asked Sonarr to monitor ({@link MonitorRules}), ascending:
 *     each is asked for once, so that an episode someone unmonitors later stays so
 */
public record EpisodeListing(
        String sonarrInstance,
        Instant lastRequestedAt,
        Instant lastListedAt,
        Instant givenUpAt,
        List<EpisodeKey> monitoringAsked) {

    static final EpisodeListing NONE = new EpisodeListing(null, null, null, null, List.of());

    public EpisodeListing {
        monitoringAsked = List.copyOf(new TreeSet<>(Objects.requireNonNullElse(monitoringAsked, List.of())));
    }

    boolean listed() {
        return lastListedAt != null;
    }

    EpisodeListing heardFrom(String instance) {
        return new EpisodeListing(instance, lastRequestedAt, lastListedAt, givenUpAt, monitoringAsked);
    }

    EpisodeListing requested(Instant at) {
        return new EpisodeListing(sonarrInstance, at, lastListedAt, givenUpAt, monitoringAsked);
    }

    EpisodeListing listed(Instant at) {
        return new EpisodeListing(sonarrInstance, lastRequestedAt, at, null, monitoringAsked);
    }

    EpisodeListing givenUp(Instant at) {
        return new EpisodeListing(sonarrInstance, lastRequestedAt, lastListedAt, at, monitoringAsked);
    }

    /** The listing remembering that Callsheet asked Sonarr to monitor {@code episodes} too. */
    EpisodeListing askedToMonitor(List<EpisodeKey> episodes) {
        List<EpisodeKey> all = new ArrayList<>(monitoringAsked);
        all.addAll(episodes);
        return new EpisodeListing(sonarrInstance, lastRequestedAt, lastListedAt, givenUpAt, all);
    }

    /**
     * The listing of a series Sonarr no longer has: nothing listed, nothing asked to monitor (a series
     * added again has new episode ids), but still where and when it was asked for.
     */
    EpisodeListing forgotten() {
        return new EpisodeListing(sonarrInstance, lastRequestedAt, null, givenUpAt, List.of());
    }

    /** Whether the last ask was given up, and nothing has been asked since. */
    boolean givenUpSinceAsked() {
        return givenUpAt != null && (lastRequestedAt == null || !givenUpAt.isBefore(lastRequestedAt));
    }
}
