package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.LibraryOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * Look the series up at Sonarr and add it monitoring only the requested seasons, with {@code
 * searchForMissingEpisodes=false}; on a series Sonarr has already, those seasons are set monitored.
 *
 * @param seasons the requested season numbers; meaningful when {@code choice} is {@code LISTED}
 * @param choice which seasons the request asks for
 * @param airingAfter for a request for the episodes not aired yet, the day (UTC) it was made: the episodes
 *     dated after it are the request's, however long its approval took; null for a request by seasons,
 *     and in commands written before it was carried, where the approval's moment stands in for it
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
        String rootFolder,
        LocalDate airingAfter)
        implements AddToLibrary {

    public AddSeriesToSonarr {
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
    }
}
