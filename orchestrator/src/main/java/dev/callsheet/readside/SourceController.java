package dev.callsheet.readside;

import dev.callsheet.events.SourceKind;
import dev.callsheet.pipeline.StoreNames;
import dev.callsheet.pipeline.StoreQueries;
import dev.callsheet.plex.arr.ArrPlexCheck;
import dev.callsheet.plex.arr.ArrPlexChecks;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.SourceStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * {@code GET /api/sources}: every configured instance and every source heard from, with when it was
 * last heard, its last event type and its health. Declared instances never heard from are listed too.
 * A Radarr or Sonarr also shows whether it scans Plex itself ({@code plexScan}): every Callsheet
 * instance checks on its own, and of several answers the newest check wins.
 */
@RestController
class SourceController {

    private final StoreQueries stores;
    private final InstanceProperties instances;

    private final OwnerRouting routing;
    private final ArrPlexChecks plexScans;

    SourceController(StoreQueries stores, InstanceProperties instances, OwnerRouting routing, ArrPlexChecks plexScans) {
        this.stores = stores;
        this.instances = instances;
        this.routing = routing;
        this.plexScans = plexScans;
    }

    @GetMapping("/api/sources")
    Mono<List<SourceView>> sources(ServerHttpRequest request) {
        return routing.gather(StoreNames.SOURCES, request, this::collect, new TypeReference<List<SourceView>>() {})
                .map(SourceController::merge);
    }

    /** Each source once: the instance that heard from it knows more than the others, which only know it is declared. */
    private static List<SourceView> merge(List<List<SourceView>> answers) {
        Map<String, SourceView> byKey = new TreeMap<>();
        answers.stream()
                .flatMap(List::stream)
                .forEach(view -> byKey.merge(
                        view.source().id() + "/" + view.instance(),
                        view,
                        (one, other) -> (one.deliveries() >= other.deliveries() ? one : other)
                                .withPlexScan(PlexScanView.newer(one.plexScan(), other.plexScan()))));
        return List.copyOf(byKey.values());
    }

    private List<SourceView> collect() {
        return views(instances, stores.all(StoreNames.SOURCES), plexScans::of);
    }

    /**
     * Each declared instance and each status, keyed by source and instance; a Radarr or Sonarr with
     * its latest Plex scan check from {@code plexScans}.
     */
    static List<SourceView> views(
            InstanceProperties instances,
            List<SourceStatus> statuses,
            BiFunction<SourceKind, String, Optional<ArrPlexCheck>> plexScans) {
        Map<String, SourceView> byKey = new TreeMap<>();
        instances
                .instances()
                .forEach((name, instance) -> byKey.put(
                        instance.kind().id() + "/" + name,
                        SourceView.declared(SourceStatus.first(instance.kind(), name))));
        for (SourceStatus status : statuses) {
            boolean declared =
                    instances.find(status.source(), status.instance()).isPresent();
            byKey.put(status.source().id() + "/" + status.instance(), new SourceView(status, declared));
        }
        return byKey.values().stream()
                .map(view -> view.withPlexScan(plexScans
                        .apply(view.source(), view.instance())
                        .map(PlexScanView::of)
                        .orElse(null)))
                .toList();
    }

    /** One source instance as the API shows it. */
    record SourceView(
            SourceKind source,
            String instance,
            boolean declared,
            java.time.Instant lastHeardAt,
            String lastEventType,
            long deliveries,
            java.time.Instant lastTestedAt,
            String health,
            List<dev.callsheet.events.source.HealthIssueRaised> failingChecks,
            String version,
            String lastProblem,
            PlexScanView plexScan) {

        SourceView(SourceStatus status, boolean declared) {
            this(
                    status.source(),
                    status.instance(),
                    declared,
                    status.lastHeardAt(),
                    status.lastEventType(),
                    status.deliveries(),
                    status.lastTestedAt(),
                    status.health(),
                    List.copyOf(status.failingChecks().values()),
                    status.version(),
                    status.lastProblem(),
                    null);
        }

        SourceView withPlexScan(PlexScanView scan) {
            return new SourceView(
                    source,
                    instance,
                    declared,
                    lastHeardAt,
                    lastEventType,
                    deliveries,
                    lastTestedAt,
                    health,
                    failingChecks,
                    version,
                    lastProblem,
                    scan);
        }

        static SourceView declared(SourceStatus never) {
            return new SourceView(never, true);
        }
    }
}
