package dev.callsheet.events.command;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.media.MediaEvent;
import java.util.Objects;

/**
 * Something an admin, or a rule on Callsheet's behalf, did to a media item through Callsheet's API
 * ("approve request 42"). Written to {@code inbound} before anything outside is told, so that the
 * decider turns it into commands like any other fact.
 *
 * @param actionId unique per action, and the seed of the ids of the commands it causes
 */
public record UserAction(String actionId, MediaKey mediaKey, MediaEvent event) implements OwnRecord {

    public UserAction {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(mediaKey, "mediaKey");
        Objects.requireNonNull(event, "event");
    }
}
