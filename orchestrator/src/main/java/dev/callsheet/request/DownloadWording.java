package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.DownloadReported;
import java.util.List;
import java.util.Locale;

/** How a download milestone reads on a timeline: "Download 50 % done, about 4 min left". */
final class DownloadWording {

    private DownloadWording() {}

    /**
     * @param download the reported download as it now stands
     * @param episodes the episodes it serves; empty for a movie
     */
    static String milestone(
            DownloadMilestone milestone, DownloadView download, DownloadReported e, List<EpisodeKey> episodes) {
        DownloadStatus status = download.status();
        String client = client(download, status.source());
        String name = Wording.or(download.release(), Wording.or(e.report().name(), download.id()));
        String text =
                switch (milestone) {
                    case STARTED -> "%s started %s%s".formatted(client, name, at(status, " at "));
                    case QUARTER, HALF, THREE_QUARTERS -> "Download %s done%s".formatted(percent(status), left(status));
                    case STALLED ->
                        "Download stalled%s in %s: %s"
                                .formatted(at(status, " at "), client, Wording.or(status.reason(), "no reason given"));
                    case RECOVERED -> "Download moving again in %s%s".formatted(client, at(status, " at "));
                    case COMPLETED -> "Download completed in %s: %s".formatted(client, name);
                    case FAILED ->
                        "Download failed in %s: %s".formatted(client, Wording.or(status.reason(), "no reason given"));
                    case REMOVED ->
                        "Download removed from %s%s before it completed".formatted(client, at(status, " at "));
                };
        return episodes.isEmpty() ? text : text + " for " + EpisodeWording.list(episodes);
    }

    /** The *arr app's name for the client when it gave one, else the kind that reported. */
    static String client(DownloadView download, SourceKind source) {
        if (download.clientType() != null) {
            return download.clientType();
        }
        if (download.client() != null) {
            return download.client();
        }
        return switch (source) {
            case QBITTORRENT -> "qBittorrent";
            case SABNZBD -> "SABnzbd";
            case NZBGET -> "NZBGet";
            default -> source.id();
        };
    }

    private static String at(DownloadStatus status, String prefix) {
        return status.progress() == null || status.progress() == 0 ? "" : prefix + percent(status);
    }

    static String percent(DownloadStatus status) {
        double value = status.progress() == null ? 0 : status.progress();
        return value == Math.floor(value)
                ? String.format(Locale.ROOT, "%.0f %%", value)
                : String.format(Locale.ROOT, "%.1f %%", value);
    }

    private static String left(DownloadStatus status) {
        Long eta = status.etaSeconds();
        if (eta == null || eta <= 0) {
            return "";
        }
        if (eta < 90) {
            return ", about " + eta + " s left";
        }
        return eta < 90 * 60
                ? ", about " + Math.round(eta / 60.0) + " min left"
                : ", about " + Math.round(eta / 3600.0) + " h left";
    }
}
