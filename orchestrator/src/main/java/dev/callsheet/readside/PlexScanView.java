package dev.callsheet.readside;

import dev.callsheet.plex.arr.ArrPlexCheck;
import java.time.Instant;
import java.util.List;

/**
 * Whether a Radarr or Sonarr scans Plex itself after imports, as its latest check found: {@code
 * scansPlex} and the connections that do, or {@code couldNotCheck} saying why the arr could not be
 * asked. Live state of this Callsheet instance, not a pipeline fact.
 */
record PlexScanView(Instant checkedAt, Boolean scansPlex, List<Connection> connections, String couldNotCheck) {

    /** A connection as the arr has it, without its token. */
    record Connection(String name, String host, Integer port) {}

    static PlexScanView of(ArrPlexCheck check) {
        return switch (check) {
            case ArrPlexCheck.Answered answered ->
                new PlexScanView(
                        answered.checkedAt(),
                        answered.scansPlex(),
                        answered.scanning().stream()
                                .map(connection ->
                                        new Connection(connection.name(), connection.host(), connection.port()))
                                .toList(),
                        null);
            case ArrPlexCheck.CouldNotCheck failed -> new PlexScanView(failed.checkedAt(), null, null, failed.reason());
        };
    }

    /** The newer of two views; either may be null. */
    static PlexScanView newer(PlexScanView one, PlexScanView other) {
        if (one == null || other == null) {
            return one == null ? other : one;
        }
        return other.checkedAt().isAfter(one.checkedAt()) ? other : one;
    }
}
