package dev.callsheet.request;

import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.UnreadableAnswer;

/** How a command's failed attempt reads on the timeline and in the attention it may leave. */
final class CommandWording {

    private static final String RESOLVE = "ResolveSeriesEpisodes";

    private CommandWording() {}

    static String attemptFailed(CommandAttemptFailed e) {
        if (e.retryIn() != null) {
            return "%s failed (%s), retrying in %d s"
                    .formatted(e.command(), why(e), e.retryIn().toSeconds());
        }
        return "%s gave up after attempt %d: %s%s".formatted(e.command(), e.attempt(), why(e), next(e));
    }

    /** The attention's message: what stopped, and what happens next. */
    static String givenUp(CommandAttemptFailed e) {
        return e.command() + " was given up: " + why(e) + next(e);
    }

    // The reason already names the service, its URL, the call and the field; the version is what it lacks.
    private static String why(CommandAttemptFailed e) {
        UnreadableAnswer answer = e.unreadable();
        if (answer == null) {
            return e.reason();
        }
        String version = answer.version() == null ? "not known" : answer.version();
        return "%s (%s version %s)".formatted(e.reason(), answer.service(), version);
    }

    private static String next(CommandAttemptFailed e) {
        return RESOLVE.equals(e.command()) ? "; the episode list is asked for again within the hour" : "";
    }
}
