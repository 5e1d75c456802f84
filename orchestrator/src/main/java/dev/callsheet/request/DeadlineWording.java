package dev.callsheet.request;

import dev.callsheet.events.MediaType;
import dev.callsheet.request.Attention.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The attention a passed deadline raises, in words for the admin: since when the request stands
 * where it does, what Callsheet knows about why, and what it does next. Its timeline entry says the
 * same.
 */
final class DeadlineWording {

    private DeadlineWording() {}

    static Attention notDecided(Request request, Duration deadline, Instant at) {
        return new Attention(
                Kind.NOT_DECIDED,
                "Waiting for a decision since %s (over %s), requested by %s. Callsheet keeps it in the approval queue until someone approves or declines it."
                        .formatted(request.since(), PlexWording.took(deadline), Wording.who(request.requestedBy())),
                at);
    }

    static Attention notGrabbed(MediaItem item, Request request, Duration deadline, Instant at) {
        String arr = arr(item);
        String known = request.state() == RequestState.APPROVED
                ? "Approved since %s and nothing grabbed (over %s): %s has not said it has the %s"
                : "Searching since %s and nothing grabbed (over %s): %s has the %s and has grabbed nothing for it";
        return new Attention(
                Kind.NOT_GRABBED,
                (known
                                + ". Callsheet keeps searching %s on its search back-off (callsheet.search.*) until a release is grabbed.")
                        .formatted(request.since(), PlexWording.took(deadline), arr, noun(item), arr),
                at);
    }

    static Attention downloadStalled(MediaItem item, Request request, Duration deadline, Instant at) {
        return new Attention(
                Kind.DOWNLOAD_STALLED,
                "Grabbed since %s and not imported (over %s): %s. Callsheet keeps following the download and moves the request once %s imports it."
                        .formatted(request.since(), PlexWording.took(deadline), download(item.download()), arr(item)),
                at);
    }

    static Attention importPending(MediaItem item, Instant completed, Duration deadline, Instant at) {
        DownloadView download = item.download();
        String arr = arr(item);
        return new Attention(
                Kind.IMPORT_PENDING,
                "Download completed in %s at %s and %s has not imported it (over %s): %s. Callsheet waits for the import; %s's queue shows why it has not."
                        .formatted(
                                DownloadWording.client(
                                        download, download.status().source()),
                                completed,
                                arr,
                                PlexWording.took(deadline),
                                Wording.or(download.release(), Wording.or(download.id(), "release not named")),
                                arr),
                at);
    }

    static Attention notInLibrary(MediaItem item, Request request, Duration deadline, PlexServers plex, Instant at) {
        List<String> waiting = item.plex().waits().stream()
                .filter(PlexWait::pending)
                .map(wait -> "Plex '%s' since %s".formatted(wait.instance(), wait.since()))
                .distinct()
                .toList();
        String known = waiting.isEmpty()
                ? "no Plex server is looking for the file"
                : "waiting for " + String.join(", ", waiting);
        String next = plex.configured()
                ? "Callsheet asks Plex again after %s without a word, until %s after the import"
                        .formatted(PlexWording.took(PlexRules.ASK_AGAIN_AFTER), PlexWording.took(PlexRules.DEADLINE))
                : "No Plex server is configured to confirm imports: Callsheet waits for Plex's library.new webhook";
        return new Attention(
                Kind.NOT_IN_LIBRARY,
                "Imported since %s and not available (over %s): %s. %s."
                        .formatted(request.since(), PlexWording.took(deadline), known, next),
                at);
    }

    /** What the client last said about the download, or that it said nothing. */
    private static String download(DownloadView download) {
        if (download == null) {
            return "no download is known";
        }
        String release = Wording.or(download.release(), Wording.or(download.id(), "the release"));
        DownloadStatus status = download.status();
        if (status == null) {
            return release + ", which no download client has reported on";
        }
        String state = status.state() == null
                ? "state not known"
                : status.state().name().toLowerCase(Locale.ROOT);
        String progress = status.progress() == null ? "" : " at " + DownloadWording.percent(status);
        String reason = status.reason() == null ? "" : " (" + status.reason() + ")";
        return "%s in %s: %s%s%s, last reported %s"
                .formatted(
                        release,
                        DownloadWording.client(download, status.source()),
                        state,
                        progress,
                        reason,
                        status.updatedAt());
    }

    private static String arr(MediaItem item) {
        return item.key().type() == MediaType.SERIES ? "Sonarr" : "Radarr";
    }

    private static String noun(MediaItem item) {
        return item.key().type() == MediaType.SERIES ? "series" : "movie";
    }
}
