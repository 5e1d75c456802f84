package dev.callsheet.plex.arr;

import dev.callsheet.adapters.servarr.ArrPlexConnection;
import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.InstanceProperties.Instance;
import dev.callsheet.source.InstanceProperties.PlexMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The hints to log after a check: one for each connection through which an arr scans a Plex server
 * that Callsheet scans too. Without a Plex instance in {@code scan} mode there is nothing to say.
 */
final class ScanHints {

    private ScanHints() {}

    static List<String> of(Map<ArrName, ArrPlexCheck> checks, InstanceProperties instances) {
        SortedMap<String, Instance> plex = new TreeMap<>();
        instances.instances().forEach((name, instance) -> {
            if (instance.kind() == SourceKind.PLEX) {
                plex.put(name, instance);
            }
        });
        List<String> hints = new ArrayList<>();
        new TreeMap<>(checks).forEach((arr, check) -> {
            if (check instanceof ArrPlexCheck.Answered answered) {
                for (ArrPlexConnection connection : answered.scanning()) {
                    List<String> scanned = scannedByUs(connection, plex);
                    if (!scanned.isEmpty()) {
                        hints.add(hint(arr, connection, scanned));
                    }
                }
            }
        });
        return hints;
    }

    /**
     * The Plex instances in {@code scan} mode that {@code connection} may scan: those on its host when
     * one is declared there, else all of them, since the arr and Callsheet often name one server
     * differently (a container name, an IP address).
     */
    private static List<String> scannedByUs(ArrPlexConnection connection, SortedMap<String, Instance> plex) {
        List<String> sameHost = plex.entrySet().stream()
                .filter(entry -> connection.host() != null
                        && entry.getValue().url() != null
                        && connection
                                .host()
                                .equalsIgnoreCase(entry.getValue().url().getHost()))
                .map(Map.Entry::getKey)
                .toList();
        List<String> candidates = sameHost.isEmpty() ? List.copyOf(plex.keySet()) : sameHost;
        return candidates.stream()
                .filter(name -> plex.get(name).mode() == PlexMode.SCAN)
                .toList();
    }

    private static String hint(ArrName arr, ArrPlexConnection connection, List<String> scanned) {
        String name = connection.name() == null ? "without a name" : "'" + connection.name() + "'";
        return arr.label() + " scans Plex itself after imports (connection " + name
                + "): switch its 'Update Library' off, or set "
                + scanned.stream()
                        .map(plex -> "callsheet.instances." + plex + ".mode=observe")
                        .collect(Collectors.joining(" or "));
    }
}
