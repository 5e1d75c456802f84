package dev.callsheet.events.media;

/**
 * Someone reported, commented on, resolved or reopened a problem with the media (bad video, missing
 * subtitles). Overseerr {@code ISSUE_CREATED}, {@code ISSUE_COMMENT}, {@code ISSUE_RESOLVED}, {@code
 * ISSUE_REOPENED}. Timeline only: it does not move any state.
 *
 * @param issueType {@code VIDEO}, {@code AUDIO}, {@code SUBTITLES} or {@code OTHER}; null if not sent
 * @param message the issue's first comment, or the new comment
 */
public record IssueActivity(
        IssueChange change,
        String issueId,
        String issueType,
        String message,
        String reportedBy,
        MediaInfo media,
        String sourceEventType)
        implements MediaEvent {

    /** What happened to the issue. */
    public enum IssueChange {
        REPORTED,
        COMMENTED,
        RESOLVED,
        REOPENED
    }
}
