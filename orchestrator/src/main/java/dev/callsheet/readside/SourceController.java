package dev.callsheet.readside;

import dev.callsheet.events.SourceKind;
import dev.callsheet.pipeline.StoreNames;
import dev.callsheet.pipeline.StoreQueries;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.SourceStatus;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * {@code GET /api/sources}: every configured instance and every source heard from, with when it was
 * last heard, its last event type and its health. Declared instances never heard from are listed too.
 */
@RestController
class SourceController {

    private final StoreQueries stores;
    private final InstanceProperties instances;

    private final OwnerRouting routing;

    SourceController(StoreQueries stores, InstanceProperties instances, OwnerRouting routing) {
        this.stores = stores;
        this.instances = instances;
        this.routing = routing;
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
                        (one, other) -> one.deliveries() >= other.deliveries() ? one : other));
        return List.copyOf(byKey.values());
    }

    private List<SourceView> collect() {
        Map<String, SourceView> byKey = new TreeMap<>();
        instances
                .instances()
                .forEach((name, instance) -> byKey.put(
                        instance.kind().id() + "/" + name,
                        SourceView.declared(SourceStatus.first(instance.kind(), name))));
        for (SourceStatus status : stores.<SourceStatus>all(StoreNames.SOURCES)) {
            boolean declared =
                    instances.find(status.source(), status.instance()).isPresent();
            byKey.put(status.source().id() + "/" + status.instance(), new SourceView(status, declared));
        }
        return List.copyOf(byKey.values());
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
            String lastProblem) {

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
                    status.lastProblem());
        }

        static SourceView declared(SourceStatus never) {
            return new SourceView(never, true);
        }
    }
}
