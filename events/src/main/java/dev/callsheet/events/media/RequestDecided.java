package dev.callsheet.events.media;

import dev.callsheet.events.RequestId;
import java.time.Instant;

/**
 * A waiting request was decided in Callsheet: by an admin through the API or a one-tap link, or by an
 * approval rule. For a request that came from Overseerr (or Jellyseerr, Seerr) the decision is carried
 * to it, and its own webhook then moves the request; a request made in Callsheet moves at once.
 *
 * @param decisionId unique per decision; the commands it causes derive their ids from it
 * @param decidedBy the admin's name, or {@code rule <name>} for an approval rule
 * @param reason why, as the admin or the rule gave it; null when none was given
 * @param rule the approval rule that decided; null for an admin's decision
 */
public record RequestDecided(
        MediaInfo media,
        RequestId requestId,
        String decisionId,
        Verdict verdict,
        String decidedBy,
        String reason,
        String rule,
        Instant decidedAt,
        String sourceEventType)
        implements MediaEvent {

    /** The decision's wording in {@code sourceEventType}. */
    public static final String APPROVE = "approve";

    public static final String DECLINE = "decline";

    /** What was decided. */
    public enum Verdict {
        APPROVE,
        DECLINE
    }
}
