package dev.callsheet.intake;

import dev.callsheet.events.MediaKey;
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
 * @param sourceEvent a fact about the source itself (Test, Health, …), if any
 */
public record ParsedWebhook(String eventType, List<Keyed> mediaEvents, Optional<SourceEvent> sourceEvent) {

    public ParsedWebhook {
        mediaEvents = List.copyOf(mediaEvents);
    }

    public static ParsedWebhook ofMedia(String eventType, MediaKey key, MediaEvent event) {
        return new ParsedWebhook(eventType, List.of(new Keyed(key, event)), Optional.empty());
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
}
