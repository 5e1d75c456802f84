package dev.callsheet.normalise.radarr;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.callsheet.normalise.servarr.ReleasePayload;
import dev.callsheet.normalise.servarr.StatusMessage;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The body of Radarr's movie events in one shape; each event type fills its own subset. Radarr omits
 * null properties and writes {@code 0} for unknown numbers, so every component may be null or zero;
 * absent lists are empty.
 *
 * @param deletedFiles a flag on {@code MovieDelete} but the list of replaced files on {@code
 *     Download}: the same key with two shapes, hence a tree
 */
record RadarrPayload(
        Movie movie,
        ReleasePayload release,
        MovieFile movieFile,
        @JsonProperty("isUpgrade") Boolean upgrade,
        String downloadClient,
        String downloadClientType,
        String downloadId,
        String addMethod,
        JsonNode deletedFiles,
        String deleteReason,
        List<MovieFile> renamedMovieFiles,
        String downloadStatus,
        List<StatusMessage> downloadStatusMessages) {

    RadarrPayload {
        renamedMovieFiles = renamedMovieFiles == null ? List.of() : renamedMovieFiles;
        downloadStatusMessages = downloadStatusMessages == null ? List.of() : downloadStatusMessages;
    }

    record Movie(Integer id, Long tmdbId, String imdbId, String title, Integer year, String folderPath) {}

    record MovieFile(String path, String relativePath, String quality, Long size) {}
}
