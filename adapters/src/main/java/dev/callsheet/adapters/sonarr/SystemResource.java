package dev.callsheet.adapters.sonarr;

/**
 * The part of Sonarr's {@code SystemResource} ({@code GET /api/v3/system/status}) we read: only the
 * version, a string in every supported version ({@code "3.0.10.1567"}, {@code "4.0.14.2939"}). The
 * rest of the status changes from release to release and is ignored.
 */
record SystemResource(String version) {

    String toVersion() {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("the status names no version");
        }
        return version;
    }
}
