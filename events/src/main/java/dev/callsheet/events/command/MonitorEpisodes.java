package dev.callsheet.events.command;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaKey;
import java.util.List;

/**
 * Set monitored in Sonarr the episodes a request for the episodes not aired yet covers that Sonarr
 * lists unmonitored: those that aired between the request and the series' add, which Sonarr's own
 * {@code future} monitoring counts from. Carried out once Sonarr's refresh of the series has ended
 * (the refresh sets the add's monitoring, and would undo it), and answered by the series' episode list
 * as it is then ({@link dev.callsheet.events.media.EpisodesResolved}).
 *
 * @param instance the Sonarr instance holding the series (its configured name)
 * @param seriesId Sonarr's id of the series
 * @param episodeIds Sonarr's ids of the episodes, in the order of {@code episodes}
 * @param episodes the episodes, ascending, for the timeline
 */
public record MonitorEpisodes(
        String id,
        MediaKey mediaKey,
        String instance,
        int seriesId,
        List<Integer> episodeIds,
        List<EpisodeKey> episodes)
        implements Command {

    public MonitorEpisodes {
        episodeIds = List.copyOf(episodeIds);
        episodes = List.copyOf(episodes);
    }

    @Override
    public String key() {
        return mediaKey.value();
    }
}
