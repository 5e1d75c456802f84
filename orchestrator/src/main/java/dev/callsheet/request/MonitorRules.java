package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.MonitorEpisodes;
import dev.callsheet.events.media.EpisodesResolved;
import dev.callsheet.events.media.MediaEvent;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Setting monitored in Sonarr what a request for the episodes not aired yet covers, but Sonarr's own
 * {@code future} monitoring leaves out: that counts from the series' add, the request from the day it
 * was made, so an episode airing in between is in the request's scope and unmonitored, and Sonarr would
 * never look for it.
 *
 * <p>Read from each episode list Sonarr gives: the aired episodes in such a scope that Sonarr lists
 * unmonitored and that were never grabbed are asked for in one {@link MonitorEpisodes}, each episode
 * once ({@link EpisodeListing#monitoringAsked()}), so that one someone unmonitors afterwards, in Sonarr,
 * stays unmonitored. A request by seasons asks for nothing: the request manager or the add monitors its
 * seasons, and an episode unmonitored there was unmonitored by someone.
 */
final class MonitorRules {

    private MonitorRules() {}

    /** What asking changed: the item remembering what it asked for, and the command, if any. */
    record Asked(MediaItem item, List<Command> commands) {}

    /** @param deliveryId the listing's delivery, from which the command's id is made */
    static Asked onListing(MediaItem item, MediaEvent event, String deliveryId) {
        if (!(event instanceof EpisodesResolved listing)
                || listing.seriesId() == null
                || item.key().type() != MediaType.SERIES) {
            return new Asked(item, List.of());
        }
        EpisodeListing asked = item.series().listing();
        Map<EpisodeKey, Integer> unmonitored = new TreeMap<>();
        for (Map.Entry<RequestId, Request> entry : item.requests().entrySet()) {
            SeriesScope scope = item.series().scope(entry.getKey()).orElse(null);
            if (!entry.getValue().pastApproval() || scope == null || scope.airingAfter() == null) {
                continue;
            }
            for (EpisodeKey key : scope.episodes()) {
                Episode episode = item.series().episodes().get(key);
                if (episode != null
                        && !episode.monitored()
                        && episode.state() == EpisodeState.WANTED
                        && episode.sonarrEpisodeId() != null
                        && !asked.monitoringAsked().contains(key)) {
                    unmonitored.put(key, episode.sonarrEpisodeId());
                }
            }
        }
        if (unmonitored.isEmpty()) {
            return new Asked(item, List.of());
        }
        List<EpisodeKey> episodes = List.copyOf(unmonitored.keySet());
        var command = new MonitorEpisodes(
                deliveryId + ":monitor",
                item.key(),
                ListingRules.sonarrInstance(item),
                listing.seriesId(),
                List.copyOf(unmonitored.values()),
                episodes);
        MediaItem remembering = item.withSeries(item.series().withListing(asked.askedToMonitor(episodes)));
        return new Asked(remembering, List.of(command));
    }
}
