package dev.callsheet.adapters.sonarr;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of Sonarr's {@code QualityProfileResource} and {@code LanguageProfileResource} we read: the
 * id, an int and never 0 for a stored profile, so written in every version; and the name, a string.
 */
record ProfileResource(@JsonProperty(required = true) int id, String name) {

    SonarrProfile toProfile() {
        return new SonarrProfile(id, name);
    }
}
