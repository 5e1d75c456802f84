package dev.callsheet.normalise.sonarr;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.callsheet.normalise.servarr.ReleasePayload;
import dev.callsheet.normalise.servarr.StatusMessage;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The body of Sonarr's series events in one shape; each event type fills its own subset. Sonarr
 * omits null properties and writes {@code 0} for unknown numbers, so every component may be null or
 * zero; absent lists are empty, except {@code episodeFiles}.
 *
 * @param episodeFiles present only on the "import complete" {@code Download}: null tells the per-file
 *     {@code Download} (with {@code episodeFile} and {@code isUpgrade}) apart from it, since both
 *     have the same {@code eventType}
 * @param deletedFiles a flag on {@code SeriesDelete} but the list of replaced files on {@code
 *     Download}: the same key with two shapes, hence a tree
 */
record SonarrPayload(
        Series series,
        List<Episode> episodes,
        ReleasePayload release,
        EpisodeFile episodeFile,
        List<EpisodeFile> episodeFiles,
        @JsonProperty("isUpgrade") Boolean upgrade,
        String downloadClient,
        String downloadClientType,
        String downloadId,
        JsonNode deletedFiles,
        String deleteReason,
        List<EpisodeFile> renamedEpisodeFiles,
        String downloadStatus,
        List<StatusMessage> downloadStatusMessages) {

    SonarrPayload {
        episodes = episodes == null ? List.of() : episodes;
        renamedEpisodeFiles = renamedEpisodeFiles == null ? List.of() : renamedEpisodeFiles;
    }

    /** {@code tmdbId} is {@code 0} when Sonarr does not know it, and absent before Sonarr 4.0.5. */
    record Series(Long tvdbId, Long tmdbId, String imdbId, String title, Integer year, String path) {}

    /**
     * @param id Sonarr's episode id
     * @param tvdbId the episode's own TVDB id; absent on Sonarr v3
     */
    record Episode(
            Integer id, Integer seasonNumber, Integer episodeNumber, String title, String airDate, Long tvdbId) {}

    /**
     * @param quality the quality name ({@code WEBDL-2160p}); Sonarr v3's {@code EpisodeFileDelete}
     *     sends its internal model instead, where it is an object naming it in {@code quality.name}
     */
    record EpisodeFile(String path, String relativePath, JsonNode quality, Long size) {}
}
