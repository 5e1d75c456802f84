package dev.callsheet.normalise;

import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.source.SourceEvent;
import java.util.List;
import java.util.Optional;

/**
 * What one webhook said.
 *
 * @param eventType the vendor's event name ({@code Grab}, {@code MEDIA_PENDING}, {@code
 *     library.new}), recorded as the source's last event
 * @param mediaEvents facts about media items; empty for health events and ignored Plex events
 * @param unkeyedEvents facts about a series the webhook does not name by TVDB id, each with how to
 *     find it; the pipeline must resolve the key before the decider sees them (see {@link Unkeyed})
 * @param downloadReports what a download client said about its jobs, each named by download id
 *     only; the pipeline finds their media items from the grabs that named the same ids
 * @param sourceEvent a fact about the source itself (Test, Health, …), if any
 */
public record ParsedWebhook(
        String eventType,
        List<Keyed> mediaEvents,
        List<Unkeyed> unkeyedEvents,
        List<ClientReport> downloadReports,
        Optional<SourceEvent> sourceEvent) {

    public ParsedWebhook {
        mediaEvents = List.copyOf(mediaEvents);
        unkeyedEvents = List.copyOf(unkeyedEvents);
        downloadReports = List.copyOf(downloadReports);
    }

    /** A webhook whose facts, if any, all carry their key. */
    public ParsedWebhook(String eventType, List<Keyed> mediaEvents, Optional<SourceEvent> sourceEvent) {
        this(eventType, mediaEvents, List.of(), List.of(), sourceEvent);
    }

    public static ParsedWebhook ofMedia(String eventType, MediaKey key, MediaEvent event) {
        return new ParsedWebhook(eventType, List.of(new Keyed(key, event)), Optional.empty());
    }

    public static ParsedWebhook ofUnkeyed(String eventType, KeyLookup lookup, MediaEvent event) {
        return new ParsedWebhook(
                eventType, List.of(), List.of(new Unkeyed(lookup, event)), List.of(), Optional.empty());
    }

    /** A download client's report on its jobs. */
    public static ParsedWebhook ofDownloads(String eventType, List<ClientReport> reports) {
        return new ParsedWebhook(eventType, List.of(), List.of(), reports, Optional.empty());
    }

    public static ParsedWebhook ofSource(String eventType, SourceEvent event) {
        return new ParsedWebhook(eventType, List.of(), Optional.of(event));
    }

    /** A webhook that is understood but says nothing Callsheet tracks (Plex {@code media.play}). */
    public static ParsedWebhook ignored(String eventType) {
        return new ParsedWebhook(eventType, List.of(), Optional.empty());
    }

    /** A media event and the item it is about. */
    public record Keyed(MediaKey key, MediaEvent event) {}

    /**
     * A media event whose media key is not in the webhook, and how to find it. The event is complete
     * but for the key: once the pipeline knows the series' TVDB id it sends the event on unchanged,
     * keyed {@code lookup.seriesKey(tvdbId)}, in the order the facts arrived. How it learns the id
     * for each kind of {@link KeyLookup} is laid down in {@code docs/architecture.md} ("Facts that
     * arrive without a key").
     */
    public record Unkeyed(KeyLookup lookup, MediaEvent event) {}
}
