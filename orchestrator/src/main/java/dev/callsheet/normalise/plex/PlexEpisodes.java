package dev.callsheet.normalise.plex;

import static dev.callsheet.normalise.VendorJson.nonBlank;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.VendorJson;
import java.util.List;
import java.util.Optional;

/**
 * {@code library.new} for an episode. A legacy TVDB agent's episode is keyed by the series' TVDB id
 * in its {@code guid}. A new agent's payload names only the episode: its fact is returned unkeyed,
 * to be looked up by the episode's TVDB id ({@link KeyLookup.ByEpisode}), which equals the {@code
 * tvdbId} Sonarr lists for the episode. An episode with neither, or without season and episode
 * number, cannot be told apart: it is returned with no media events and recorded on the source.
 */
final class PlexEpisodes {

    private PlexEpisodes() {}

    static ParsedWebhook added(
            String event, PlexPayload.Metadata metadata, String server, String library, boolean fourK) {
        PlexEpisodeIds ids = PlexEpisodeIds.of(metadata);
        Integer season = metadata.parentIndex() != null ? metadata.parentIndex() : ids.season();
        Integer episode = metadata.index() != null ? metadata.index() : ids.episode();
        if (season == null || episode == null || season < 0 || episode < 0) {
            return new ParsedWebhook(event, List.of(), Optional.empty());
        }
        // The payload's other ids and year belong to the episode, so only the series' title and,
        // from a legacy agent, its TVDB id describe the series.
        MediaInfo series = new MediaInfo(
                MediaType.SERIES, nonBlank(metadata.grandparentTitle()), null, null, ids.seriesTvdbId(), null, fourK);
        EpisodeAvailable available = new EpisodeAvailable(
                series,
                new EpisodeRef(
                        EpisodeKey.of(season, episode),
                        ids.episodeTvdbId(),
                        null,
                        nonBlank(metadata.title()),
                        VendorJson.date(metadata.originallyAvailableAt())),
                server,
                library,
                nonBlank(metadata.ratingKey()),
                nonBlank(metadata.grandparentRatingKey()),
                event);
        if (ids.seriesTvdbId() != null) {
            return ParsedWebhook.ofMedia(event, MediaKey.series(ids.seriesTvdbId(), fourK), available);
        }
        if (ids.episodeTvdbId() != null) {
            return ParsedWebhook.ofUnkeyed(event, new KeyLookup.ByEpisode(ids.episodeTvdbId(), fourK), available);
        }
        return new ParsedWebhook(event, List.of(), Optional.empty());
    }
}
