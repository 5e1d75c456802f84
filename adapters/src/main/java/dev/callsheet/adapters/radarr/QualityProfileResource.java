package dev.callsheet.adapters.radarr;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of Radarr's {@code QualityProfileResource} we read. A stored profile's {@code id} is never
 * 0, the only id Radarr leaves out, so it is required; the name is a string, left out when null.
 */
record QualityProfileResource(@JsonProperty(required = true) int id, String name) {

    QualityProfile toProfile() {
        return new QualityProfile(id, name == null || name.isBlank() ? null : name);
    }
}
