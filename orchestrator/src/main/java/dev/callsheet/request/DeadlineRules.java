package dev.callsheet.request;

import dev.callsheet.events.RequestId;
import dev.callsheet.request.Attention.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which requests have stood at their stage past its deadline ({@link Deadlines}), checked as time
 * passes. A request past one gets the stage's attention, once: a later tick finding the same kind
 * due leaves it as it is, so it writes one timeline entry and changes the view once. A move clears it
 * ({@code Request.movedTo}), and the move's own entry says enough, so clearing writes nothing more.
 * A download's deadline may give way to a more precise one without a move: a download stalled past
 * {@code import} that completes and then waits past {@code import-after-download} is pending import.
 */
final class DeadlineRules {

    private DeadlineRules() {}

    /** The item with the attention raised, and each request that got one, in the item's order. */
    record Passed(MediaItem item, Map<RequestId, Attention> raised) {}

    static Passed onTick(MediaItem item, Instant now, Deadlines deadlines, PlexServers plex) {
        Map<RequestId, Request> requests = new LinkedHashMap<>(item.requests());
        Map<RequestId, Attention> raised = new LinkedHashMap<>();
        for (Request request : item.requests().values()) {
            Optional<Attention> due = due(item, request, now, deadlines, plex);
            boolean fresh = due.isPresent()
                    && (request.overdue() == null
                            || request.overdue().kind() != due.get().kind());
            if (fresh) {
                requests.put(request.id(), request.withOverdue(due.get()));
                raised.put(request.id(), due.get());
            }
        }
        return raised.isEmpty()
                ? new Passed(item, Map.of())
                : new Passed(item.withRequests(requests, item.sequence()), Collections.unmodifiableMap(raised));
    }

    /** The attention a request's stage calls for at {@code now}; empty while its deadline has not passed. */
    static Optional<Attention> due(
            MediaItem item, Request request, Instant now, Deadlines deadlines, PlexServers plex) {
        return switch (request.state()) {
            case REQUESTED ->
                request.awaitsDecision()
                        ? passed(request.since(), deadlines.decision(), now)
                                .map(at -> DeadlineWording.notDecided(request, deadlines.decision(), at))
                        : Optional.empty();
            case APPROVED, SEARCHING ->
                passed(request.since(), deadlines.grab(), now)
                        .map(at -> DeadlineWording.notGrabbed(item, request, deadlines.grab(), at));
            case DOWNLOADING -> downloading(item, request, now, deadlines);
            case IMPORTED ->
                item.attention().stream().anyMatch(a -> a.kind() == Kind.NOT_IN_LIBRARY)
                        ? Optional.empty()
                        : passed(request.since(), deadlines.available(), now)
                                .map(at ->
                                        DeadlineWording.notInLibrary(item, request, deadlines.available(), plex, at));
            case AVAILABLE, NOTIFIED, DECLINED, FAILED, CANCELLED -> Optional.empty();
        };
    }

    /** A completed download waits for its import from its completion; any other, from the grab. */
    private static Optional<Attention> downloading(MediaItem item, Request request, Instant now, Deadlines deadlines) {
        DownloadView download = item.download();
        Instant completed = download == null || download.status() == null
                ? null
                : download.status().completedAt();
        if (completed != null) {
            return passed(completed, deadlines.importAfterDownload(), now)
                    .map(at -> DeadlineWording.importPending(item, completed, deadlines.importAfterDownload(), at));
        }
        return passed(request.since(), deadlines.importing(), now)
                .map(at -> DeadlineWording.downloadStalled(item, request, deadlines.importing(), at));
    }

    /** When the deadline passed, if it has by {@code now}. */
    private static Optional<Instant> passed(Instant start, Duration deadline, Instant now) {
        if (start == null) {
            return Optional.empty();
        }
        Instant at = start.plus(deadline);
        return now.isBefore(at) ? Optional.empty() : Optional.of(at);
    }
}
