package dev.callsheet.request;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.media.MediaEvent;
import java.util.List;
import java.util.Objects;

/**
 * What one {@code when} decided, with lookups for the "then" part of a spec.
 *
 * @param before the item before the fact; null if it was the first
 */
record Outcome(Scenario scenario, MediaItem before, Envelope envelope, Decision decision) {

    MediaItem item() {
        return decision.state();
    }

    RequestView request(long id) {
        return item().requestView(Facts.request(id)).orElseThrow();
    }

    RequestState stateOf(long id) {
        return request(id).state();
    }

    /** The entries the fact wrote on the media item's own timeline. */
    List<TimelineEntry> mediaEntries() {
        return decision.timeline().stream().filter(e -> e.requestId() == null).toList();
    }

    TimelineEntry mediaEntry() {
        List<TimelineEntry> entries = mediaEntries();
        if (entries.size() != 1) {
            throw new AssertionError("expected one media entry, got " + entries);
        }
        return entries.getFirst();
    }

    /** The entries the fact wrote on one request's timeline. */
    List<TimelineEntry> entriesOf(long id) {
        return decision.timeline().stream()
                .filter(e -> Objects.equals(e.requestId(), Facts.request(id)))
                .toList();
    }

    TimelineEntry entryOf(long id) {
        List<TimelineEntry> entries = entriesOf(id);
        if (entries.size() != 1) {
            throw new AssertionError("expected one entry of request " + id + ", got " + entries);
        }
        return entries.getFirst();
    }

    /** Decides one more fact after this one. */
    Outcome andThen(MediaEvent fact) {
        return scenario.when(fact);
    }
}
