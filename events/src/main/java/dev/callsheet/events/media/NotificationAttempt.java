package dev.callsheet.events.media;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.RequestId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One attempt at sending a {@link dev.callsheet.events.command.SendNotification}, and how it ended:
 * the delivery log's line, and (delivered to a requester) what moves a request to {@code notified}.
 *
 * @param notificationId the notification's id (the command's)
 * @param requestId the request it was about
 * @param event the event, in the routes' words
 * @param channel the channel instance's configured name
 * @param recipient the addressee's username; null for the channel's own audience
 * @param episodes the episodes it announced; empty for a movie
 * @param attempt 1 for the first
 * @param outcome how this attempt ended
 * @param detail the channel's answer: its receipt when delivered, the reason when not; null when none
 * @param retryAt when it is tried again; null unless {@link Outcome#RETRYING}
 * @param mayBeDoubled an earlier attempt went out without an answer, on a channel that does not dedupe:
 *     the recipient may have it twice
 */
public record NotificationAttempt(
        MediaInfo media,
        String notificationId,
        RequestId requestId,
        String event,
        String channel,
        String recipient,
        List<EpisodeKey> episodes,
        int attempt,
        Outcome outcome,
        String detail,
        Instant retryAt,
        boolean mayBeDoubled,
        String sourceEventType)
        implements MediaEvent {

    /** How one attempt ended. */
    public enum Outcome {
        DELIVERED,
        RETRYING,
        GIVEN_UP
    }

    public NotificationAttempt {
        Objects.requireNonNull(notificationId, "notificationId");
        Objects.requireNonNull(outcome, "outcome");
        episodes = List.copyOf(Objects.requireNonNullElse(episodes, List.of()));
    }
}
