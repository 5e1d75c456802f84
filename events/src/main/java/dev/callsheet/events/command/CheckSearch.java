package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.SourceKind;

/**
 * Read back how a search went: {@code GET /api/v3/command/{arrCommandId}} on the arr that runs it.
 * Answered by {@link dev.callsheet.events.media.SearchChecked}.
 *
 * @param arr {@code RADARR} or {@code SONARR}
 * @param searchId the id of the search command whose arr command this reads
 */
public record CheckSearch(
        String id, MediaKey mediaKey, SourceKind arr, String instance, String searchId, int arrCommandId)
        implements SearchCommand {}
