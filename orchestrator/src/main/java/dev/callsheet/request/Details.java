package dev.callsheet.request;

import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.media.AddedToLibrary;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.DownloadReported;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.EpisodeFileDeleted;
import dev.callsheet.events.media.EpisodeRef;
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
import dev.callsheet.events.media.PlexPlace;
import dev.callsheet.events.media.PlexScanRequested;
import dev.callsheet.events.media.Release;
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
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code details} of a timeline entry: the fields of a fact worth looking up later, unknown ones
 * left out. An imported file's quality and size win over its release's.
 */
final class Details {

    private final Map<String, String> values = new LinkedHashMap<>();

    private Details() {}

    static Map<String, String> of(MediaEvent event) {
        Details details = new Details();
        switch (event) {
            case RequestEvent e ->
                details.put("requestId", e.requestId().value())
                        .put("requestedBy", e.requestedBy() == null ? null : Wording.who(e.requestedBy()));
            case MovieAdded e -> details.put("addMethod", e.addMethod());
            case ReleaseGrabbed e -> details.release(e.release()).download(e.download());
            case MovieImported e ->
                details.release(e.release())
                        .download(e.download())
                        .file(e.file())
                        .put("upgrade", Boolean.toString(e.upgrade()));
            case LibraryItemAdded e ->
                details.put("server", e.server()).put("library", e.library()).put("ratingKey", e.ratingKey());
            case ManualInteractionRequired e ->
                details.put("status", e.status())
                        .put("messages", Wording.stuck(e))
                        .download(e.download())
                        .episodes(e.episodes());
            case MovieFileDeleted e -> details.put("path", e.path()).put("reason", e.reason());
            case MovieRenamed e -> details.put("files", Integer.toString(e.files()));
            case MovieDeleted e -> details.put("filesDeleted", Boolean.toString(e.filesDeleted()));
            case IssueActivity e ->
                details.put("issueId", e.issueId())
                        .put("issueType", e.issueType())
                        .put("change", e.change() == null ? null : e.change().name())
                        .put("reportedBy", e.reportedBy())
                        .put("message", e.message());
            case UnrecognisedEvent e -> details.put("sourceEventType", e.sourceEventType());
            case SeriesAdded e -> {}
            case EpisodesGrabbed e ->
                details.episodes(e.episodes()).release(e.release()).download(e.download());
            case EpisodesImported e ->
                details.episodes(e.episodes())
                        .release(e.release())
                        .download(e.download())
                        .file(e.file())
                        .put("upgrade", Boolean.toString(e.upgrade()));
            case DownloadImported e ->
                details.episodes(e.episodes())
                        .release(e.release())
                        .download(e.download())
                        .put("files", Integer.toString(e.files().size()));
            case EpisodeFileDeleted e ->
                details.episodes(e.episodes()).put("path", e.path()).put("reason", e.reason());
            case SeriesRenamed e -> details.put("files", Integer.toString(e.files()));
            case EpisodesResolved e ->
                details.put("episodes", Integer.toString(e.episodes().size()));
            case CommandAttemptFailed e -> {
                details.put("command", e.command());
                details.put("attempt", Integer.toString(e.attempt()));
                details.put("reason", e.reason());
                if (e.unreadable() != null) {
                    details.put("service", e.unreadable().service());
                    details.put("instance", e.unreadable().instance());
                    details.put("version", e.unreadable().version());
                    details.put("call", e.unreadable().call());
                    details.put("field", e.unreadable().field());
                }
            }
            case DownloadReported e -> details.report(e.report());
            case PlexScanRequested e ->
                details.put("instance", e.instance())
                        .put("commandId", e.commandId())
                        .put("section", e.section())
                        .put("folder", e.folder())
                        .at("requestedAt", e.requestedAt())
                        .episodes(e.episodes());
            case PlexItemFound e ->
                details.put("instance", e.instance())
                        .put("commandId", e.commandId())
                        .place(e.place())
                        .at("scanRequestedAt", e.scanRequestedAt())
                        .at("foundAt", e.foundAt())
                        .episodes(e.episodes());
            case PlexConfirmed e ->
                details.put("instance", e.instance())
                        .put("commandId", e.commandId())
                        .place(e.place())
                        .at("scanRequestedAt", e.scanRequestedAt())
                        .at("foundAt", e.foundAt())
                        .at("readyAt", e.readyAt())
                        .episodes(e.episodes());
            case PlexNotConfirmed e ->
                details.put("instance", e.instance())
                        .put("commandId", e.commandId())
                        .put("problem", e.problem().name())
                        .put("detail", e.detail())
                        .put("path", e.path())
                        .place(e.place())
                        .episodes(e.episodes());
            case SeriesDeleted e -> details.put("filesDeleted", Boolean.toString(e.filesDeleted()));
            case RequestDecided e ->
                details.put("decisionId", e.decisionId())
                        .put("verdict", e.verdict().name())
                        .put("decidedBy", e.decidedBy())
                        .put("reason", e.reason())
                        .put("rule", e.rule());
            case OverseerrDecisionSent e ->
                details.put("instance", e.instance())
                        .put("commandId", e.commandId())
                        .put("verdict", e.verdict().name())
                        .put("sent", Boolean.toString(e.sent()))
                        .put("foundStatus", e.foundStatus());
            case NotificationAttempt e ->
                details.put("notificationId", e.notificationId())
                        .put("event", e.event())
                        .put("channel", e.channel())
                        .put("recipient", e.recipient())
                        .put("attempt", Integer.toString(e.attempt()))
                        .put("outcome", e.outcome().name())
                        .put("detail", e.detail())
                        .put("retryAt", e.retryAt() == null ? null : e.retryAt().toString())
                        .put("mayBeDoubled", Boolean.toString(e.mayBeDoubled()));
            case Subscribed e -> details.put("subscriber", NoticeWording.person(e.subscriber()));
            // User ids, not credentials: they let a bot mention or reach the person, nothing more, and
            // the request's view already shows them; here they tell which id a notice will use.
            case RequesterAddressed e ->
                details.put("discordId", e.discordId())
                        .put("telegramChatId", e.telegramChatId())
                        .put("unread", e.unread());
            case AddedToLibrary e ->
                details.put("instance", e.instance())
                        .put("commandId", e.commandId())
                        .put("arrId", Integer.toString(e.arrId()))
                        .put("alreadyThere", Boolean.toString(e.alreadyThere()));
            case SearchStarted e ->
                details.put("instance", e.instance())
                        .put("commandId", e.commandId())
                        .put("search", e.search())
                        .put("arrCommandId", Integer.toString(e.arrCommandId()))
                        .put("attempt", Integer.toString(e.attempt()))
                        .put("alreadyQueued", Boolean.toString(e.alreadyQueued()))
                        .episodes(e.episodes());
            case SearchChecked e ->
                details.put("instance", e.instance())
                        .put("commandId", e.searchId())
                        .put("arrCommandId", Integer.toString(e.arrCommandId()))
                        .put("status", e.status())
                        .put("message", e.message());
            case EpisodeAvailable e ->
                details.put("episode", e.episode().key().toString())
                        .put("server", e.server())
                        .put("library", e.library())
                        .put("ratingKey", e.ratingKey())
                        .put("showRatingKey", e.showRatingKey());
        }
        return Collections.unmodifiableMap(details.values);
    }

