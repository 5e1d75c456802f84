package dev.callsheet.normalise.radarr;

import static dev.callsheet.normalise.VendorJson.nonBlank;

import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.normalise.servarr.ServarrFacts;

/**
 * Translates the movie-specific parts of a Radarr body into Callsheet's value types; the parts
 * Sonarr shares are in {@link ServarrFacts}.
 */
final class RadarrFacts {

    private RadarrFacts() {}

    static MediaInfo media(RadarrPayload.Movie movie, long tmdbId, boolean fourK) {
        return new MediaInfo(
                MediaType.MOVIE,
                nonBlank(movie.title()),
                ServarrFacts.positive(movie.year()),
                tmdbId,
                null,
                nonBlank(movie.imdbId()),
                fourK);
    }

    static DownloadRef download(RadarrPayload payload) {
        return ServarrFacts.download(payload.downloadId(), payload.downloadClient(), payload.downloadClientType());
    }

    static ImportedFile importedFile(RadarrPayload.Movie movie, RadarrPayload.MovieFile file) {
        if (file == null) {
            return new ImportedFile(null, null, null);
        }
        return new ImportedFile(libraryPath(movie, file), nonBlank(file.quality()), ServarrFacts.positive(file.size()));
    }

    /** Radarr before 5.10 put the download-side path in {@code movieFile.path}. Null without a file. */
    static String libraryPath(RadarrPayload.Movie movie, RadarrPayload.MovieFile file) {
        if (file == null) {
            return null;
        }
        return ServarrFacts.libraryPath(movie == null ? null : movie.folderPath(), file.relativePath(), file.path());
    }

    /** {@code deletedFiles} is a flag on {@code MovieDelete} only; on {@code Download} it lists replaced files. */
    static boolean filesDeleted(RadarrPayload payload) {
        return payload.deletedFiles() != null
                && payload.deletedFiles().isBoolean()
                && payload.deletedFiles().booleanValue();
    }
}
