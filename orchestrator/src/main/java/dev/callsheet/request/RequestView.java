package dev.callsheet.request;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.Requester;
import java.time.Instant;
import java.util.List;

/**
 * The current view of one request, as written to the compacted {@code requests} topic and served by
 * {@code GET /api/requests/{id}}.
 *
 * @param since when the request entered {@code state}
 * @param download the download currently serving the request; null before a grab
 * @param attention what needs a person's look; empty when nothing does
 * @param plex where the media is in each Plex server that confirmed it; empty before a confirmation
 * @param episodes for a series request, how far the episodes in its scope have come; null for a movie
 * @param decision a decision made in Callsheet that the request manager has not followed yet; null
 *     when none is waiting
 * @param posterUrl an http(s) URL of the media's poster, when the source gave one; null otherwise
 */
public record RequestView(
        RequestId id,
        MediaKey mediaKey,
        MediaInfo media,
        Requester requestedBy,
        RequestState state,
        Instant since,
        Instant createdAt,
        Instant updatedAt,
        DownloadView download,
        List<Attention> attention,
        List<PlexLocation> plex,
        EpisodeProgress episodes,
        PendingDecision decision,
        String posterUrl) {

    /** Waiting for a decision, and none made in Callsheet is on its way. */
    public boolean awaitsDecision() {
        return state == RequestState.REQUESTED && decision == null;
    }
}
