package dev.callsheet.adapters.sonarr;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of Sonarr's {@code RootFolderResource} we read, the same from v3.0.5 to v4: {@code id} (an
 * int, never 0 for a stored folder), {@code path}, {@code accessible} (a bool) and {@code freeSpace} (a
 * {@code long?}, left out when Sonarr cannot tell).
 */
record RootFolderResource(@JsonProperty(required = true) int id, String path, Boolean accessible, Long freeSpace) {

    SonarrRootFolder toRootFolder() {
        return new SonarrRootFolder(id, path, Boolean.TRUE.equals(accessible), freeSpace);
    }
}
