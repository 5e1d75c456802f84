package dev.callsheet.readside;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.Requester;
import dev.callsheet.request.MediaProgress;
import dev.callsheet.request.RequestState;
import dev.callsheet.request.RequestView;
import dev.callsheet.request.RequesterLedger;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code GET /api/approvals}: the requests waiting for a decision, oldest first, each with what helps
 * to decide it.
 */
record ApprovalQueue(List<Waiting> approvals) {

    /**
     * One waiting request.
     *
     * @param posterUrl an http(s) URL of the media's poster, when the source gave one; null otherwise
     * @param waitingSince when the request was made
     * @param seasons the season numbers a series request asks for; empty for a movie, or when not known
     * @param mediaState where the media stands beside this request: {@code UNKNOWN} when nothing else is
     *     known of it, {@code ADDED} when the *arr app has it, up to {@code AVAILABLE} when it is in
     *     the library; null when this instance does not hold the media item
     * @param otherRequests the other open requests (neither declined nor cancelled) for the same media
     * @param requesterLast7Days requests by the same requester (user name or e-mail) Callsheet heard of in
     *     the last 7 days, this one included, as the requester ledger counts them for the approval rules
     */
    record Waiting(
            RequestId id,
            MediaKey mediaKey,
            MediaInfo media,
            String posterUrl,
            Requester requestedBy,
            boolean fourK,
            List<Integer> seasons,
            Instant waitingSince,
            MediaProgress mediaState,
            List<Other> otherRequests,
            long requesterLast7Days,
            long requesterLast30Days) {}

    /** Another request for the same media, and where it stands. */
    record Other(RequestId id, Requester requestedBy, RequestState state) {}

    /**
     * The queue from every request's view.
     *
     * @param progress where a media item stands, when this instance holds it
     * @param seasons a series request's seasons
     * @param ledger the requester's ledger, the pipeline's count of the requests each person made
     */
    static ApprovalQueue of(
            List<RequestView> views,
            Instant now,
            Function<MediaKey, Optional<MediaProgress>> progress,
            Function<RequestView, List<Integer>> seasons,
            Function<Requester, RequesterLedger> ledger) {
        List<Waiting> waiting = views.stream()
                .filter(RequestView::awaitsDecision)
                .sorted(Comparator.comparing(RequestView::createdAt)
                        .thenComparing(view -> view.id().value()))
                .map(view -> new Waiting(
                        view.id(),
                        view.mediaKey(),
                        view.media(),
                        view.posterUrl(),
                        view.requestedBy(),
                        view.mediaKey().fourK(),
                        seasons.apply(view),
                        view.createdAt(),
                        progress.apply(view.mediaKey()).orElse(null),
                        others(views, view),
                        ledger.apply(view.requestedBy()).madeBetween(now.minus(Duration.ofDays(7)), now, null),
                        ledger.apply(view.requestedBy()).madeBetween(now.minus(Duration.ofDays(30)), now, null)))
                .toList();
        return new ApprovalQueue(waiting);
    }

    private static List<Other> others(List<RequestView> views, RequestView view) {
        return views.stream()
                .filter(other ->
                        other.mediaKey().equals(view.mediaKey()) && !other.id().equals(view.id()))
                .filter(other -> other.state() != RequestState.DECLINED && other.state() != RequestState.CANCELLED)
                .sorted(Comparator.comparing(RequestView::createdAt))
                .map(other -> new Other(other.id(), other.requestedBy(), other.state()))
                .toList();
    }
}
