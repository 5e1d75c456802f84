package dev.callsheet.normalise.servarr;

import static dev.callsheet.normalise.VendorJson.nonBlank;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.Release;
import dev.callsheet.normalise.VendorJson;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Translates the parts Radarr and Sonarr bodies share into Callsheet's value types. Value objects
 * are always built, with null fields where the app said nothing, so consumers need no null check
 * on the object.
 */
public final class ServarrFacts {

    private ServarrFacts() {}

    public static Release release(ReleasePayload release) {
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

    /** Before Radarr 4.1 and Sonarr 3.0.10 {@code downloadClient} held the implementation name; it is passed on as sent. */
    public static DownloadRef download(String downloadId, String downloadClient, String downloadClientType) {
        String id = nonBlank(downloadId);
        return new DownloadRef(
                id == null ? null : DownloadId.of(id), nonBlank(downloadClient), nonBlank(downloadClientType));
    }

    /** One line per message, prefixed with the file or release it is about; a title alone is a message too. */
    public static List<String> messages(List<StatusMessage> statusMessages) {
        if (statusMessages == null) {
            return List.of();
        }
        return statusMessages.stream()
                .filter(Objects::nonNull)
                .flatMap(ServarrFacts::lines)
                .toList();
    }

    /**
     * A file's place in the library: its media folder plus its relative path, which is right in
     * every version, whereas {@code path} held the download-side path before Radarr 5.10 and Sonarr
     * 4.0.9. {@code path} only when folder or relative path is missing.
     */
    public static String libraryPath(String folder, String relativePath, String path) {
        String base = nonBlank(folder);
        String relative = nonBlank(relativePath);
        if (base == null || relative == null) {
            return nonBlank(path);
        }
        String separator = base.contains("\\") && !base.contains("/") ? "\\" : "/";
        return base.endsWith(separator) ? base + relative : base + separator + relative;
    }

    /** The arrs write {@code 0} for an unknown number; that is null here. */
    public static Integer positive(Integer value) {
        return value == null || value <= 0 ? null : value;
    }

    /** The arrs write {@code 0} for an unknown number; that is null here. */
    public static Long positive(Long value) {
        return value == null || value <= 0 ? null : value;
    }

    private static Stream<String> lines(StatusMessage status) {
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
}
