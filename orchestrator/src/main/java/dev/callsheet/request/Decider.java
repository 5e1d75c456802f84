package dev.callsheet.request;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.RequestEvent;
import dev.callsheet.events.media.Requester;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pure core of the pipeline: what one fact does to one media item and its requests. No I/O, no
 * clock, no randomness: the same item, fact and time always give the same decision, so the
 * pipeline can be replayed. The media item moves first ({@code MediaRules}), then each request it
 * concerns is decided from the item's new progress ({@code RequestRules}) through {@link
 * TransitionTable}. Exact duplicates and facts that change nothing never throw: they give an empty
 * decision or "no change" entries.
 */
public final class Decider {

    private Decider() {}

    /**
     * What the passing of time does to an item: the wall-clock punctuator calls this periodically
     * for every stored item (series re-resolve their episodes so that newly aired ones join the
     * scope). Nothing yet for movies.
     *
     * @param now the punctuator's wall-clock time, passed in as data
     */
    public static Decision tick(MediaItem current, Instant now) {
        return new Decision(current, List.of(), List.of(), List.of());
    }

    /**
     * @param current the item as stored; null before its first fact
     * @param now when the fact arrived ({@code delivery.receivedAt})
     */
    public static Decision decide(MediaItem current, Envelope envelope, Instant now) {
        MediaItem before = current != null ? current : MediaItem.empty(envelope.mediaKey());
        String fingerprint = envelope.delivery().fingerprint();
        if (before.hasSeen(fingerprint)) {
            return new Decision(before, List.of(), List.of(), List.of());
        }
        MediaEvent event = envelope.event();
        MediaItem moved = MediaRules.after(before, event, now);
        Timeline timeline = new Timeline(envelope, now, before.sequence());
        timeline.media(before.progress(), moved.progress());

        Map<RequestId, Request> requests = new LinkedHashMap<>(moved.requests());
        for (RequestId id : RequestRules.concerned(moved, event)) {
            requests.put(id, evolve(requests.get(id), id, event, moved.progress(), timeline, now));
        }
        MediaItem after = moved.withRequests(requests, timeline.lastSequence()).remembering(fingerprint);
        return touched(before, after, timeline.entries(), now);
    }

    private static Request evolve(
            Request request, RequestId id, MediaEvent event, MediaProgress progress, Timeline timeline, Instant now) {
        List<Step> steps = RequestRules.steps(request, event, progress);
        if (steps.isEmpty()) {
            timeline.unchanged(request);
        }
        Request next = request;
        for (Step step : steps) {
            next = step.from().isEmpty() ? Request.opened(id, requester(event), now) : next.movedTo(step.to(), now);
            timeline.moved(id, step);
        }
        return next.withRequester(requester(event));
    }

    /** Marks each request whose view the fact changed as updated now, and reports their views. */
    private static Decision touched(MediaItem before, MediaItem after, List<TimelineEntry> timeline, Instant now) {
        Map<RequestId, Request> requests = new LinkedHashMap<>();
        List<RequestView> changed = new ArrayList<>();
        for (Request request : after.requests().values()) {
            Request current = request;
            if (!before.requestView(request.id()).equals(Optional.of(request.view(after)))) {
                current = request.touched(now);
                changed.add(current.view(after));
            }
            requests.put(current.id(), current);
        }
        return new Decision(after.withRequests(requests, after.sequence()), timeline, List.copyOf(changed), List.of());
    }

    private static Requester requester(MediaEvent event) {
        return event instanceof RequestEvent e ? e.requestedBy() : null;
    }
}
