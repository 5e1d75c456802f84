package dev.callsheet.readside;

import dev.callsheet.pipeline.StoreNames;
import dev.callsheet.pipeline.StoreQueries;
import dev.callsheet.pipeline.UnknownDownload;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * {@code GET /api/downloads/unknown}: download client jobs no grab has named, most recently reported
 * first.
 */
@RestController
class DownloadController {

    static final Comparator<UnknownDownloadView> NEWEST_FIRST = Comparator.comparing(
                    UnknownDownloadView::lastSeen, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .reversed()
            .thenComparing(UnknownDownloadView::downloadId);

    private final StoreQueries stores;
    private final OwnerRouting routing;

    DownloadController(StoreQueries stores, OwnerRouting routing) {
        this.stores = stores;
        this.routing = routing;
    }

    @GetMapping("/api/downloads/unknown")
    Mono<List<UnknownDownloadView>> unknown(@RequestParam(defaultValue = "100") int limit, ServerHttpRequest request) {
        int bounded = Math.clamp(limit, 1, 1000);
        return routing.gatherFirst(
                StoreNames.UNKNOWN_DOWNLOADS,
                request,
                () -> stores.<UnknownDownload>all(StoreNames.UNKNOWN_DOWNLOADS).stream()
                        .map(UnknownDownloadView::of)
                        .toList(),
                new TypeReference<List<UnknownDownloadView>>() {},
                NEWEST_FIRST,
                bounded);
    }

    /** An unknown download with the start of its last report's body, for reading in a terminal. */
    record UnknownDownloadView(
            String downloadId,
            String client,
            String instance,
            String name,
            String category,
            Instant firstSeen,
            Instant lastSeen,
            String lastChange,
            String state,
            Double progress,
            long reports,
            String lastDeliveryId,
            String contentType,
            String lastBodyExcerpt) {

        static UnknownDownloadView of(UnknownDownload download) {
            return new UnknownDownloadView(
                    download.downloadId().value(),
                    download.client().id(),
                    download.instance(),
                    download.name(),
                    download.category(),
                    download.firstSeen(),
                    download.lastSeen(),
                    download.lastChange().id(),
                    download.state() == null ? null : download.state().id(),
                    download.progress(),
                    download.reports(),
                    download.lastDeliveryId(),
                    download.contentType(),
                    download.lastExcerpt());
        }
    }
}
