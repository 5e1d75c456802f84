package dev.callsheet.request;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.RequestDecided;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The timeline entries one fact (or one tick of the clock) writes, numbered on from the media
 * item's last sequence. Every entry of one fact shares its summary and details.
 */
final class Timeline {

    /** What a tick's entries are called: no outside fact, only the passing of air dates. */
    static final String AIRED = "EpisodesAired";

    /** What the entry of a request past a deadline is called: no outside fact, only the passing of time. */
    static final String DEADLINE_PASSED = "DeadlinePassed";

    private final MediaKey mediaKey;
    private final MediaEvent event;
    private final String eventName;
    private final Envelope envelope;
    private final Instant now;
    private final String summary;
    private final Map<String, String> details;
    private final List<TimelineEntry> entries = new ArrayList<>();
    private long sequence;

    private Timeline(
            MediaKey mediaKey,
            MediaEvent event,
            String eventName,
            Envelope envelope,
            String summary,
            Map<String, String> details,
            Instant now,
            long lastSequence) {
        this.mediaKey = mediaKey;
        this.event = event;
        this.eventName = eventName;
        this.envelope = envelope;
        this.now = now;
        this.summary = summary;
        this.details = details;
        this.sequence = lastSequence;
    }

    /** The entries of one fact, summed up as it left {@code item}. */
    static Timeline of(Envelope envelope, MediaItem item, Instant now) {
        return of(envelope, item, now, Wording.summary(envelope.event(), item));
    }

    /** The entries of one fact with its own summary (a download's milestone). */
    static Timeline of(Envelope envelope, MediaItem item, Instant now, String summary) {
        MediaEvent event = envelope.event();
        return new Timeline(
                envelope.mediaKey(),
                event,
                event.getClass().getSimpleName(),
                envelope,
                summary,
                Details.of(event),
                now,
                item.sequence());
    }

    /** The entries of a tick that found episodes newly aired. */
    static Timeline ofTick(MediaItem item, List<EpisodeKey> aired, Instant now) {
        return new Timeline(
                item.key(),
                null,
                AIRED,
                null,
                EpisodeWording.aired(aired),
                Map.of("episodes", EpisodeWording.keys(aired)),
                now,
                item.sequence());
    }

    /** The entries of a tick that found requests past a deadline, numbered on from {@code lastSequence}. */
    static Timeline ofDeadlines(MediaKey mediaKey, long lastSequence, Instant now) {
        return new Timeline(mediaKey, null, DEADLINE_PASSED, null, null, Map.of(), now, lastSequence);
    }

    void media(MediaProgress before, MediaProgress after) {
        add(null, after.id(), before.id(), summary);
    }

    void moved(RequestId request, Step step, List<EpisodeKey> joined) {
        String previous = step.from().map(RequestState::id).orElse(null);
        boolean again = step.cause() == Step.Cause.NEW_EPISODES;
        add(
                request,
                step.to().id(),
                previous,
                EpisodeWording.joining(Wording.step(step, event, summary), joined, again));
    }

    void unchanged(Request request, List<EpisodeKey> joined) {
        add(request.id(), request.state().id(), request.state().id(), EpisodeWording.joining(summary, joined, false));
    }

    /**
     * An entry of its own for a decision the fact caused (an approval rule's on the request it
     * submitted), after the fact's entry: named and worded as the decision.
     */
    void decided(Request request, RequestDecided decided) {
        decided(request.state(), request, decided);
    }

    /**
     * The entry of a decision that moved the request from {@code from}: a rule's on a request made in
     * Callsheet, which no request manager moves.
     */
    void decided(RequestState from, Request request, RequestDecided decided) {
        add(
                request.id(),
                request.state().id(),
                from.id(),
                decided.getClass().getSimpleName(),
                decided.sourceEventType(),
                DecisionWording.decided(decided),
                Details.of(decided));
    }

    /** The one entry of a request whose stage's deadline passed: the attention's words, the state unchanged. */
    void overdue(Request request, Attention attention) {
        String state = request.state().id();
        add(
                request.id(),
                state,
                state,
                eventName,
                null,
                attention.message(),
                Map.of("attention", attention.kind().name()));
    }

    long lastSequence() {
        return sequence;
    }

    List<TimelineEntry> entries() {
        return List.copyOf(entries);
    }

    private void add(RequestId request, String state, String previousState, String text) {
        add(request, state, previousState, eventName, event == null ? null : event.sourceEventType(), text, details);
    }

    private void add(
            RequestId request,
            String state,
            String previousState,
            String name,
            String sourceEvent,
            String text,
            Map<String, String> entryDetails) {
        sequence++;
        entries.add(new TimelineEntry(
                mediaKey,
                request,
                sequence,
                now,
                name,
                sourceEvent,
                envelope == null ? null : envelope.delivery().source(),
                envelope == null ? null : envelope.delivery().instance(),
                envelope == null ? null : envelope.delivery().id(),
                state,
                previousState,
                !state.equals(previousState),
                text,
                entryDetails));
    }
}
