package dev.callsheet.pipeline;

import dev.callsheet.events.EventJson;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.WatcherObservation;
import dev.callsheet.intake.ParsedWebhook;
import dev.callsheet.intake.UnparseableWebhook;
import dev.callsheet.intake.WebhookOrigin;
import dev.callsheet.intake.WebhookParser;
import java.util.List;
import tools.jackson.core.JacksonException;

/** Stands in for qBittorrent's parser: reads the bodies its watcher writes to {@code inbound}. */
final class WatcherBodyParser implements WebhookParser {

    @Override
    public SourceKind source() {
        return SourceKind.QBITTORRENT;
    }

    @Override
    public ParsedWebhook parse(byte[] body, WebhookOrigin origin) throws UnparseableWebhook {
        try {
            return switch (EventJson.mapper().readValue(body, WatcherObservation.class)) {
                case WatcherObservation.JobChanged changed ->
                    ParsedWebhook.ofDownloads(changed.report().eventType(), List.of(changed.report()));
                case WatcherObservation.ClientUnreachable unreachable -> ParsedWebhook.ignored("unreachable");
                case WatcherObservation.ClientReachable reachable -> ParsedWebhook.ignored("reachable");
            };
        } catch (JacksonException e) {
            throw new UnparseableWebhook("not a watcher observation: " + e.getMessage());
        }
    }
}
