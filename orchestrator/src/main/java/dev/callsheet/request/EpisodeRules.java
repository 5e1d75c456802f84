package dev.callsheet.request;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.EpisodeFileDeleted;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.EpisodesGrabbed;
import dev.callsheet.events.media.EpisodesImported;
import dev.callsheet.events.media.EpisodesResolved;
import dev.callsheet.events.media.ManualInteractionRequired;
import dev.callsheet.events.media.RequestAvailable;
import dev.callsheet.events.media.ResolvedEpisode;
import dev.callsheet.request.Attention.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What the series facts do to a series item's episodes: each listed episode moves on its own
 * through {@link EpisodeTransitionTable}, never back. A season pack is one grab of many episodes;
 * a multi-episode file is one import of several.
 */
final class EpisodeRules {

    private EpisodeRules() {}

    static MediaItem grabbed(MediaItem item, EpisodesGrabbed e) {
        DownloadView grabbed = MediaRules.download(e.release(), e.download());
        DownloadView known =
                grabbed.id() == null ? null : item.series().downloads().get(grabbed.id());
        DownloadView download = DownloadRules.grabbed(known != null ? known : item.download(), grabbed);
        MediaItem moved = moving(
                item, e.episodes(), EpisodeState.DOWNLOADING, ep -> ep.withDownload(download.id(), download.release()));
        return MediaRules.clearing(
                moved.withDownload(download).withSeries(moved.series().withDownload(download)),
                Kind.MANUAL_INTERACTION_REQUIRED);
    }

    /**
     * A client's report on the download the episodes' latest grab went to: its failure fails those
     * still downloading from it, and its recovery from a failure takes them back to downloading.
     */
    static MediaItem downloadReported(MediaItem item, String downloadId, boolean failed, boolean recovered) {
        if (!failed && !recovered) {
            return item;
        }
        EpisodeState from = failed ? EpisodeState.DOWNLOADING : EpisodeState.FAILED;
        EpisodeState to = failed ? EpisodeState.FAILED : EpisodeState.DOWNLOADING;
        Map<EpisodeKey, Episode> episodes = new TreeMap<>(item.series().episodes());
        episodes.replaceAll((key, episode) ->
                downloadId.equals(episode.downloadId()) && episode.state() == from ? episode.movedTo(to) : episode);
        return item.withSeries(item.series().withEpisodes(episodes));
    }

