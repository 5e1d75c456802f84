package dev.callsheet.normalise.download;

import dev.callsheet.events.EventJson;
import dev.callsheet.events.download.ReportedBy;
import dev.callsheet.events.download.WatcherObservation;
import dev.callsheet.events.download.WatcherObservation.ClientReachable;
import dev.callsheet.events.download.WatcherObservation.ClientUnreachable;
import dev.callsheet.events.download.WatcherObservation.JobChanged;
import dev.callsheet.events.source.HealthIssueRaised;
import dev.callsheet.events.source.HealthRestored;
import dev.callsheet.normalise.ParsedWebhook;
import dev.callsheet.normalise.UnparseableWebhook;
import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * The watchers' observations. Whether the watcher can read its client is the client's health, as a
 * check of its own ({@value #CHECK}), so that {@code /api/sources} shows it like an *arr health check.
 */
final class WatcherBodies {

    private static final String CHECK = "CallsheetWatcher";

    private WatcherBodies() {}

    static ParsedWebhook parse(byte[] body) throws UnparseableWebhook {
        return switch (read(body)) {
            case JobChanged changed ->
                ParsedWebhook.ofDownloads(changed.report().eventType(), List.of(changed.report()));
            case ClientUnreachable unreachable ->
                ParsedWebhook.ofSource(
                        eventType("unreachable"), new HealthIssueRaised("error", CHECK, unreachable.problem(), null));
            case ClientReachable reachable ->
                ParsedWebhook.ofSource(
                        eventType("reachable"),
                        new HealthRestored(CHECK, "Callsheet's watcher reads the client again"));
        };
    }

    private static WatcherObservation read(byte[] body) throws UnparseableWebhook {
        try {
            // The body starts with '{', so it is never JSON null.
            return EventJson.mapper().readValue(body, WatcherObservation.class);
        } catch (JacksonException e) {
            throw new UnparseableWebhook("not a watcher observation: " + e.getOriginalMessage(), e);
        }
    }

    /** {@code watcher:unreachable}, in the shape of a report's {@code watcher:progress}. */
    private static String eventType(String what) {
        return ReportedBy.WATCHER.id() + ":" + what;
    }
}