    private Details put(String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
        return this;
    }

    private Details release(Release release) {
        if (release == null) {
            return this;
        }
        return put("release", release.title())
                .put("indexer", release.indexer())
                .put("size", release.size() == null ? null : release.size().toString())
                .put("quality", release.quality())
                .put("releaseGroup", release.releaseGroup());
    }

    private Details download(DownloadRef download) {
        if (download == null) {
            return this;
        }
        return put("downloadId", download.id() == null ? null : download.id().value())
                .put("downloadClient", download.client())
                .put("downloadClientType", download.clientType());
    }

    private Details report(ClientReport report) {
        return put("downloadId", report.downloadId().value())
                .put("change", report.change().id())
                .put("state", report.state() == null ? null : report.state().id())
                .put("clientState", report.clientState())
                .put("progress", report.progress() == null ? null : Double.toString(report.progress()))
                .put("size", report.size() == null ? null : report.size().toString())
                .put(
                        "etaSeconds",
                        report.etaSeconds() == null ? null : report.etaSeconds().toString())
                .put("speed", report.speed() == null ? null : report.speed().toString())
                .put("reason", report.reason())
                .put("via", report.via().id());
    }

    private Details episodes(List<EpisodeRef> episodes) {
        return put(
                "episodes",
                episodes.isEmpty()
                        ? null
                        : episodes.stream()
                                .map(EpisodeRef::key)
                                .sorted()
                                .map(Object::toString)
                                .collect(Collectors.joining(", ")));
    }

    private Details at(String key, Instant at) {
        return put(key, at == null ? null : at.toString());
    }

    /** Where Plex has the item; the file as Plex sees it is {@code plexPath}, apart from the *arr app's. */
    private Details place(PlexPlace place) {
        if (place == null) {
            return this;
        }
        return put("section", place.section())
                .put("sectionTitle", place.sectionTitle())
                .put("ratingKey", place.ratingKey())
                .put("title", place.title())
                .put("plexPath", place.path());
    }

    private Details file(ImportedFile file) {
        if (file == null) {
            return this;
        }
        return put("path", file.path())
                .put("quality", file.quality())
                .put("size", file.size() == null ? null : file.size().toString());
    }
}
