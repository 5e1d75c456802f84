package dev.callsheet.events.media;

import java.util.List;

/** The episodes a fact names; none for a fact about a movie or a whole series. */
public final class NamedEpisodes {

    private NamedEpisodes() {}

    // Every fact type is listed, so that a new one that names episodes is handled on purpose.
    public static List<EpisodeRef> of(MediaEvent event) {
        return switch (event) {
            case EpisodesGrabbed e -> e.episodes();
            case EpisodesImported e -> e.episodes();
            case DownloadImported e -> e.episodes();
            case ManualInteractionRequired e -> e.episodes();
            case EpisodeFileDeleted e -> e.episodes();
            case EpisodesResolved e ->
                e.episodes().stream().map(ResolvedEpisode::episode).toList();
            case EpisodeAvailable e -> List.of(e.episode());
            case PlexScanRequested e -> e.episodes();
            case PlexItemFound e -> e.episodes();
            case PlexConfirmed e -> e.episodes();
            case PlexNotConfirmed e -> e.episodes();
            case RequestEvent e -> List.of();
            case IssueActivity e -> List.of();
            case MovieAdded e -> List.of();
            case ReleaseGrabbed e -> List.of();
            case MovieImported e -> List.of();
            case MovieFileDeleted e -> List.of();
            case MovieRenamed e -> List.of();
            case MovieDeleted e -> List.of();
            case LibraryItemAdded e -> List.of();
            case SeriesAdded e -> List.of();
            case SeriesRenamed e -> List.of();
            case SeriesDeleted e -> List.of();
            case UnrecognisedEvent e -> List.of();
            case CommandAttemptFailed e -> List.of();
            case DownloadReported e -> List.of();
            case RequestDecided e -> List.of();
            case OverseerrDecisionSent e -> List.of();
            case AddedToLibrary e -> List.of();
            case SearchStarted e -> e.episodes();
            case SearchChecked e -> List.of();
            // Its episodes are keys the decider reads itself; it reports on them, it tells nothing new.
            case NotificationAttempt e -> List.of();
            case Subscribed e -> List.of();
            case RequesterAddressed e -> List.of();
        };
    }
}
