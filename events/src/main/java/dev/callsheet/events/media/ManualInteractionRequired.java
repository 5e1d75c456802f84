package dev.callsheet.events.media;

import java.util.List;

/**
 * A finished download cannot be imported without a person deciding; the item is stuck until then.
 * Radarr/Sonarr {@code ManualInteractionRequired}; {@code status} is {@code Ok}, {@code Warning} or
 * {@code Error}.
 *
 * @param episodes the episodes the stuck download holds, as far as Sonarr matched them; empty for
 *     movies. Never null
 */
public record ManualInteractionRequired(
        MediaInfo media,
        DownloadRef download,
        String status,
        List<String> messages,
        List<EpisodeRef> episodes,
        String sourceEventType)
        implements MediaEvent {

    public ManualInteractionRequired {
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
    }
}