    /** The episodes whose latest grab went to {@code downloadId}, ascending. */
    static List<EpisodeKey> servedBy(MediaItem item, String downloadId) {
        return item.series().episodes().entrySet().stream()
                .filter(entry -> downloadId.equals(entry.getValue().downloadId()))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** An import seen before its grab takes the episode straight to imported, with the download it names. */
    static MediaItem imported(MediaItem item, EpisodesImported e) {
        DownloadView download = MediaRules.download(e.release(), e.download());
        String path = e.file() == null ? null : e.file().path();
        MediaItem moved = moving(item, e.episodes(), EpisodeState.IMPORTED, ep -> {
            Episode filed = ep.withFile(path);
            return ep.downloadId() == null ? filed.withDownload(download.id(), download.release()) : filed;
        });
        return MediaRules.clearing(moved, Kind.MANUAL_INTERACTION_REQUIRED, Kind.FILE_DELETED);
    }

    /**
     * Import complete names the release's episodes, but not which of them a file was imported for
     * (a pack may miss one). Only when there are as many files as episodes is each surely
     * imported; otherwise the per-file facts, or Sonarr's next episode list, say.
     */
    static MediaItem importComplete(MediaItem item, DownloadImported e) {
        MediaItem moved = e.files().size() >= e.episodes().size()
                ? moving(item, e.episodes(), EpisodeState.IMPORTED, UnaryOperator.identity())
                : item;
        return MediaRules.clearing(moved, Kind.MANUAL_INTERACTION_REQUIRED);
    }

    static MediaItem available(MediaItem item, EpisodeAvailable e) {
        return moving(item, List.of(e.episode()), EpisodeState.AVAILABLE, UnaryOperator.identity());
    }

    /** A Plex server confirmed the episodes of one file: they can be watched. */
    static MediaItem inPlex(MediaItem item, List<EpisodeRef> confirmed) {
        return moving(item, confirmed, EpisodeState.AVAILABLE, UnaryOperator.identity());
    }

    static MediaItem stuck(MediaItem item, ManualInteractionRequired e) {
        return moving(item, e.episodes(), EpisodeState.FAILED, UnaryOperator.identity());
    }

    /** A deletion to make way for an upgrade is no loss; any other leaves the episodes without a file. */
    static MediaItem fileDeleted(MediaItem item, EpisodeFileDeleted e, Instant now) {
        if ("upgrade".equalsIgnoreCase(e.reason())) {
            return item;
        }
        Map<EpisodeKey, Episode> episodes = new TreeMap<>(item.series().episodes());
        for (EpisodeRef ref : e.episodes()) {
            episodes.computeIfPresent(ref.key(), (key, episode) -> episode.withFile(null));
        }
        return MediaRules.raising(
                item.withSeries(item.series().withEpisodes(episodes)),
                new Attention(Kind.FILE_DELETED, Wording.summary(e), now));
    }

    /**
     * Sonarr's list: every episode it knows, aired or not. A file it lists is an import that was
     * missed; an aired, monitored episode without one is being searched for.
     */
    static MediaItem listed(MediaItem item, EpisodesResolved e, Instant now) {
        LocalDate today = Days.of(now);
        Map<EpisodeKey, Episode> episodes = new TreeMap<>(item.series().episodes());
        for (ResolvedEpisode listed : e.episodes()) {
            EpisodeRef ref = listed.episode();
            Episode current = episodes.get(ref.key());
            Episode informed = (current == null ? Episode.first(EpisodeState.WANTED, ref) : current.informedBy(ref))
                    .withMonitored(listed.monitored());
            Episode moved = listed.hasFile() ? informed.movedTo(EpisodeState.IMPORTED) : searched(informed, today);
            episodes.put(ref.key(), moved);
        }
        Series series = item.series()
                .withEpisodes(episodes)
                .withListing(item.series().listing().listed(now));
        return item.withSeries(series);
    }

    /** The passing of time: aired, monitored episodes without a release are searched for now. */
    static MediaItem aired(MediaItem item, LocalDate today) {
        Map<EpisodeKey, Episode> episodes = new TreeMap<>(item.series().episodes());
        episodes.replaceAll((key, episode) -> searched(episode, today));
        return episodes.equals(item.series().episodes())
                ? item
                : item.withSeries(item.series().withEpisodes(episodes));
    }

    /**
     * The request manager found every aired episode of the request's seasons in the media server:
     * those in its known scope are available. Before the scope is known there is nothing to mark.
     */
    static MediaItem reportedAvailable(MediaItem item, RequestAvailable e) {
        Map<EpisodeKey, Episode> episodes = new TreeMap<>(item.series().episodes());
        item.series().scope(e.requestId()).filter(SeriesScope::known).ifPresent(scope -> scope.episodes()
                .forEach(key -> episodes.computeIfPresent(key, (k, ep) -> ep.movedTo(EpisodeState.AVAILABLE))));
        return item.withSeries(item.series().withEpisodes(episodes));
    }

    /** Removal from Sonarr with the files (or before any file) forgets the episodes: nothing remains. */
    static MediaItem removed(MediaItem item, boolean filesDeleted) {
        boolean filesRemain = !filesDeleted
                && item.series().episodes().values().stream()
                        .anyMatch(ep -> ep.state() == EpisodeState.IMPORTED || ep.state() == EpisodeState.AVAILABLE);
        if (filesRemain) {
            return item;
        }
        Series forgotten = item.series()
                .withEpisodes(Map.of())
                .withListing(item.series().listing().forgotten());
        return item.withProgress(MediaProgress.UNKNOWN)
                .withDownload(null)
                .withAttention(List.of())
                .withPlex(PlexConfirmations.NONE)
                .withSeries(forgotten);
    }

    private static Episode searched(Episode episode, LocalDate today) {
        return episode.monitored() && episode.aired(today) ? episode.movedTo(EpisodeState.SEARCHING) : episode;
    }

    /** Each listed episode moved to {@code to} where the table allows, then changed by {@code change} either way. */
    private static MediaItem moving(
            MediaItem item, List<EpisodeRef> refs, EpisodeState to, UnaryOperator<Episode> change) {
        Map<EpisodeKey, Episode> episodes = new TreeMap<>(item.series().episodes());
        for (EpisodeRef ref : refs) {
            Episode current = episodes.get(ref.key());
            Episode moved = current == null
                    ? Episode.first(to, ref)
                    : current.informedBy(ref).movedTo(to);
            episodes.put(ref.key(), change.apply(moved));
        }
        return item.withSeries(item.series().withEpisodes(episodes));
    }
}
