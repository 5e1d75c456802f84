package dev.callsheet.request;

import dev.callsheet.events.media.AddedToLibrary;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.DownloadReported;
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
import dev.callsheet.request.Step.Cause;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a fact does to the requests of a media item whose own progress it has already moved. */
final class RequestRules {

    private RequestRules() {}

    /**
     * The moves {@code event} makes {@code request} (null: not heard of yet) take, given the stage
     * the item offers it after the fact ({@link MediaItem#stageFor}) and whether new episodes joined
     * its scope. The targets are tried in order and the first the table refuses ends the list; an
     * empty list means "no change".
     */
    static List<Step> steps(Request request, MediaEvent event, Optional<RequestState> stage, boolean scopeGrew) {
        Optional<RequestState> state = Optional.ofNullable(request).map(Request::state);
        boolean decidedHere = request != null && request.madeHere() && request.awaitsDecision();
        return allowed(state, targets(request == null, decidedHere, event, stage, state, scopeGrew));
    }

    /** The moves the passing of time makes a request take: it follows the episodes that aired. */
    static List<Step> stepsOverTime(Request request, Optional<RequestState> stage, boolean scopeGrew) {
        Optional<RequestState> state = Optional.of(request.state());
        List<Target> targets = new ArrayList<>();
        follow(targets, stage, state, scopeGrew);
        return allowed(state, targets);
    }

    private static List<Step> allowed(Optional<RequestState> from, List<Target> targets) {
        Optional<RequestState> state = from;
        List<Step> steps = new ArrayList<>();
        for (Target target : targets) {
            if (!TransitionTable.allows(state, target.to())) {
                break;
            }
            steps.add(new Step(state, target.to(), target.cause()));
            state = Optional.of(target.to());
        }
        return steps;
    }

    private static List<Target> targets(
            boolean unknown,
            boolean decidedHere,
            MediaEvent event,
            Optional<RequestState> stage,
            Optional<RequestState> state,
            boolean scopeGrew) {
        List<Target> targets = new ArrayList<>();
        if (unknown && Concern.named(event).isPresent()) {
            targets.add(new Target(RequestState.REQUESTED, Cause.OPENED));
        }
        switch (event) {
            case RequestAutoApproved e -> approveAndJoin(targets, stage);
            case RequestApproved e -> approveAndJoin(targets, stage);
            case RequestDeclined e -> targets.add(new Target(RequestState.DECLINED, Cause.DECIDED));
            case RequestFailed e -> {
                // The request manager's hand-off failed: news only until the *arr app has the request.
                if (state.isEmpty() || state.get().compareTo(RequestState.APPROVED) <= 0) {
                    targets.add(new Target(RequestState.FAILED, Cause.DECIDED));
                }
            }
            case RequestAvailable e -> follow(targets, stage, state, scopeGrew);
            case MovieAdded e -> follow(targets, stage, state, scopeGrew);
            case ReleaseGrabbed e -> follow(targets, stage, state, scopeGrew);
            case MovieImported e -> follow(targets, stage, state, scopeGrew);
            case LibraryItemAdded e -> follow(targets, stage, state, scopeGrew);
            case MovieDeleted e -> targets.add(new Target(RequestState.CANCELLED, Cause.FOLLOWED));
            case SeriesAdded e -> follow(targets, stage, state, scopeGrew);
            case EpisodesGrabbed e -> follow(targets, stage, state, scopeGrew);
            case EpisodesImported e -> follow(targets, stage, state, scopeGrew);
            case DownloadImported e -> follow(targets, stage, state, scopeGrew);
            case EpisodeAvailable e -> follow(targets, stage, state, scopeGrew);
            case EpisodesResolved e -> follow(targets, stage, state, scopeGrew);
            case SeriesDeleted e -> targets.add(new Target(RequestState.CANCELLED, Cause.FOLLOWED));
            case RequestSubmitted e -> {}
            case IssueActivity e -> {}
            case MovieFileDeleted e -> {}
            case MovieRenamed e -> {}
            case ManualInteractionRequired e -> {}
            case UnrecognisedEvent e -> {}
            case EpisodeFileDeleted e -> {}
            case SeriesRenamed e -> {}
            case CommandAttemptFailed e -> {}
            case DownloadReported e -> follow(targets, stage, state, scopeGrew);
            case PlexConfirmed e -> follow(targets, stage, state, scopeGrew);
            case PlexScanRequested e -> {}
            case PlexItemFound e -> {}
            case PlexNotConfirmed e -> {}
            // The request manager's own webhook moves the request once it has the decision; a request
            // made in Callsheet has none, and the decision moves it at once.
            case RequestDecided e
            when decidedHere -> {
                if (e.verdict() == RequestDecided.Verdict.APPROVE) {
                    approveAndJoin(targets, stage);
                } else {
                    targets.add(new Target(RequestState.DECLINED, Cause.DECIDED));
                }
            }
            case RequestDecided e -> {}
            case OverseerrDecisionSent e -> {}
            // The arr's own webhook (MovieAdded, SeriesAdded) moves the request.
            case AddedToLibrary e -> {}
            // A search changes nothing by itself: its grab, when it finds one, moves the requests.
            case SearchStarted e -> {}
            case SearchChecked e -> {}
            case NotificationAttempt e -> {}
            case Subscribed e -> {}
            case RequesterAddressed e -> {}
        }
        // Whatever the fact, episodes that joined the scope are followed.
        if (scopeGrew && targets.isEmpty()) {
            follow(targets, stage, state, true);
        }
        return targets;
    }

    private static void approveAndJoin(List<Target> targets, Optional<RequestState> stage) {
        targets.add(new Target(RequestState.APPROVED, Cause.DECIDED));
        stage.ifPresent(to -> targets.add(new Target(to, Cause.JOINED)));
    }

    /**
     * Towards the stage the item offers. An available (or notified) request goes back only when new
     * episodes joined its scope; any other fact offering less is late, and changes nothing.
     */
    private static void follow(
            List<Target> targets, Optional<RequestState> stage, Optional<RequestState> state, boolean scopeGrew) {
        stage.ifPresent(to -> {
            boolean told = state.equals(Optional.of(RequestState.AVAILABLE))
                    || state.equals(Optional.of(RequestState.NOTIFIED));
            boolean back = told && to.compareTo(RequestState.AVAILABLE) < 0;
            if (!back) {
                targets.add(new Target(to, Cause.FOLLOWED));
            } else if (scopeGrew) {
                targets.add(new Target(to, Cause.NEW_EPISODES));
            }
        });
    }

    /** Where a fact would take a request, before the table has a say. */
    private record Target(RequestState to, Cause cause) {}
}
