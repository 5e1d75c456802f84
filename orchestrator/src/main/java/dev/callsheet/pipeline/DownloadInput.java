package dev.callsheet.pipeline;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.callsheet.events.DownloadId;
import dev.callsheet.events.MediaKey;

/**
 * What the correlation stage hears about one download, on the repartition topic keyed by {@link
 * #key}: so a grab's index entry and the client reports waiting for it meet on one partition, in
 * the order they were normalised.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DownloadInput.Indexed.class, name = "Indexed"),
    @JsonSubTypes.Type(value = DownloadInput.Reported.class, name = "Reported"),
})
sealed interface DownloadInput {

    /** The key a download is correlated under: {@code download:9F1C2A7B…}. */
    static String key(DownloadId downloadId) {
        return "download:" + downloadId.value();
    }

    /** A keyed fact named the download: it is for media item {@code mediaKey}. */
    record Indexed(MediaKey mediaKey) implements DownloadInput {}

    /** A download client's report, which needs the media item. */
    record Reported(UnkeyedReport report) implements DownloadInput {}
}
