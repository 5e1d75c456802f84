package dev.callsheet.readside;

import dev.callsheet.pipeline.StoreNames;
import dev.callsheet.pipeline.StoreQueries;
import dev.callsheet.request.RequestView;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/** {@code /api/requests}: the request list, one request's view and its timeline. */
@RestController
@RequestMapping("/api/requests")
class RequestController {

    private final StoreQueries stores;
    private final OwnerRouting routing;

    RequestController(StoreQueries stores, OwnerRouting routing) {
        this.stores = stores;
        this.routing = routing;
    }

    /**
     * Newest first; {@code state}, {@code type} and {@code attention} ({@code any}, or kinds) filter,
     * {@code cursor} continues a previous page.
     */
    @GetMapping
    Mono<RequestPage> list(
            @RequestParam(required = false) List<String> state,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) List<String> attention,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) String cursor,
            ServerHttpRequest request) {
        var query = RequestListQuery.of(state, type, attention, limit, cursor);
        return routing.gather(
                        StoreNames.REQUEST_VIEWS,
                        request,
                        () -> query.page(stores.<RequestView>all(StoreNames.REQUEST_VIEWS)),
                        new TypeReference<RequestPage>() {})
                .map(query::merge);
    }

    @GetMapping("/{id}")
    Mono<ResponseEntity<Object>> one(@PathVariable String id, ServerHttpRequest request) {
        return routing.query(
                StoreNames.REQUEST_VIEWS,
                id,
                request,
                () -> stores.<RequestView>get(StoreNames.REQUEST_VIEWS, id),
                "no request " + id);
    }

    @GetMapping("/{id}/timeline")
    Mono<ResponseEntity<Object>> timeline(@PathVariable String id, ServerHttpRequest request) {
        return routing.query(
                StoreNames.REQUEST_TIMELINE,
                id,
                request,
                () -> Timeline.read(stores, StoreNames.REQUEST_TIMELINE, id),
                "no request " + id);
    }

    /** The episodes in a series request's scope, with their states; empty for a movie. */
    @GetMapping("/{id}/episodes")
    Mono<ResponseEntity<Object>> episodes(@PathVariable String id, ServerHttpRequest request) {
        return one(id, request).flatMap(answer -> {
            if (!answer.getStatusCode().is2xxSuccessful()) {
                return Mono.just(answer);
            }
            String mediaKey = routing.body(answer, RequestView.class).mediaKey().value();
            return routing.query(
                    StoreNames.MEDIA_ITEMS,
                    mediaKey,
                    request,
                    "/api/media/" + mediaKey + "/episodes?request=" + id,
                    () -> RequestEpisodes.read(stores, mediaKey, id),
                    "no media item " + mediaKey);
        });
    }
}
