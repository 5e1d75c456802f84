package dev.callsheet.events.media;

import java.util.List;

/**
 * Sonarr sent one release to a download client: every listed episode is now downloading. A season
 * pack is one grab listing the whole season. Sonarr {@code Grab}.
 *
 * @param episodes every episode the release covers; never null
 * @param download the job that will report each file's import under the same id
 */
public record EpisodesGrabbed(
        MediaInfo media, List<EpisodeRef> episodes, Release release, DownloadRef download, String sourceEventType)
        implements MediaEvent {

    public EpisodesGrabbed {
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
    }
}
