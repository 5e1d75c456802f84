package dev.callsheet.readside;

import dev.callsheet.events.RequestId;
import dev.callsheet.pipeline.StoreNames;
import dev.callsheet.pipeline.StoreQueries;
import dev.callsheet.request.EpisodeView;
import dev.callsheet.request.MediaItem;
import java.util.List;
import java.util.Optional;

/** A request's episodes as the API shows them: the request, its media item and the episodes in its scope. */
record RequestEpisodes(String id, String mediaKey, List<EpisodeView> episodes) {

    /** Empty when this instance holds no such media item. */
    static Optional<RequestEpisodes> read(StoreQueries stores, String mediaKey, String requestId) {
        return stores.<MediaItem>get(StoreNames.MEDIA_ITEMS, mediaKey)
                .map(item ->
                        new RequestEpisodes(requestId, mediaKey, item.episodesInScope(RequestId.parse(requestId))));
    }
}
