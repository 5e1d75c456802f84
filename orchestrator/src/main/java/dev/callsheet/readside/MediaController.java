package dev.callsheet.readside;

import dev.callsheet.pipeline.StoreNames;
import dev.callsheet.pipeline.StoreQueries;
import dev.callsheet.request.MediaItem;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** {@code /api/media/{mediaKey}}: a media item ({@code movie:tmdb:693134}) and its own timeline. */
@RestController
@RequestMapping("/api/media")
class MediaController {

    private final StoreQueries stores;
    private final OwnerRouting routing;

    MediaController(StoreQueries stores, OwnerRouting routing) {
        this.stores = stores;
        this.routing = routing;
    }

    @GetMapping("/{mediaKey}")
    Mono<ResponseEntity<Object>> one(@PathVariable String mediaKey, ServerHttpRequest request) {
        return routing.query(
                StoreNames.MEDIA_ITEMS,
                mediaKey,
                request,
                () -> stores.<MediaItem>get(StoreNames.MEDIA_ITEMS, mediaKey).map(MediaItem::view),
                "no media item " + mediaKey);
    }

    @GetMapping("/{mediaKey}/timeline")
    Mono<ResponseEntity<Object>> timeline(@PathVariable String mediaKey, ServerHttpRequest request) {
        return routing.query(
                StoreNames.MEDIA_TIMELINE,
                mediaKey,
                request,
                () -> Timeline.read(stores, StoreNames.MEDIA_TIMELINE, mediaKey),
                "no media item " + mediaKey);
    }

    /** The episodes in the scope of the item's request {@code request}, as {@code /api/requests/{id}/episodes} shows them. */
    @GetMapping("/{mediaKey}/episodes")
    Mono<ResponseEntity<Object>> episodes(
            @PathVariable String mediaKey, @RequestParam("request") String requestId, ServerHttpRequest request) {
        return routing.query(
                StoreNames.MEDIA_ITEMS,
                mediaKey,
                request,
                () -> RequestEpisodes.read(stores, mediaKey, requestId),
                "no media item " + mediaKey);
    }
}
