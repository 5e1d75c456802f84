package dev.callsheet.adapters.overseerr;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.Requester;
import java.util.List;

/**
 * The part of Overseerr's {@code MediaRequest} we read, as Overseerr 1.3x, Jellyseerr 2.x and Seerr
 * 3.x all send it: the route answers the database entity as it is, so a NOT NULL column is in every
 * answer and a nullable one is sent as null. The published spec lists only some of what the server
 * sends: {@code type}, {@code seasons}, {@code media.imdbId}, {@code media.externalServiceId} and
 * {@code displayName} are in every answer but missing from it.
 *
 * <p>Required are only the ids, the two status numbers and the media, NOT NULL in every fork; {@code
 * type} is required because a request's media type cannot be guessed. {@code is4k} is NOT NULL too,
 * but is boxed: an answer without it is a regular request.
 */
record MediaRequest(
        @JsonProperty(required = true) long id,
        @JsonProperty(required = true) int status,
        @JsonProperty(required = true) String type,
        Boolean is4k,
        List<SeasonRequest> seasons,
        User requestedBy,
        @JsonProperty(required = true) MediaInfo media) {

    /** One requested season; a movie request has none. */
    record SeasonRequest(@JsonProperty(required = true) int seasonNumber) {}

    /**
     * Overseerr's user; {@code displayName} is computed by the server from the other names. Jellyseerr
     * and Seerr add {@code jellyfinUsername} (also used for Emby), which Overseerr does not have. {@code
     * id} is the primary key every fork sends, boxed all the same: the request reads without it.
     */
    record User(
            Long id, String displayName, String username, String plexUsername, String jellyfinUsername, String email) {}

    /**
     * The requested media. {@code tvdbId} is null when TMDB knows no TVDB id for a show; {@code
     * externalServiceId} stays null until Overseerr has added the media to Radarr or Sonarr.
     */
    record MediaInfo(
            @JsonProperty(required = true) long tmdbId,
            Long tvdbId,
            String imdbId,
            Integer externalServiceId,
            @JsonProperty(required = true) int status) {}

    OverseerrRequest toRequest() {
        if (media == null) {
            throw new IllegalArgumentException("the request names no media");
        }
        return new OverseerrRequest(
                id,
                OverseerrRequestStatus.ofCode(status),
                mediaType(type),
                Boolean.TRUE.equals(is4k),
                seasons == null
                        ? List.of()
                        : seasons.stream()
                                .map(SeasonRequest::seasonNumber)
                                .sorted()
                                .distinct()
                                .toList(),
                requester(requestedBy),
                requestedBy == null || requestedBy.id() == null || requestedBy.id() <= 0 ? null : requestedBy.id(),
                new OverseerrMedia(
                        media.tmdbId(),
                        media.tvdbId() != null && media.tvdbId() > 0 ? media.tvdbId() : null,
                        blankToNull(media.imdbId()),
                        media.externalServiceId(),
                        OverseerrMediaStatus.ofCode(media.status())));
    }

    // Strict on purpose: a request for media of a kind we do not know cannot be looked up as a movie
    // or a series.
    private static MediaType mediaType(String type) {
        if ("movie".equalsIgnoreCase(type)) {
            return MediaType.MOVIE;
        }
        if ("tv".equalsIgnoreCase(type)) {
            return MediaType.SERIES;
        }
        throw new IllegalArgumentException("unknown request type '" + type + "'");
    }

    // The webhook's requestedBy_username is the display name; should a fork leave it out, the login
    // names stand in, in the order the forks compute it from.
    private static Requester requester(User user) {
        if (user == null) {
            return new Requester(null, null);
        }
        String name = blankToNull(user.displayName());
        name = name != null ? name : blankToNull(user.username());
        name = name != null ? name : blankToNull(user.plexUsername());
        name = name != null ? name : blankToNull(user.jellyfinUsername());
        return new Requester(name, blankToNull(user.email()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
