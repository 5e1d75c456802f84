package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.LibraryOrder;
import java.util.List;

/**
 * Look the series up at Sonarr and add it monitoring only the requested seasons, with {@code
 * searchForMissingEpisodes=false}; on a series Sonarr has already, those seasons are set monitored.
 *
 * @param seasons the requested season numbers; meaningful when {@code choice} is {@code LISTED}
 * @param choice which seasons the request asks for
 */
public record AddSeriesToSonarr(
        String id,
        MediaKey mediaKey,
        String instance,
        RequestId requestId,
        long tvdbId,
        List<Integer> seasons,
        LibraryOrder.Seasons choice,
        String qualityProfile,
        String rootFolder)
        implements AddToLibrary {

    public AddSeriesToSonarr {
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
    }
}
