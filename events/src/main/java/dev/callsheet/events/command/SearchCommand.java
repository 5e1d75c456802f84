package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;

/**
 * A search the decider asks an arr (Radarr, Sonarr) for, or the read-back of one. Carried out in a
 * consumer group of its own, so that a slow indexer search holds up only searches.
 */
public sealed interface SearchCommand extends Command permits SearchMovie, SearchEpisodes, CheckSearch {

    MediaKey mediaKey();

    /** The arr instance (its configured name). */
    String instance();

    @Override
    default String key() {
        return mediaKey().value();
    }
}
