package dev.callsheet.request;

import dev.callsheet.events.MediaType;
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
import dev.callsheet.events.media.Release;
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
import dev.callsheet.request.Attention.Kind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a fact does to the media item itself: its progress, download, file and attention, and a
 * series' episodes ({@link EpisodeRules}). Requests come after.
 */
final class MediaRules {

    private MediaRules() {}

    /**
     * @param plex the Plex servers configured: with any, only a server's confirmation makes the item
     *     (or an episode) available, and Plex's {@code library.new} is news only
     */
    static MediaItem after(MediaItem item, MediaEvent event, Instant now, PlexServers plex) {
        MediaItem informed = item.withMedia(item.media().mergedWith(event.media()));
        return switch (event) {
            case RequestAvailable e ->
                informed.key().type() == MediaType.SERIES
                        ? EpisodeRules.reportedAvailable(informed, e)
                        : reaching(informed, MediaProgress.AVAILABLE);
            case RequestSubmitted e -> informed;
            case RequestAutoApproved e -> informed;
            case RequestApproved e -> informed;
            case RequestDeclined e -> informed;
            case RequestFailed e -> informed;
            case MovieAdded e -> reaching(informed, MediaProgress.ADDED);
            case ReleaseGrabbed e ->
                clearing(
                        reaching(informed, MediaProgress.DOWNLOADING)
                                .withDownload(DownloadRules.grabbed(
                                        informed.download(), download(e.release(), e.download()))),
                        Kind.MANUAL_INTERACTION_REQUIRED);
            case MovieImported e ->
                clearing(
                        reaching(informed, MediaProgress.IMPORTED).withFile(e.file()),
                        Kind.MANUAL_INTERACTION_REQUIRED,
                        Kind.FILE_DELETED);
            case LibraryItemAdded e -> plex.configured() ? informed : reaching(informed, MediaProgress.AVAILABLE);
            case ManualInteractionRequired e ->
                EpisodeRules.stuck(
                        raising(informed, new Attention(Kind.MANUAL_INTERACTION_REQUIRED, Wording.stuck(e), now)), e);
            case MovieFileDeleted e ->
                Wording.byUpgrade(e)
                        ? informed
                        : raising(informed.withFile(null), new Attention(Kind.FILE_DELETED, Wording.summary(e), now));
            case MovieDeleted e -> removed(informed, e.filesDeleted());
            case MovieRenamed e -> informed;
            case IssueActivity e -> informed;
            case UnrecognisedEvent e -> informed;
            case SeriesAdded e -> reaching(informed, MediaProgress.ADDED);
            case EpisodesGrabbed e -> EpisodeRules.grabbed(inSonarr(informed), e);
            case EpisodesImported e -> EpisodeRules.imported(inSonarr(informed), e);
            case DownloadImported e -> EpisodeRules.importComplete(inSonarr(informed), e);
            case EpisodeFileDeleted e -> EpisodeRules.fileDeleted(inSonarr(informed), e, now);
            case SeriesRenamed e -> inSonarr(informed);
            case EpisodesResolved e ->
                clearing(
                        EpisodeRules.listed(inSonarr(informed), e, now), Kind.SOURCE_UNREADABLE, Kind.COMMAND_GIVEN_UP);
            case CommandAttemptFailed e -> ListingRules.failed(informed, e, now);
            case DownloadReported e -> informed;
            case PlexScanRequested e -> informed;
            case PlexItemFound e -> informed;
            case PlexConfirmed e ->
                informed.key().type() == MediaType.SERIES
                        ? EpisodeRules.inPlex(informed, e.episodes())
                        : reaching(informed, MediaProgress.AVAILABLE);
            case PlexNotConfirmed e -> informed;
            case RequestDecided e -> informed;
            case OverseerrDecisionSent e -> informed;
            case AddedToLibrary e -> informed;
            case NotificationAttempt e -> informed;
            case Subscribed e -> informed;
            case RequesterAddressed e -> informed;
            case SearchStarted e -> informed;
            case SearchChecked e -> informed;
            case SeriesDeleted e -> EpisodeRules.removed(informed, e.filesDeleted());
            case EpisodeAvailable e -> plex.configured() ? informed : EpisodeRules.available(informed, e);
        };
    }

    /** A fact from Sonarr about the series shows that Sonarr has it, whether or not its add was seen. */
    private static MediaItem inSonarr(MediaItem item) {
        return reaching(item, MediaProgress.ADDED);
    }

    static MediaItem reaching(MediaItem item, MediaProgress progress) {
        return item.withProgress(item.progress().atLeast(progress));
    }

    /**
     * Removal from the *arr app is the one step back: nothing will be fetched any more. A file left
     * on disk keeps an imported or available item where it is, since the media server still has it.
     */
    private static MediaItem removed(MediaItem item, boolean filesDeleted) {
        boolean fileRemains = !filesDeleted && item.progress().compareTo(MediaProgress.IMPORTED) >= 0;
        if (fileRemains) {
            return item;
        }
        return item.withProgress(MediaProgress.UNKNOWN)
                .withDownload(null)
                .withFile(null)
                .withAttention(List.of())
                .withPlex(PlexConfirmations.NONE);
    }

    /** A new attention of a kind already raised keeps the first {@code since}: the item has been stuck since then. */
    static MediaItem raising(MediaItem item, Attention raised) {
        List<Attention> attention = new ArrayList<>();
        Attention merged = raised;
        for (Attention existing : item.attention()) {
            if (existing.kind() == raised.kind()) {
                merged = new Attention(raised.kind(), raised.message(), existing.since());
            } else {
                attention.add(existing);
            }
        }
        attention.add(merged);
        return item.withAttention(attention);
    }

    static MediaItem clearing(MediaItem item, Kind... kinds) {
        List<Kind> cleared = List.of(kinds);
        return item.withAttention(item.attention().stream()
                .filter(a -> !cleared.contains(a.kind()))
                .toList());
    }

    static DownloadView download(Release release, DownloadRef ref) {
        return new DownloadView(
                ref == null ? null : ref.client(),
                ref == null ? null : ref.clientType(),
                ref == null || ref.id() == null ? null : ref.id().value(),
                release == null ? null : release.title(),
                release == null ? null : release.indexer(),
                release == null ? null : release.size(),
                release == null ? null : release.quality(),
                null);
    }
}
