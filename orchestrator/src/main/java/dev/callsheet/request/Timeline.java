package dev.callsheet.request;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.RequestId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The timeline entries one fact writes, numbered on from the media item's last sequence. */
final class Timeline {

    private final Envelope envelope;
    private final Instant now;
    private final Map<String, String> details;
    private final List<TimelineEntry> entries = new ArrayList<>();
    private long sequence;

    Timeline(Envelope envelope, Instant now, long lastSequence) {
        this.envelope = envelope;
        this.now = now;
        this.details = Details.of(envelope.event());
        this.sequence = lastSequence;
    }

    void media(MediaProgress before, MediaProgress after) {
        add(null, after.id(), before.id(), Wording.summary(envelope.event()));
    }

    void moved(RequestId request, Step step) {
        String previous = step.from().map(RequestState::id).orElse(null);
        add(request, step.to().id(), previous, Wording.step(step, envelope.event()));
    }

    void unchanged(Request request) {
        add(request.id(), request.state().id(), request.state().id(), Wording.summary(envelope.event()));
    }

    long lastSequence() {
        return sequence;
    }

    List<TimelineEntry> entries() {
        return List.copyOf(entries);
    }

    private void add(RequestId request, String state, String previousState, String summary) {
        sequence++;
        entries.add(new TimelineEntry(
                envelope.mediaKey(),
                request,
                sequence,
                now,
                envelope.event().getClass().getSimpleName(),
                envelope.event().sourceEventType(),
                envelope.delivery().source(),
                envelope.delivery().instance(),
                envelope.delivery().id(),
                state,
                previousState,
                !state.equals(previousState),
                summary,
                details));
    }
}
