package dev.callsheet.intake.sonarr;

import dev.callsheet.events.SourceKind;
import dev.callsheet.intake.ParsedWebhook;
import dev.callsheet.intake.UnparseableWebhook;
import dev.callsheet.intake.VendorJson;
import dev.callsheet.intake.WebhookOrigin;
import dev.callsheet.intake.WebhookParser;
import dev.callsheet.intake.servarr.ServarrSourceEvents;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses Sonarr (v3 and v4) webhooks. {@code Test}, {@code Health}, {@code HealthRestored} and
 * {@code ApplicationUpdate} become source events. Every other event type ({@code Grab}, {@code
 * Download}, {@code SeriesAdd}, …, and types a newer Sonarr may add) is returned with its name and
 * no media events, so the pipeline records it on the source: series events are parsed in the
 * series issue. A body without {@code eventType} is not a Sonarr webhook.
 */
public final class SonarrWebhookParser implements WebhookParser {

    @Override
    public SourceKind source() {
        return SourceKind.SONARR;
    }

    @Override
    public ParsedWebhook parse(byte[] body, WebhookOrigin origin) throws UnparseableWebhook {
        return VendorJson.parse(body, SonarrWebhookParser::parse);
    }

    private static ParsedWebhook parse(ObjectNode body) throws UnparseableWebhook {
        String eventType = VendorJson.text(body, "eventType");
        if (eventType == null) {
            throw new UnparseableWebhook("no eventType: not a Sonarr webhook");
        }
        return new ParsedWebhook(eventType, List.of(), ServarrSourceEvents.read(eventType, body));
    }
}
