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
import dev.callsheet.events.media.ImportedFile;
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
import dev.callsheet.events.media.RequestEvent;
import dev.callsheet.events.media.RequestFailed;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import dev.callsheet.events.media.RequesterAddressed;
import dev.callsheet.events.media.SearchChecked;
import dev.callsheet.events.media.SearchStarted;
import dev.callsheet.events.media.SeriesAdded;
import dev.callsheet.events.media.SeriesDeleted;
import dev.callsheet.events.media.SeriesRenamed;
import dev.callsheet.events.media.Subscribed;
import dev.callsheet.events.media.UnrecognisedEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The one-line summaries of the timeline: what a fact said, in the domain's words. */
final class Wording {

    private Wording() {}

    static String summary(MediaEvent event) {
        return switch (event) {
            case RequestSubmitted e -> "Request %s submitted by %s".formatted(e.requestId(), who(e.requestedBy()));
            case RequestAutoApproved e ->
                "Request %s submitted by %s and auto-approved".formatted(e.requestId(), who(e.requestedBy()));
            case RequestApproved e -> "Request %s approved in Overseerr".formatted(e.requestId());
            case RequestDeclined e -> "Request %s declined in Overseerr".formatted(e.requestId());
            case RequestFailed e -> "Request %s could not be handed to %s".formatted(e.requestId(), arr(e));
            case RequestAvailable e -> "Request manager reports request %s available".formatted(e.requestId());
            case MovieAdded e -> "Added to Radarr%s; it searches for a release".formatted(aside(e.addMethod()));
            case ReleaseGrabbed e -> grabbed(e.release(), e.download());
            case MovieImported e -> imported(e.upgrade() ? "Upgraded to" : "Imported", e.file());
            case LibraryItemAdded e -> library(e.library(), e.server());
            case ManualInteractionRequired e -> "Import needs manual interaction: " + stuck(e);
            case MovieFileDeleted e ->
                byUpgrade(e)
                        ? "Old file replaced by an upgrade: " + or(e.path(), "path unknown")
                        : "File deleted (%s): %s"
                                .formatted(or(e.reason(), "no reason given"), or(e.path(), "path unknown"));
            case MovieRenamed e -> "Renamed " + files(e.files());
            case MovieDeleted e -> e.filesDeleted() ? "Removed from Radarr with its files" : "Removed from Radarr";
            case IssueActivity e -> issue(e);
            case UnrecognisedEvent e -> "Unrecognised event " + e.sourceEventType();
            case SeriesAdded e -> "Added to Sonarr; it searches for the monitored episodes";
            case EpisodesGrabbed e -> grabbed(e.release(), e.download()) + " for " + EpisodeWording.refs(e.episodes());
            case EpisodesImported e ->
                imported(e.upgrade() ? "Upgraded to" : "Imported", e.file()) + " for "
                        + EpisodeWording.refs(e.episodes());
            case DownloadImported e ->
                "Import complete: %s for %s".formatted(files(e.files().size()), EpisodeWording.refs(e.episodes()));
            case EpisodeFileDeleted e ->
                "File of %s deleted (%s): %s"
                        .formatted(
                                EpisodeWording.refs(e.episodes()),
                                or(e.reason(), "no reason given"),
                                or(e.path(), "path unknown"));
            case SeriesRenamed e -> "Renamed " + files(e.files());
            case EpisodesResolved e ->
                "MonitorEpisodes".equals(e.sourceEventType())
                        ? "Set monitored in Sonarr the episodes that aired since the request; Sonarr lists "
                                + e.episodes().size() + " episodes"
                        : "Sonarr lists " + e.episodes().size() + " episodes";
            case CommandAttemptFailed e -> CommandWording.attemptFailed(e);
            case DownloadReported e -> "Download " + e.report().change().id();
            case PlexScanRequested e -> PlexWording.scanRequested(e);
            case PlexItemFound e -> PlexWording.found(e, null);
            case PlexConfirmed e -> PlexWording.confirmed(e, null);
            case PlexNotConfirmed e -> PlexWording.problem(e);
            case SeriesDeleted e -> e.filesDeleted() ? "Removed from Sonarr with its files" : "Removed from Sonarr";
            case EpisodeAvailable e -> e.episode().key() + ": " + library(e.library(), e.server());
            case RequestDecided e -> DecisionWording.decided(e);
            case OverseerrDecisionSent e -> DecisionWording.sent(e);
            case AddedToLibrary e -> DecisionWording.added(e);
            case NotificationAttempt e -> NoticeWording.attempt(e);
            case Subscribed e -> NoticeWording.subscribed(e);
            case RequesterAddressed e -> NoticeWording.addressed(e, null);
            case SearchStarted e -> SearchWording.started(e);
            case SearchChecked e -> SearchWording.checked(e);
        };
    }

