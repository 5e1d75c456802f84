package dev.callsheet.normalise.plex;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The parts of a Plex webhook Callsheet reads. Plex capitalises its object names. */
record PlexPayload(
        String event,
        @JsonProperty("Server") Server server,
        @JsonProperty("Metadata") Metadata metadata) {

    record Server(String title) {}

    /**
     * @param guid the agent's own id: {@code plex://movie/…} for new agents, a URI holding the TMDB,
     *     IMDb or TVDB id for legacy ones
     * @param guids new agents only: the external ids ({@code tmdb://693134}) of the item itself, so
     *     an episode's belong to the episode, not its series; the same name as {@code guid} but for
     *     the capital G, which is why property matching stays case-sensitive
     * @param index the episode number of an episode
     * @param parentIndex the season number of an episode
     * @param grandparentTitle the series title of an episode
     * @param grandparentRatingKey the series' Plex id of an episode
     * @param originallyAvailableAt the first air or release date, {@code yyyy-MM-dd}
     */
    record Metadata(
            String type,
            String title,
            Integer year,
            String ratingKey,
            String librarySectionTitle,
            String guid,
            @JsonProperty("Guid") List<Guid> guids,
            Integer index,
            Integer parentIndex,
            String grandparentTitle,
            String grandparentRatingKey,
            String originallyAvailableAt) {}

    record Guid(String id) {}
}
