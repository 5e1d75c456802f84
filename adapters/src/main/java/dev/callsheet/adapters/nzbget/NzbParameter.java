package dev.callsheet.adapters.nzbget;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** One post-processing parameter of an NZB, as {@code listgroups} and {@code history} list them. */
record NzbParameter(
        @JsonProperty("Name") String name,
        @JsonProperty("Value") String value) {

    /** The parameter in which Radarr and Sonarr store the id they know the job by. */
    static final String DRONE = "drone";

    /**
     * The id the *arr apps store for a job: their {@code drone} parameter, or NZBGet's own NZBID for
     * jobs added without it (by a person, or by an *arr app too old to set it).
     */
    static String jobId(long nzbId, List<NzbParameter> parameters) {
        if (parameters != null) {
            for (NzbParameter parameter : parameters) {
                if (DRONE.equals(parameter.name())
                        && parameter.value() != null
                        && !parameter.value().isBlank()) {
                    return parameter.value();
                }
            }
        }
        return Long.toString(nzbId);
    }

    /** NZBGet's 64-bit sizes come as two unsigned 32-bit halves. */
    static long bytes(long low, long high) {
        return (high << 32) | (low & 0xFFFF_FFFFL);
    }
}
