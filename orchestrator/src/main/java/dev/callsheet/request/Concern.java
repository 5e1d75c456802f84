package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.AddedToLibrary;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.DownloadReported;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.EpisodeFileDeleted;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.EpisodesGrabbed;
import dev.callsheet.events.media.EpisodesImported;
import dev.callsheet.events.media.EpisodesResolved;
import dev.callsheet.events.media.IssueActivity;
import dev.callsheet.events.media.LibraryItemAdded;
import dev.callsheet.events.media.ManualInteractionRequired;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.MovieAdded;
import dev.callsheet.events.media.MovieDeleted;
import dev.callsheet.events.media.MovieFileDeleted;
import dev.callsheet.events.media.MovieImported;
import dev.callsheet.events.media.MovieRenamed;
import dev.callsheet.events.media.NamedEpisodes;
import dev.callsheet.events.media.NotificationAttempt;
import dev.callsheet.events.media.OverseerrDecisionSent;
import dev.callsheet.events.media.PlexConfirmed;
import dev.callsheet.events.media.PlexItemFound;
import dev.callsheet.events.media.PlexNotConfirmed;
import dev.callsheet.events.media.PlexScanRequested;
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.events.media.RequestApproved;
import dev.callsheet.events.media.RequestAutoApproved;
import dev.callsheet.events.media.RequestAvailable;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.events.media.RequestDeclined;
import dev.callsheet.events.media.RequestFailed;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.RequesterAddressed;
import dev.callsheet.events.media.SearchChecked;
import dev.callsheet.events.media.SearchStarted;
import dev.callsheet.events.media.SeriesAdded;
import dev.callsheet.events.media.SeriesDeleted;
import dev.callsheet.events.media.SeriesRenamed;
import dev.callsheet.events.media.Subscribed;
import dev.callsheet.events.media.UnrecognisedEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which requests of an item a fact concerns, and so gets an entry on their timelines. Several
 * requests share a series: a fact about some episodes concerns only the requests whose seasons hold
 * one of them. A client's report on a download concerns only the requests handed over to the *arr app.
 */
final class Concern {

    private Concern() {}

    /**
     * The request a decision names; else every request still following the item that the fact
     * touches, or whose scope the fact grew ({@code grown}).
     */
    static List<RequestId> requests(MediaItem item, MediaEvent event, Set<RequestId> grown) {
        if (event instanceof RequestDecided
                || event instanceof OverseerrDecisionSent
                || event instanceof AddedToLibrary) {
            // Decided in Callsheet: only a request it knows can have been decided.
            return item.requests().values().stream()
                    .filter(request -> DecisionRules.concerns(request, event))
                    .map(Request::id)
                    .toList();
        }
        if (event instanceof NotificationAttempt attempt) {
            // About the request Callsheet told of, and every other request of the person it told.
            return item.requests().values().stream()
                    .filter(request -> request.id().equals(attempt.requestId()) || NoticeRules.toldTo(request, attempt))
                    .map(Request::id)
                    .toList();
        }
        if (event instanceof Subscribed subscribed) {
            // Someone asked to hear of a request: only one the item knows.
            return item.requests().containsKey(subscribed.requestId()) ? List.of(subscribed.requestId()) : List.of();
        }
        if (event instanceof RequesterAddressed addressed) {
            // An answer about one request's requester: only a request the item knows.
            return item.requests().containsKey(addressed.requestId()) ? List.of(addressed.requestId()) : List.of();
        }
        return named(event).map(List::of).orElseGet(() -> item.requests().values().stream()
                .filter(Request::followsMedia)
                .filter(request -> grown.contains(request.id()) || touches(item, request, event))
                .map(Request::id)
                .toList());
    }

    /**
     * The request a fact is a decision about, opened if it was not heard of: a missed webhook must
     * not lose a request. Availability is the media item's, so it concerns every request.
     */
    static Optional<RequestId> named(MediaEvent event) {
        return switch (event) {
            case RequestSubmitted e -> Optional.of(e.requestId());
            case RequestAutoApproved e -> Optional.of(e.requestId());
            case RequestApproved e -> Optional.of(e.requestId());
            case RequestDeclined e -> Optional.of(e.requestId());
            case RequestFailed e -> Optional.of(e.requestId());
            case RequestAvailable e -> Optional.empty();
            case IssueActivity e -> Optional.empty();
            case MovieAdded e -> Optional.empty();
            case ReleaseGrabbed e -> Optional.empty();
            case MovieImported e -> Optional.empty();
            case MovieFileDeleted e -> Optional.empty();
            case MovieRenamed e -> Optional.empty();
            case MovieDeleted e -> Optional.empty();
            case ManualInteractionRequired e -> Optional.empty();
            case LibraryItemAdded e -> Optional.empty();
            case UnrecognisedEvent e -> Optional.empty();
            case SeriesAdded e -> Optional.empty();
            case EpisodesGrabbed e -> Optional.empty();
            case EpisodesImported e -> Optional.empty();
            case DownloadImported e -> Optional.empty();
            case EpisodeFileDeleted e -> Optional.empty();
            case SeriesRenamed e -> Optional.empty();
            case EpisodesResolved e -> Optional.empty();
            case CommandAttemptFailed e -> Optional.empty();
            case DownloadReported e -> Optional.empty();
            case PlexScanRequested e -> Optional.empty();
            case PlexItemFound e -> Optional.empty();
            case PlexConfirmed e -> Optional.empty();
            case PlexNotConfirmed e -> Optional.empty();
            case SeriesDeleted e -> Optional.empty();
            case EpisodeAvailable e -> Optional.empty();
            case RequestDecided e -> Optional.empty();
            case OverseerrDecisionSent e -> Optional.empty();
            case AddedToLibrary e -> Optional.empty();
            case SearchStarted e -> Optional.empty();
            case SearchChecked e -> Optional.empty();
            case NotificationAttempt e -> Optional.empty();
            case Subscribed e -> Optional.empty();
            case RequesterAddressed e -> Optional.empty();
        };
    }

    /**
     * A command's failure concerns the requests waiting for its outcome: those handed to the *arr app,
     * and the one whose decision it carries.
     */
    private static boolean touches(MediaItem item, Request request, MediaEvent event) {
        if (event instanceof CommandAttemptFailed failed) {
            return request.pastApproval() || DecisionRules.waitingFor(request, failed.commandId());
        }
        if ((event instanceof SearchStarted || event instanceof SearchChecked)
                && request.state() == RequestState.REQUESTED) {
            // Callsheet searches for the requests handed over to the arr, not for one still waiting.
            return false;
        }
        if (event instanceof DownloadReported && request.state() == RequestState.REQUESTED) {
            return false;
        }
        List<EpisodeKey> episodes = episodes(item, event);
        Optional<SeriesScope> scope = item.series().scope(request.id());
        if (episodes.isEmpty() || scope.isEmpty()) {
            return true;
        }
        return episodes.stream().anyMatch(key -> scope.get()
                .covers(key, item.series().episodes().get(key)));
    }

    /**
     * The episodes a fact is about: a client's report is about those its download serves; a resolved
     * episode list is about the whole series, not these.
     */
    private static List<EpisodeKey> episodes(MediaItem item, MediaEvent event) {
        return switch (event) {
            case EpisodesResolved e -> List.of();
            case DownloadReported e ->
                EpisodeRules.servedBy(item, e.report().downloadId().value());
            default -> NamedEpisodes.of(event).stream().map(EpisodeRef::key).toList();
        };
    }
}
