package dev.callsheet.intake.radarr;

import static dev.callsheet.intake.VendorJson.nonBlank;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.Release;
import dev.callsheet.intake.VendorJson;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Translates the parts of a Radarr body into Callsheet's value types. Value objects are always
 * built, with null fields where Radarr said nothing, so consumers need no null check on the object.
 */
final class RadarrFacts {

    private RadarrFacts() {}

    static MediaInfo media(RadarrPayload.Movie movie, long tmdbId, boolean fourK) {
        return new MediaInfo(
                MediaType.MOVIE,
                nonBlank(movie.title()),
                positive(movie.year()),
                tmdbId,
                null,
                nonBlank(movie.imdbId()),
                fourK);
    }

    static Release release(RadarrPayload.Release release) {
        if (release == null) {
            return new Release(null, null, null, null, null);
        }
        return new Release(
                nonBlank(release.releaseTitle()),
                nonBlank(release.indexer()),
                positive(release.size()),
                nonBlank(release.quality()),
                nonBlank(release.releaseGroup()));
    }

    /** Before Radarr 4.1 {@code downloadClient} held the implementation name; it is passed on as sent. */
    static DownloadRef download(RadarrPayload payload) {
        String id = nonBlank(payload.downloadId());
        return new DownloadRef(
                id == null ? null : DownloadId.of(id),
                nonBlank(payload.downloadClient()),
                nonBlank(payload.downloadClientType()));
    }

    static ImportedFile importedFile(RadarrPayload.Movie movie, RadarrPayload.MovieFile file) {
        if (file == null) {
            return new ImportedFile(null, null, null);
        }
        return new ImportedFile(libraryPath(movie, file), nonBlank(file.quality()), positive(file.size()));
    }

    /**
     * Radarr before 5.10 put the download-side path in {@code movieFile.path}; the movie folder plus
     * the file's relative path is its place in the library in every version. Null without a file.
     */
    static String libraryPath(RadarrPayload.Movie movie, RadarrPayload.MovieFile file) {
        if (file == null) {
            return null;
        }
        String folder = movie == null ? null : nonBlank(movie.folderPath());
        String relative = nonBlank(file.relativePath());
        if (folder == null || relative == null) {
            return nonBlank(file.path());
        }
        String separator = folder.contains("\\") && !folder.contains("/") ? "\\" : "/";
        return folder.endsWith(separator) ? folder + relative : folder + separator + relative;
    }

    /** {@code deletedFiles} is a flag on {@code MovieDelete} only; on {@code Download} it lists replaced files. */
    static boolean filesDeleted(RadarrPayload payload) {
        return payload.deletedFiles() != null
                && payload.deletedFiles().isBoolean()
                && payload.deletedFiles().booleanValue();
    }

    /** One line per message, prefixed with the file or release it is about; a title alone is a message too. */
    static List<String> messages(List<RadarrPayload.StatusMessage> statusMessages) {
        return statusMessages.stream()
                .filter(Objects::nonNull)
                .flatMap(RadarrFacts::lines)
                .toList();
    }

    private static Stream<String> lines(RadarrPayload.StatusMessage status) {
        String title = nonBlank(status.title());
        List<String> messages = status.messages().stream()
                .map(VendorJson::nonBlank)
                .filter(Objects::nonNull)
                .toList();
        if (messages.isEmpty()) {
            return Stream.ofNullable(title);
        }
        return messages.stream().map(message -> title == null ? message : title + ": " + message);
    }

    private static Integer positive(Integer value) {
        return value == null || value <= 0 ? null : value;
    }

    private static Long positive(Long value) {
        return value == null || value <= 0 ? null : value;
    }
}