    /**
     * The summary of a fact as it left {@code item}: an import complete counts the episodes it
     * imported; Plex's answers tell how long after the import they came; Overseerr's answer about a
     * requester's addresses names the requester.
     */
    static String summary(MediaEvent event, MediaItem item) {
        if (event instanceof DownloadImported e) {
            return EpisodeWording.importComplete(e, item);
        }
        if (event instanceof PlexItemFound e) {
            return PlexWording.found(e, item);
        }
        if (event instanceof RequesterAddressed e) {
            Request request = item.requests().get(e.requestId());
            Requester requester = request == null ? null : request.requestedBy();
            return NoticeWording.addressed(e, requester == null ? null : NoticeWording.person(requester));
        }
        return event instanceof PlexConfirmed e ? PlexWording.confirmed(e, item) : summary(event);
    }

    /**
     * How a request's own entry words one of its moves; a move that just follows the fact is worded
     * as the fact ({@code summary}). Only a fact's steps are opened, decided or joined: a tick's
     * {@code event} is null and its steps follow.
     */
    static String step(Step step, MediaEvent event, String summary) {
        return switch (step.cause()) {
            case OPENED -> opened(event, summary);
            case DECIDED ->
                event instanceof RequestAutoApproved e ? "Request %s auto-approved".formatted(e.requestId()) : summary;
            case JOINED ->
                "Joins the %s where it stands: %s"
                        .formatted(noun(event), step.to().id());
            case FOLLOWED, NEW_EPISODES -> summary;
        };
    }

    static String stuck(ManualInteractionRequired event) {
        List<String> messages = event.messages() == null ? List.of() : event.messages();
        return messages.isEmpty() ? or(event.status(), "no reason given") : String.join("; ", messages);
    }

    /** Radarr deletes the old file when an upgrade replaces it; that is no loss. */
    static boolean byUpgrade(MovieFileDeleted event) {
        return "upgrade".equalsIgnoreCase(event.reason());
    }

    private static String opened(MediaEvent event, String summary) {
        boolean submitted = event instanceof RequestSubmitted || event instanceof RequestAutoApproved;
        if (event instanceof RequestEvent e) {
            return submitted
                    ? "Request %s submitted by %s".formatted(e.requestId(), who(e.requestedBy()))
                    : "Request %s by %s first heard of by %s; its submission was missed"
                            .formatted(e.requestId(), who(e.requestedBy()), e.sourceEventType());
        }
        return summary;
    }

    private static String grabbed(Release release, DownloadRef download) {
        StringBuilder text =
                new StringBuilder("Grabbed ").append(release == null ? "a release" : or(release.title(), "a release"));
        if (release != null && (release.quality() != null || release.size() != null)) {
            text.append(" (").append(String.join(", ", known(release.quality(), size(release.size()))));
            text.append(')');
        }
        if (release != null && release.indexer() != null) {
            text.append(" from ").append(release.indexer());
        }
        if (download != null && (download.clientType() != null || download.client() != null)) {
            text.append(" via ").append(or(download.clientType(), download.client()));
        }
        return text.toString();
    }

    private static String imported(String verb, ImportedFile file) {
        if (file == null) {
            return verb + " a file";
        }
        return file.quality() == null
                ? "%s %s".formatted(verb, or(file.path(), "a file"))
                : "%s %s: %s".formatted(verb, file.quality(), or(file.path(), "path unknown"));
    }

    private static String library(String library, String server) {
        String where = library == null ? "Added to the library" : "Added to the %s library".formatted(library);
        return server == null ? where : where + " on " + server;
    }

    static String files(int count) {
        return count == 1 ? "1 file" : count + " files";
    }

    private static String aside(String text) {
        return text == null ? "" : " (" + text + ")";
    }

    private static String issue(IssueActivity e) {
        String type = blankToNull(e.issueType());
        String kind = type == null
                ? "Issue"
                : type.substring(0, 1).toUpperCase(Locale.ROOT)
                        + type.substring(1).toLowerCase(Locale.ROOT) + " issue";
        String change = e.change() == null ? "updated" : e.change().name().toLowerCase(Locale.ROOT);
        String text = "%s %s by %s".formatted(kind, change, or(e.reportedBy(), "someone"));
        return blankToNull(e.message()) == null ? text : text + ": " + e.message();
    }

    private static String size(Long bytes) {
        if (bytes == null) {
            return null;
        }
        double gib = bytes / (1024.0 * 1024 * 1024);
        return gib >= 1
                ? String.format(Locale.ROOT, "%.1f GiB", gib)
                : String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024));
    }

    private static List<String> known(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).toList();
    }

    static String who(Requester requester) {
        if (requester == null) {
            return "someone";
        }
        String name = blankToNull(requester.username());
        return name != null ? name : or(blankToNull(requester.email()), "someone");
    }

    private static String arr(RequestEvent event) {
        return event.media().type() == MediaType.SERIES ? "Sonarr" : "Radarr";
    }

    private static String noun(MediaEvent event) {
        return event.media().type() == MediaType.SERIES ? "series" : "movie";
    }

    static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
