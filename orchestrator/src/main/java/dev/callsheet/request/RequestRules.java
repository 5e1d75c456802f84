package dev.callsheet.request;

import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.EpisodeFileDeleted;
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
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.events.media.RequestApproved;
import dev.callsheet.events.media.RequestAutoApproved;
import dev.callsheet.events.media.RequestAvailable;
import dev.callsheet.events.media.RequestDeclined;
import dev.callsheet.events.media.RequestFailed;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.SeriesAdded;
import dev.callsheet.events.media.SeriesDeleted;
import dev.callsheet.events.media.SeriesRenamed;
import dev.callsheet.events.media.UnrecognisedEvent;
import dev.callsheet.request.Step.Cause;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a fact does to the requests of a media item whose own progress it has already moved. */
final class RequestRules {

    private RequestRules() {}

    /** The requests a fact concerns: the one a request decision names, else every request still following the item. */
    static List<RequestId> concerned(MediaItem item, MediaEvent event) {
        return named(event).map(List::of).orElseGet(() -> following(item));
    }

    /**
     * The moves {@code event} makes {@code request} (null: not heard of yet) take, given the item's
     * progress after the fact. The targets are tried in order and the first the table refuses ends
     * the list; an empty list means "no change".
     */
    static List<Step> steps(Request request, MediaEvent event, MediaProgress progress) {
        Optional<RequestState> state = Optional.ofNullable(request).map(Request::state);
        List<Step> steps = new ArrayList<>();
        for (Target target : targets(request == null, event, progress)) {
            if (!TransitionTable.allows(state, target.to())) {
                break;
            }
            steps.add(new Step(state, target.to(), target.cause()));
            state = Optional.of(target.to());
        }
        return steps;
    }

    private static List<Target> targets(boolean unknown, MediaEvent event, MediaProgress progress) {
        List<Target> targets = new ArrayList<>();
        if (unknown && named(event).isPresent()) {
            targets.add(new Target(RequestState.REQUESTED, Cause.OPENED));
        }
        switch (event) {
            case RequestAutoApproved e -> approveAndJoin(targets, progress);
            case RequestApproved e -> approveAndJoin(targets, progress);
            case RequestDeclined e -> targets.add(new Target(RequestState.DECLINED, Cause.DECIDED));
            case RequestFailed e -> targets.add(new Target(RequestState.FAILED, Cause.DECIDED));
            case RequestAvailable e -> follow(targets, progress);
            case MovieAdded e -> follow(targets, progress);
            case ReleaseGrabbed e -> follow(targets, progress);
            case MovieImported e -> follow(targets, progress);
            case LibraryItemAdded e -> follow(targets, progress);
            case MovieDeleted e -> targets.add(new Target(RequestState.CANCELLED, Cause.FOLLOWED));
            case RequestSubmitted e -> {}
            case IssueActivity e -> {}
            case MovieFileDeleted e -> {}
            case MovieRenamed e -> {}
            case ManualInteractionRequired e -> {}
            case UnrecognisedEvent e -> {}
            // Series facts move no request until the per-episode decider derives series progress.
            case SeriesAdded e -> {}
            case EpisodesGrabbed e -> {}
            case EpisodesImported e -> {}
            case DownloadImported e -> {}
            case EpisodeFileDeleted e -> {}
            case SeriesRenamed e -> {}
            case EpisodesResolved e -> {}
            case CommandAttemptFailed e -> {}
            case SeriesDeleted e -> {}
            case EpisodeAvailable e -> {}
        }
        return targets;
    }

    /**
     * The request a fact is a decision about, opened if it was not heard of: a missed webhook must
     * not lose a request. Availability is the media item's, so it concerns every request.
     */
    private static Optional<RequestId> named(MediaEvent event) {
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
            case SeriesDeleted e -> Optional.empty();
            case EpisodeAvailable e -> Optional.empty();
        };
    }

    private static void approveAndJoin(List<Target> targets, MediaProgress progress) {
        targets.add(new Target(RequestState.APPROVED, Cause.DECIDED));
        progress.requestStage().ifPresent(stage -> targets.add(new Target(stage, Cause.JOINED)));
    }

    private static void follow(List<Target> targets, MediaProgress progress) {
        progress.requestStage().ifPresent(stage -> targets.add(new Target(stage, Cause.FOLLOWED)));
    }

    /** Where a fact would take a request, before the table has a say. */
    private record Target(RequestState to, Cause cause) {}

    private static List<RequestId> following(MediaItem item) {
        return item.requests().values().stream()
                .filter(Request::followsMedia)
                .map(Request::id)
                .toList();
    }
}
