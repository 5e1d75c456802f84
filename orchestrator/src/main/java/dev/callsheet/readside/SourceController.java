package dev.callsheet.readside;

import dev.callsheet.events.SourceKind;
import dev.callsheet.pipeline.StoreNames;
import dev.callsheet.pipeline.StoreQueries;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.SourceStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code GET /api/sources}: every configured instance and every source heard from, with when it was
 * last heard, its last event type and its health. Declared instances never heard from are listed too.
 */
@RestController
class SourceController {

    private final StoreQueries stores;
    private final InstanceProperties instances;

    SourceController(StoreQueries stores, InstanceProperties instances) {
        this.stores = stores;
        this.instances = instances;
    }

    @GetMapping("/api/sources")
    Mono<List<SourceView>> sources() {
        return Mono.fromCallable(this::collect).subscribeOn(Schedulers.boundedElastic());
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
        return byKey.values().stream()
                .sorted(Comparator.comparing((SourceView view) -> view.source()).thenComparing(SourceView::instance))
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
