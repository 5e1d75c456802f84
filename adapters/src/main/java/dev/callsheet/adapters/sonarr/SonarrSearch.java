package dev.callsheet.adapters.sonarr;

import dev.callsheet.adapters.servarr.ServarrCommand;
import java.util.List;

/** A search Sonarr has queued or is running, with what it searches for (its command's body). */
public sealed interface SonarrSearch {

    ServarrCommand command();

    /** An {@code EpisodeSearch}: the episodes, by Sonarr id. */
    record Episodes(ServarrCommand command, List<Integer> episodeIds) implements SonarrSearch {

        public Episodes {
            episodeIds = List.copyOf(episodeIds);
        }
    }

    /** A {@code SeasonSearch}: one season of one series. */
    record Season(ServarrCommand command, int seriesId, int seasonNumber) implements SonarrSearch {}
}
