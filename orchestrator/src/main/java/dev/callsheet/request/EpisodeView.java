package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import java.time.LocalDate;

/**
 * One episode in a request's scope, as {@code GET /api/requests/{id}/episodes} lists it.
 *
 * @param key season and episode number, written {@code S02E03}
 * @param file the path of its file in the library; null before an import and after a deletion
 * @param download the download its latest grab went to, with its client's latest report; null
 *     before a grab
 */
public record EpisodeView(
        EpisodeKey key,
        String title,
        LocalDate airDate,
        EpisodeState state,
        boolean monitored,
        Long episodeTvdbId,
        String downloadId,
        String release,
        String file,
        DownloadView download) {

    static EpisodeView of(EpisodeKey key, Episode episode, DownloadView download) {
        return new EpisodeView(
                key,
                episode.title(),
                episode.airDate(),
                episode.state(),
                episode.monitored(),
                episode.episodeTvdbId(),
                episode.downloadId(),
                episode.release(),
                episode.file(),
                download);
    }
}
