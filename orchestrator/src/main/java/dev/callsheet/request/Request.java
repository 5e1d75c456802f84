package dev.callsheet.request;

import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.Requester;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One request inside a media item, with its own state. Several requests can share one item (two
 * users asking for the same movie); each moves through {@link TransitionTable} on its own.
 *
 * @param requestedBy who asked; null until a fact says
 * @param since when it entered {@code state}
 * @param updatedAt when its view last changed
 * @param origin the request manager instance (Overseerr, Jellyseerr, Seerr) it came from, which a
 *     decision made in Callsheet is carried to; null for a request made in Callsheet, or one first
 *     heard of from another source
 * @param decision a decision made in Callsheet and not yet followed by the request manager; null when
 *     none is waiting
 * @param overdue the deadline of its stage that passed ({@code DeadlineRules}); null while none has.
 *     It is the request's own, not the media item's: each request has its own clock, and a request
 *     waiting for a decision shows no item attention. A move clears it.
 * @param order what Callsheet adds to the arr once a request made in Callsheet is approved; null for
 *     a request from a request manager, which adds the media itself
 * @param posterUrl an http(s) URL of the media's poster, from the fact that opened the request; null
 *     when the source gave none
 */
public record Request(
        RequestId id,
        Requester requestedBy,
        RequestState state,
        Instant since,
        Instant createdAt,
        Instant updatedAt,
        String origin,
        PendingDecision decision,
        Attention overdue,
        AddOrder order,
        String posterUrl) {

    static Request opened(RequestId id, Requester requestedBy, Instant now) {
        return new Request(id, requestedBy, RequestState.REQUESTED, now, now, now, null, null, null, null, null);
    }

    /**
     * A move ends any decision waiting (the request manager has followed it, or decided otherwise)
     * and any deadline passed: the next stage has its own clock.
     */
    Request movedTo(RequestState next, Instant now) {
        return new Request(id, requestedBy, next, now, createdAt, now, origin, null, null, order, posterUrl);
    }

    Request touched(Instant now) {
        return new Request(id, requestedBy, state, since, createdAt, now, origin, decision, overdue, order, posterUrl);
    }

    /** Keeps the requester already known; a later fact only fills the gap. */
    Request withRequester(Requester requester) {
        return requestedBy != null || requester == null
                ? this
                : new Request(
                        id, requester, state, since, createdAt, updatedAt, origin, decision, overdue, order, posterUrl);
    }

    /**
     * The requester with the Discord id and Telegram chat id the request manager's settings gave, where
     * nothing gave one yet: the webhook's own fields stay first.
     */
    Request withAddresses(String discordId, String telegramChatId) {
        if (requestedBy == null) {
            return this;
        }
        var addressed = new Requester(
                requestedBy.username(),
                requestedBy.email(),
                requestedBy.discordId() != null ? requestedBy.discordId() : discordId,
                requestedBy.telegramChatId() != null ? requestedBy.telegramChatId() : telegramChatId);
        return addressed.equals(requestedBy)
                ? this
                : new Request(
                        id, addressed, state, since, createdAt, updatedAt, origin, decision, overdue, order, posterUrl);
    }

    /** Keeps the origin already known; a later fact only fills the gap. */
    Request withOrigin(String instance) {
        return origin != null || instance == null
                ? this
                : new Request(
                        id,
                        requestedBy,
                        state,
                        since,
                        createdAt,
                        updatedAt,
                        instance,
                        decision,
                        overdue,
                        order,
                        posterUrl);
    }

    /** Keeps the order already known; a later fact only fills the gap. */
    Request withOrder(AddOrder made) {
        return order != null || made == null
                ? this
                : new Request(
                        id,
                        requestedBy,
                        state,
                        since,
                        createdAt,
                        updatedAt,
                        origin,
                        decision,
                        overdue,
                        made,
                        posterUrl);
    }

    /** Keeps the poster already known; a later fact only fills the gap. */
    Request withPoster(String url) {
        return posterUrl != null || url == null
                ? this
                : new Request(
                        id, requestedBy, state, since, createdAt, updatedAt, origin, decision, overdue, order, url);
    }

    /** Whether Callsheet itself made the request, and adds its media to the arr once approved. */
    boolean madeHere() {
        return order != null;
    }

    /** A decision made in Callsheet answers a request's {@code NOT_DECIDED}: someone has looked. */
    Request withDecision(PendingDecision pending) {
        Attention kept = pending == null ? overdue : null;
        return new Request(
                id, requestedBy, state, since, createdAt, updatedAt, origin, pending, kept, order, posterUrl);
    }

    Request withOverdue(Attention passed) {
        return new Request(
                id, requestedBy, state, since, createdAt, updatedAt, origin, decision, passed, order, posterUrl);
    }

    /** Waiting for a decision, and none made in Callsheet is on its way. */
    public boolean awaitsDecision() {
        return state == RequestState.REQUESTED && decision == null;
    }

    /** Declined and cancelled requests are over: media facts no longer concern them. */
    boolean followsMedia() {
        return switch (state) {
            case DECLINED, CANCELLED -> false;
            case REQUESTED, APPROVED, SEARCHING, DOWNLOADING, IMPORTED, AVAILABLE, NOTIFIED, FAILED -> true;
        };
    }

    /** Once approved, the media item's download and attention are the request's too. */
    boolean pastApproval() {
        return switch (state) {
            case APPROVED, SEARCHING, DOWNLOADING, IMPORTED, AVAILABLE, NOTIFIED -> true;
            case REQUESTED, DECLINED, FAILED, CANCELLED -> false;
        };
    }

    /**
     * This request as {@code item} shows it. Its attention is the item's (once the item's download is
     * the request's), then its own passed deadline unless the item already shows one of that kind:
     * Plex's own {@code NOT_IN_LIBRARY} says more about the same file.
     */
    public RequestView view(MediaItem item) {
        // A request failed by its download still shows that download and why it failed.
        boolean shared = pastApproval() || (state == RequestState.FAILED && item.download() != null);
        List<Attention> attention = shared ? item.attention() : List.of();
        if (overdue != null && attention.stream().noneMatch(a -> a.kind() == overdue.kind())) {
            attention = new ArrayList<>(attention);
            attention.add(overdue);
        }
        return new RequestView(
                id,
                item.key(),
                item.media(),
                requestedBy,
                state,
                since,
                createdAt,
                updatedAt,
                shared ? item.download() : null,
                List.copyOf(attention),
                item.plex().places(),
                item.episodeProgress(id),
                decision,
                posterUrl);
    }
}
