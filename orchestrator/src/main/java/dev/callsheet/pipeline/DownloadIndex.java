package dev.callsheet.pipeline;

import dev.callsheet.events.Envelope;
import dev.callsheet.events.media.AddedToLibrary;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.DownloadRef;
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
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.events.media.RequestEvent;
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
import org.apache.kafka.streams.KeyValue;

/**
 * The entry a keyed fact adds to the index from download id to media item: one when the fact names
 * the download client job it came from. The key keeps its 4K suffix: a 4K instance's download is
 * the 4K copy's.
 */
final class DownloadIndex {

    private DownloadIndex() {}

    static List<KeyValue<String, DownloadInput>> entries(Envelope envelope) {
        return download(envelope.event())
                .map(DownloadRef::id)
                .map(id -> List.of(KeyValue.<String, DownloadInput>pair(
                        DownloadInput.key(id), new DownloadInput.Indexed(envelope.mediaKey()))))
                .orElse(List.of());
    }

    // Every fact type is listed, so that a new one that names a download is indexed on purpose.
    private static Optional<DownloadRef> download(MediaEvent event) {
        return switch (event) {
            case ReleaseGrabbed e -> Optional.ofNullable(e.download());
            case EpisodesGrabbed e -> Optional.ofNullable(e.download());
            case MovieImported e -> Optional.ofNullable(e.download());
            case EpisodesImported e -> Optional.ofNullable(e.download());
            case DownloadImported e -> Optional.ofNullable(e.download());
            case ManualInteractionRequired e -> Optional.ofNullable(e.download());
            // Made by the correlation stage from an entry already indexed.
            case DownloadReported e -> Optional.empty();
            case RequestEvent e -> Optional.empty();
            case IssueActivity e -> Optional.empty();
            case MovieAdded e -> Optional.empty();
            case MovieFileDeleted e -> Optional.empty();
            case MovieRenamed e -> Optional.empty();
            case MovieDeleted e -> Optional.empty();
            case LibraryItemAdded e -> Optional.empty();
            case SeriesAdded e -> Optional.empty();
            case SeriesRenamed e -> Optional.empty();
            case SeriesDeleted e -> Optional.empty();
            case EpisodeFileDeleted e -> Optional.empty();
            case EpisodesResolved e -> Optional.empty();
            case RequestDecided e -> Optional.empty();
            case OverseerrDecisionSent e -> Optional.empty();
            case AddedToLibrary e -> Optional.empty();
            case NotificationAttempt e -> Optional.empty();
            case Subscribed e -> Optional.empty();
            case RequesterAddressed e -> Optional.empty();
            case SearchStarted e -> Optional.empty();
            case SearchChecked e -> Optional.empty();
            case EpisodeAvailable e -> Optional.empty();
            case UnrecognisedEvent e -> Optional.empty();
            case CommandAttemptFailed e -> Optional.empty();
            case PlexScanRequested e -> Optional.empty();
            case PlexItemFound e -> Optional.empty();
            case PlexConfirmed e -> Optional.empty();
            case PlexNotConfirmed e -> Optional.empty();
        };
    }
}
