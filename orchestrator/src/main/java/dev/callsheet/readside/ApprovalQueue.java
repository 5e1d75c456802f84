package dev.callsheet.readside;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.Requester;
import dev.callsheet.request.MediaProgress;
import dev.callsheet.request.RequestState;
import dev.callsheet.request.RequestView;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
     * @param requesterLast7Days requests by the same requester made in the last 7 days, this one included
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
     */
    static ApprovalQueue of(
            List<RequestView> views,
            Instant now,
            Function<MediaKey, Optional<MediaProgress>> progress,
            Function<RequestView, List<Integer>> seasons) {
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
                        madeBy(views, view.requestedBy(), now.minus(Duration.ofDays(7))),
                        madeBy(views, view.requestedBy(), now.minus(Duration.ofDays(30)))))
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

    /** Requests by the same person since {@code since}: the same user name, or the same e-mail. */
    private static long madeBy(List<RequestView> views, Requester requester, Instant since) {
        if (requester == null) {
            return 0;
        }
        return views.stream()
                .filter(view -> !view.createdAt().isBefore(since))
                .filter(view -> samePerson(requester, view.requestedBy()))
                .count();
    }

    static boolean samePerson(Requester one, Requester other) {
        if (one == null || other == null) {
            return false;
        }
        return sameText(one.username(), other.username()) || sameText(one.email(), other.email());
    }

    private static boolean sameText(String one, String other) {
        return one != null && !one.isBlank() && other != null && one.equalsIgnoreCase(Objects.requireNonNull(other));
    }
}
