package dev.callsheet.plex.arr;

import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.servarr.ServarrClient;
import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The latest check of every declared Radarr and Sonarr with a {@code url} and an {@code api-key}. An
 * arr declared without them is not asked and has no check. What a round finds is logged when it
 * differs from what the round before logged, so an hourly round repeats nothing.
 */
public final class ArrPlexChecks {

    private static final Logger log = LoggerFactory.getLogger(ArrPlexChecks.class);

    private final List<CheckedArr> arrs;
    private final InstanceProperties instances;
    private final Clock clock;
    private final Map<ArrName, ArrPlexCheck> latest = new ConcurrentHashMap<>();
    private List<String> logged = List.of();

    ArrPlexChecks(InstanceProperties instances, WebClient.Builder webClient, Clock clock) {
        this.instances = instances;
        this.clock = clock;
        List<CheckedArr> asked = new ArrayList<>();
        new TreeMap<>(instances.instances()).forEach((name, instance) -> {
            if ((instance.kind() == SourceKind.RADARR || instance.kind() == SourceKind.SONARR)
                    && instance.url() != null
                    && instance.apiKey() != null
                    && !instance.apiKey().isBlank()) {
                ArrName arr = new ArrName(instance.kind(), name);
                try {
                    var endpoint = new ApiEndpoint(instance.url(), instance.apiKey(), instance.timeout());
                    asked.add(new CheckedArr(arr, endpoint, new ServarrClient(instance.kind(), endpoint, webClient)));
                } catch (IllegalArgumentException e) {
                    // ApiEndpoint's messages name the URL or the timeout, never the key.
                    latest.put(arr, new ArrPlexCheck.CouldNotCheck(clock.instant(), e.getMessage()));
                }
            }
        });
        this.arrs = List.copyOf(asked);
    }

    /** The latest check of the arr of {@code kind} named {@code instance}; empty when it is not asked, or not yet. */
    public Optional<ArrPlexCheck> of(SourceKind kind, String instance) {
        return Optional.ofNullable(latest.get(new ArrName(kind, instance)));
    }

    boolean anyToAsk() {
        return !arrs.isEmpty();
    }

    /** Asks every arr, one after the other, and logs what changed; never throws for an arr's failure. */
    synchronized void checkAll() {
        arrs.forEach(arr -> latest.put(arr.arr(), arr.check(clock)));
        List<String> lines = new ArrayList<>(ScanHints.of(latest, instances));
        new TreeMap<>(latest).forEach((arr, check) -> {
            if (check instanceof ArrPlexCheck.CouldNotCheck failed) {
                lines.add("Could not check whether " + arr.label() + " scans Plex itself: " + failed.reason());
            }
        });
        if (!lines.equals(logged)) {
            lines.forEach(log::warn);
            logged = List.copyOf(lines);
        }
    }
}
