package dev.callsheet.normalise.overseerr;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * The default webhook template as rendered. Every value is text, because the template engine only
 * substitutes inside strings, but numbers from an edited template bind as text too. The special
 * objects are {@code null} when the notification has no such entity.
 *
 * @param image the media's poster, a TMDB image URL
 * @param extra a list of {@code {"name", "value"}} pairs ({@code "Requested Seasons": "1, 2"}); a
 *     tree, because an edited template may leave anything there, even the placeholder text
 */
record OverseerrPayload(
        @JsonProperty("notification_type") String notificationType,
        String event,
        String subject,
        String message,
        String image,
        Media media,
        Request request,
        Issue issue,
        Comment comment,
        JsonNode extra) {

    record Media(@JsonProperty("media_type") String mediaType, String tmdbId, String tvdbId) {}

    record Request(
            @JsonProperty("request_id") String requestId,
            @JsonProperty("requestedBy_username") String username,
            @JsonProperty("requestedBy_email") String email,
            @JsonProperty("requestedBy_settings_discordId") String discordId,

            @JsonProperty("requestedBy_settings_telegramChatId")
            String telegramChatId) {}

    record Issue(
            @JsonProperty("issue_id") String issueId,
            @JsonProperty("issue_type") String issueType,
            @JsonProperty("reportedBy_username") String username,
            @JsonProperty("reportedBy_email") String email) {}

    record Comment(@JsonProperty("comment_message") String message) {}
}
