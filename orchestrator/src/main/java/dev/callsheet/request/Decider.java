package dev.callsheet.request;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.media.DownloadReported;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.RequestEvent;
import dev.callsheet.events.media.Requester;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pure core of the pipeline: what one fact does to one media item and its requests. No I/O, no
 * clock, no randomness: the same item, fact and time always give the same decision, so the
 * pipeline can be replayed. The media item moves first ({@code MediaRules}; a series' episodes in
 * {@code EpisodeRules}, its scopes in {@code ScopeRules}), then each request it concerns is decided
 * from the item's new state through {@link TransitionTable}. Exact duplicates and facts that change
 * nothing never throw: they give an empty decision or "no change" entries.
 */
public final class Decider {

    private Decider() {}

    /**
     * What one fact does to an item.
     *
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
        MediaItem moved = ListingRules.heardFrom(MediaRules.after(before, event, now), envelope.delivery());
        String summary = null;
        if (event instanceof DownloadReported reported) {
            DownloadRules.Reported result = DownloadRules.reported(moved, reported, envelope.delivery(), now);
            if (result.milestone().isEmpty()) {
                // Progress between milestones updates the views but writes no timeline entry.
                return touched(before, result.item().remembering(fingerprint), List.of(), List.of(), now);
            }
            moved = result.item();
            summary = DownloadWording.milestone(
                    result.milestone().get(),
                    result.download(),
                    reported,
                    EpisodeRules.servedBy(moved, result.download().id()));
        }
        ScopeRules.Scoped scoped = ScopeRules.after(moved, event, now);
        MediaItem item = scoped.item();
        Timeline timeline =
                summary == null ? Timeline.of(envelope, item, now) : Timeline.of(envelope, item, now, summary);
        timeline.media(before.progress(), item.progress());

        Map<RequestId, Request> requests = new LinkedHashMap<>(item.requests());
        boolean approved = false;
        Requester requester = event instanceof RequestEvent e ? e.requestedBy() : null;
        for (RequestId id : Concern.requests(item, event, scoped.joined().keySet())) {
            Request request = requests.get(id);
            List<Step> steps = RequestRules.steps(request, event, item.stageFor(id), scoped.grew(id));
            approved |= steps.stream().anyMatch(step -> step.to() == RequestState.APPROVED);
            Request next = evolve(request, id, steps, timeline, scoped.joined(id), requester, now);
            requests.put(id, next.withRequester(requester));
        }
        MediaItem after = item.withRequests(requests, timeline.lastSequence()).remembering(fingerprint);
        List<Command> commands =
                approved ? ListingRules.onApproval(after, envelope.delivery().id()) : List.of();
        return touched(before, ListingRules.asked(after, commands, now), timeline.entries(), commands, now);
    }

    /**
     * What the passing of time does to an item; the wall-clock punctuator calls this periodically
     * for every stored item. For a series, episodes whose air date has come are searched for and
     * join the scopes of their requests, which follow them (an available request goes back to
     * where they stand); and while any request is handed over to Sonarr, its episode list is asked
     * for again once {@code relistEvery} has passed since the last ask. Nothing for a movie.
     *
     * @param now the punctuator's wall-clock time, passed in as data
     * @param relistEvery how long after the last ask for the episode list to ask again
     */
    public static Decision tick(MediaItem current, Instant now, Duration relistEvery) {
        ScopeRules.Scoped scoped = ScopeRules.after(current, null, now);
        MediaItem item = scoped.item();
        List<Command> commands = ListingRules.onTick(item, now, relistEvery);
        List<EpisodeKey> aired = newlyAired(current, item);
        if (aired.isEmpty() && scoped.joined().isEmpty()) {
            return new Decision(ListingRules.asked(current, commands, now), List.of(), List.of(), commands);
        }
        Timeline timeline = Timeline.ofTick(item, aired.isEmpty() ? allJoined(scoped) : aired, now);
        timeline.media(current.progress(), item.progress());
        Map<RequestId, Request> requests = new LinkedHashMap<>(item.requests());
        for (RequestId id : scoped.joined().keySet()) {
            Request request = requests.get(id);
            if (request == null) {
                continue;
            }
            List<Step> steps = RequestRules.stepsOverTime(request, item.stageFor(id), true);
            requests.put(id, evolve(request, id, steps, timeline, scoped.joined(id), null, now));
        }
        MediaItem after = item.withRequests(requests, timeline.lastSequence());
        return touched(current, ListingRules.asked(after, commands, now), timeline.entries(), commands, now);
    }

    private static Request evolve(
            Request request,
            RequestId id,
            List<Step> steps,
            Timeline timeline,
            List<EpisodeKey> joined,
            Requester requester,
            Instant now) {
        if (steps.isEmpty()) {
            timeline.unchanged(request, joined);
        }
        Request next = request;
        for (Step step : steps) {
            next = step.from().isEmpty() ? Request.opened(id, requester, now) : next.movedTo(step.to(), now);
            timeline.moved(id, step, joined);
        }
        return next;
    }

    /** The episodes the passing of time took from wanted to searching. */
    private static List<EpisodeKey> newlyAired(MediaItem before, MediaItem after) {
        return after.series().episodes().entrySet().stream()
                .filter(entry -> entry.getValue().state() != stateOf(before, entry.getKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static EpisodeState stateOf(MediaItem item, EpisodeKey key) {
        Episode episode = item.series().episodes().get(key);
        return episode == null ? null : episode.state();
    }

    private static List<EpisodeKey> allJoined(ScopeRules.Scoped scoped) {
        return scoped.joined().values().stream()
                .flatMap(List::stream)
                .distinct()
                .sorted()
                .toList();
    }

    /** Marks each request whose view the fact changed as updated now, and reports their views. */
    private static Decision touched(
            MediaItem before, MediaItem after, List<TimelineEntry> timeline, List<Command> commands, Instant now) {
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
        return new Decision(after.withRequests(requests, after.sequence()), timeline, List.copyOf(changed), commands);
    }
}
