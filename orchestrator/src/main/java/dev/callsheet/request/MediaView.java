package dev.callsheet.request;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.MediaInfo;
import java.util.List;
import java.util.Map;

/**
 * What {@code GET /api/media/{key}} shows of a media item: no internal bookkeeping.
 *
 * @param download the latest download; null before a grab
 * @param file the file in the library; null before an import and after its deletion
 * @param attention what needs a person's look; empty when nothing does
 * @param plex where the item is in each Plex server that confirmed it; empty before a confirmation
 * @param requests where each request for the item stands, in the order they were first heard of
 */
public record MediaView(
        MediaKey key,
        MediaInfo media,
        MediaProgress progress,
        DownloadView download,
        ImportedFile file,
        List<Attention> attention,
        List<PlexLocation> plex,
        Map<RequestId, RequestState> requests) {}
