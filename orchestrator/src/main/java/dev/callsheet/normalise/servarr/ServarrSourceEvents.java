package dev.callsheet.normalise.servarr;

import static dev.callsheet.normalise.VendorJson.nonBlank;

import dev.callsheet.events.source.ApplicationUpdated;
import dev.callsheet.events.source.HealthIssueRaised;
import dev.callsheet.events.source.HealthRestored;
import dev.callsheet.events.source.SourceEvent;
import dev.callsheet.events.source.SourceTested;
import dev.callsheet.normalise.VendorJson;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The Radarr and Sonarr events that are about the app itself rather than a movie or series. Their
 * bodies are identical in both apps; only {@code applicationUrl} comes and goes, and it is not read.
 */
public final class ServarrSourceEvents {

    private ServarrSourceEvents() {}

    /**
     * The source event a body of type {@code eventType} carries, or empty when that type is about
     * media. {@code Test} is answered before anything else is read: its movie or series is fake
     * (Radarr sends {@code tmdbId} 0) and the app refuses to save a connection whose test fails.
     */
    public static Optional<SourceEvent> read(String eventType, JsonNode body) {
        return Optional.ofNullable(
                switch (eventType) {
                    case "Test" -> new SourceTested();
                    case "Health" -> {
                        HealthPayload health = VendorJson.convert(body, HealthPayload.class);
                        yield new HealthIssueRaised(
                                nonBlank(health.level()),
                                nonBlank(health.type()),
                                nonBlank(health.message()),
                                nonBlank(health.wikiUrl()));
                    }
                    case "HealthRestored" -> {
                        HealthPayload health = VendorJson.convert(body, HealthPayload.class);
                        yield new HealthRestored(nonBlank(health.type()), nonBlank(health.message()));
                    }
                    case "ApplicationUpdate" -> {
                        UpdatePayload update = VendorJson.convert(body, UpdatePayload.class);
                        yield new ApplicationUpdated(
                                nonBlank(update.previousVersion()),
                                nonBlank(update.newVersion()),
                                nonBlank(update.message()));
                    }
                    default -> null;
                });
    }
}
