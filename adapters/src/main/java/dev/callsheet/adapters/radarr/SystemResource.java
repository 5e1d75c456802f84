package dev.callsheet.adapters.radarr;

/**
 * The part of Radarr's {@code GET /api/v3/system/status} answer we read: only the version, a string
 * in every supported version ({@code "3.2.2.5080"}, {@code "5.28.0.10274"}). Radarr v3 answers an
 * anonymous object, v4 and v5 a {@code SystemResource}; the rest changes from release to release and
 * is ignored.
 */
record SystemResource(String version) {

    String toVersion() {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("the status names no version");
        }
        return version;
    }
}
