package dev.callsheet.adapters.overseerr;

/**
 * The part of Overseerr's {@code StatusResponse} ({@code GET /api/v1/status}) we read: only the
 * version. Overseerr, Jellyseerr and Seerr all send it as their package version ({@code "1.33.2"},
 * {@code "2.7.3"}, {@code "3.1.0"}), or {@code "develop-<commit>"} for a build from source.
 */
record StatusResponse(String version) {

    String toVersion() {
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("the status names no version");
        }
        return version;
    }
}
