package dev.callsheet.adapters.sonarr;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of {@code POST /api/v3/command}: the command's name (its C# class without "Command") and
 * the properties of that class. Sonarr reads the body as that class, so each command carries only its
 * own properties.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CommandRequest(String name, List<Integer> episodeIds, Integer seriesId, Integer seasonNumber) {

    static final String EPISODE_SEARCH = "EpisodeSearch";
    static final String SEASON_SEARCH = "SeasonSearch";

    static CommandRequest episodeSearch(List<Integer> episodeIds) {
        return new CommandRequest(EPISODE_SEARCH, List.copyOf(episodeIds), null, null);
    }

    static CommandRequest seasonSearch(int seriesId, int seasonNumber) {
        return new CommandRequest(SEASON_SEARCH, null, seriesId, seasonNumber);
    }
}
