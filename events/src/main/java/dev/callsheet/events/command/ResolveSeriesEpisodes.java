package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;

/**
 * Ask Sonarr for the series' episodes (air dates, monitored, has file) so that a series request's
 * scope, the aired episodes of its seasons, can be known. Answered by {@link
 * dev.callsheet.events.media.EpisodesResolved}.
 *
 * @param instance the Sonarr instance to ask (its configured name)
 */
public record ResolveSeriesEpisodes(String id, MediaKey mediaKey, long tvdbId, String instance) implements Command {

    @Override
    public String key() {
        return mediaKey.value();
    }
}
