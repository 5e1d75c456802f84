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

    /**
     * Runs at every tick for every item: a request whose deadline passed before is worded again only
     * when another kind is due, and nothing is copied unless some request has a deadline newly passed.
     */
    static Passed onTick(MediaItem item, Instant now, Deadlines deadlines, PlexServers plex) {
        Map<RequestId, Attention> raised = new LinkedHashMap<>();
        for (Request request : item.requests().values()) {
            due(item, request, now, deadlines)
                    .filter(kind ->
                            request.overdue() == null || request.overdue().kind() != kind)
                    .ifPresent(kind -> raised.put(request.id(), worded(kind, item, request, deadlines, plex)));
        }
        if (raised.isEmpty()) {
            return new Passed(item, Map.of());
        }
        Map<RequestId, Request> requests = new LinkedHashMap<>(item.requests());
        raised.forEach((id, attention) -> requests.put(id, requests.get(id).withOverdue(attention)));
        return new Passed(item.withRequests(requests, item.sequence()), Collections.unmodifiableMap(raised));
    }

    /** The kind of deadline a request has passed at {@code now} at its stage; empty while none has. */
    static Optional<Kind> due(MediaItem item, Request request, Instant now, Deadlines deadlines) {
        return switch (request.state()) {
            case REQUESTED ->
                request.awaitsDecision() && passed(request.since(), deadlines.decision(), now)
                        ? Optional.of(Kind.NOT_DECIDED)
                        : Optional.empty();
            case APPROVED, SEARCHING ->
                passed(request.since(), deadlines.grab(), now) ? Optional.of(Kind.NOT_GRABBED) : Optional.empty();
            case DOWNLOADING -> {
                Instant completed = completedAt(item);
                if (completed != null) {
                    yield passed(completed, deadlines.importAfterDownload(), now)
                            ? Optional.of(Kind.IMPORT_PENDING)
                            : Optional.empty();
                }
                yield passed(request.since(), deadlines.importing(), now)
                        ? Optional.of(Kind.DOWNLOAD_STALLED)
                        : Optional.empty();
            }
            case IMPORTED ->
                // Plex's own confirmation says more about the same file.
                item.attention().stream().noneMatch(a -> a.kind() == Kind.NOT_IN_LIBRARY)
                                && passed(request.since(), deadlines.available(), now)
                        ? Optional.of(Kind.NOT_IN_LIBRARY)
                        : Optional.empty();
            case AVAILABLE, NOTIFIED, DECLINED, FAILED, CANCELLED -> Optional.empty();
        };
    }

    /** The attention of a passed deadline, since the moment it passed. */
    private static Attention worded(Kind kind, MediaItem item, Request request, Deadlines deadlines, PlexServers plex) {
        return switch (kind) {
            case NOT_DECIDED ->
                DeadlineWording.notDecided(
                        request, deadlines.decision(), request.since().plus(deadlines.decision()));
            case NOT_GRABBED ->
                DeadlineWording.notGrabbed(
                        item, request, deadlines.grab(), request.since().plus(deadlines.grab()));
            case DOWNLOAD_STALLED ->
                DeadlineWording.downloadStalled(
                        item, request, deadlines.importing(), request.since().plus(deadlines.importing()));
            case IMPORT_PENDING ->
                DeadlineWording.importPending(
                        item,
                        completedAt(item),
                        deadlines.importAfterDownload(),
                        completedAt(item).plus(deadlines.importAfterDownload()));
            case NOT_IN_LIBRARY ->
                DeadlineWording.notInLibrary(
                        item,
                        request,
                        deadlines.available(),
                        plex,
                        request.since().plus(deadlines.available()));
            default -> throw new IllegalArgumentException(kind + " is no deadline's");
        };
    }

    /** When the client first said the item's download completed; null before, or with no download. */
    private static Instant completedAt(MediaItem item) {
        DownloadView download = item.download();
        return download == null || download.status() == null
                ? null
                : download.status().completedAt();
    }

    /** Whether the deadline counted from {@code start} has passed by {@code now}. */
    private static boolean passed(Instant start, Duration deadline, Instant now) {
        return start != null && !now.isBefore(start.plus(deadline));
    }
}
