package dev.callsheet.adapters.radarr;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of Radarr's {@code RootFolderResource} we read, the same in v3, v4 and v5. A stored root
 * folder's {@code id} is never 0, the only id Radarr leaves out, so it is required. {@code freeSpace}
 * is a nullable long, left out when Radarr cannot tell; {@code accessible}, a bool Radarr always
 * writes, is boxed like the rest.
 */
record RootFolderResource(@JsonProperty(required = true) int id, String path, Boolean accessible, Long freeSpace) {

    RootFolder toRootFolder() {
        return new RootFolder(
                id, path == null || path.isBlank() ? null : path, Boolean.TRUE.equals(accessible), freeSpace);
    }
}
