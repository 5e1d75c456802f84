package dev.callsheet.request;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.MediaInfo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one media item, kept per media key: its own progress, what is
 * known about it, and the requests for it. The pipeline stores it as JSON and hands it back; only
 * {@link Decider} changes it.
 *
 * @param media what the sources said about the item, merged; the first known value of a field wins
 * @param download the latest download; null before a grab
 * @param file the file in the library; null before an import and after its deletion
 * @param attention what needs a person's look, at most one per kind
 * @param requests the requests for this item by id, in the order they were first heard of
 * @param series a series' episodes, its requests' scopes and its episode listing; empty for a movie
 * @param plex the imported files waiting for Plex's confirmation, and where Plex has the item
 * @param searches what Callsheet searched the arr for, and what it will search for next
 * @param notices what Callsheet told whom, what it holds back or collects, and who else wants to hear
 * @param sequence the sequence of the item's latest timeline entry; 0 before the first
 * @param recentFingerprints fingerprints of the latest deliveries, oldest first, by which exact
 *     duplicates are dropped
 */
public record MediaItem(
        MediaKey key,
        MediaInfo media,
        MediaProgress progress,
        DownloadView download,
        ImportedFile file,
        List<Attention> attention,
        Map<RequestId, Request> requests,
        Series series,
        PlexConfirmations plex,
        Searches searches,
        Notices notices,
        long sequence,
        List<String> recentFingerprints) {

    /** How many deliveries are remembered: enough for a sender's retries, bounded so the state stays small. */
    static final int REMEMBERED_DELIVERIES = 64;

    public MediaItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(progress, "progress");
        attention = attention == null ? List.of() : List.copyOf(attention);
        requests = requests == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(requests));
        series = series == null ? Series.NONE : series;
        plex = plex == null ? PlexConfirmations.NONE : plex;
        searches = searches == null ? Searches.NONE : searches;
        notices = notices == null ? Notices.NONE : notices;
        recentFingerprints = recentFingerprints == null ? List.of() : List.copyOf(recentFingerprints);
    }

    /** An item nobody has said anything about yet. */
    public static MediaItem empty(MediaKey key) {
        MediaInfo unknown = new MediaInfo(key.type(), null, null, null, null, null, key.fourK());
        return new MediaItem(
                key,
                unknown,
                MediaProgress.UNKNOWN,
                null,
                null,
                List.of(),
                Map.of(),
                Series.NONE,
                PlexConfirmations.NONE,
                Searches.NONE,
                Notices.NONE,
                0,
                List.of());
    }

    /** What {@code GET /api/media/{key}} shows: the item and where each of its requests stands. */
    public MediaView view() {
        Map<RequestId, RequestState> states = new LinkedHashMap<>();
        requests.forEach((id, request) -> states.put(id, request.state()));
        return new MediaView(
                key, media, progress, download, file, attention, plex.places(), Collections.unmodifiableMap(states));
    }

    /**
     * The episodes in the scope of one of this item's series requests, ascending, as {@code GET
     * /api/requests/{id}/episodes} lists them; empty for a movie, an unknown request, or before
     * Sonarr has listed the episodes.
     */
    public List<EpisodeView> episodesInScope(RequestId id) {
        return series.scope(id).map(SeriesScope::episodes).orElse(List.of()).stream()
                .filter(series.episodes()::containsKey)
                .map(key -> {
                    Episode episode = series.episodes().get(key);
                    return EpisodeView.of(key, episode, series.downloadOf(episode));
                })
                .toList();
    }

    /** The current view of one of this item's requests. */
    public Optional<RequestView> requestView(RequestId id) {
        return Optional.ofNullable(requests.get(id)).map(request -> request.view(this));
    }

    boolean hasSeen(String fingerprint) {
        return fingerprint != null && recentFingerprints.contains(fingerprint);
    }

    MediaItem remembering(String fingerprint) {
        if (fingerprint == null) {
            return this;
        }
        List<String> remembered = new ArrayList<>(recentFingerprints);
        remembered.add(fingerprint);
        List<String> kept =
                remembered.subList(Math.max(0, remembered.size() - REMEMBERED_DELIVERIES), remembered.size());
        return new MediaItem(
                key, media, progress, download, file, attention, requests, series, plex, searches, notices, sequence,
                kept);
    }

    MediaItem withMedia(MediaInfo info) {
        return new MediaItem(
                key,
                info,
                progress,
                download,
                file,
                attention,
                requests,
                series,
                plex,
                searches,
                notices,
                sequence,
                recentFingerprints);
    }

    MediaItem withProgress(MediaProgress next) {
        return new MediaItem(
                key,
                media,
                next,
                download,
                file,
                attention,
                requests,
                series,
                plex,
                searches,
                notices,
                sequence,
                recentFingerprints);
    }

    MediaItem withDownload(DownloadView next) {
        return new MediaItem(
                key,
                media,
                progress,
                next,
                file,
                attention,
                requests,
                series,
                plex,
                searches,
                notices,
                sequence,
                recentFingerprints);
    }

    MediaItem withFile(ImportedFile next) {
        return new MediaItem(
                key,
                media,
                progress,
                download,
                next,
                attention,
                requests,
                series,
                plex,
                searches,
                notices,
                sequence,
                recentFingerprints);
    }

    MediaItem withAttention(List<Attention> next) {
        return new MediaItem(
                key,
                media,
                progress,
                download,
                file,
                next,
                requests,
                series,
                plex,
                searches,
                notices,
                sequence,
                recentFingerprints);
    }

    MediaItem withPlex(PlexConfirmations next) {
        return new MediaItem(
                key,
                media,
                progress,
                download,
                file,
                attention,
                requests,
                series,
                next,
                searches,
                notices,
                sequence,
                recentFingerprints);
    }

    MediaItem withSearches(Searches next) {
        return new MediaItem(
                key,
                media,
                progress,
                download,
                file,
                attention,
                requests,
                series,
                plex,
                next,
                notices,
                sequence,
                recentFingerprints);
    }

    MediaItem withSeries(Series next) {
        return new MediaItem(
                key,
                media,
                progress,
                download,
                file,
                attention,
                requests,
                next,
                plex,
                searches,
                notices,
                sequence,
                recentFingerprints);
    }

    /**
     * The stage the item offers a request following it: a movie's progress (failed while its
     * download has failed in the client), a series' episodes in its scope.
     */
    Optional<RequestState> stageFor(RequestId id) {
        return switch (key.type()) {
            case MOVIE ->
                progress == MediaProgress.DOWNLOADING && download != null && download.failed()
                        ? Optional.of(RequestState.FAILED)
                        : progress.requestStage();
            case SERIES -> SeriesStage.of(this, series.scopes().get(id));
        };
    }

    /** How far a series request's episodes have come; null for a movie. */
    EpisodeProgress episodeProgress(RequestId id) {
        return series.scope(id).map(scope -> EpisodeProgress.of(scope, series)).orElse(null);
    }

    MediaItem withNotices(Notices next) {
        return new MediaItem(
                key,
                media,
                progress,
                download,
                file,
                attention,
                requests,
                series,
                plex,
                searches,
                next,
                sequence,
                recentFingerprints);
    }

    MediaItem withRequests(Map<RequestId, Request> next, long lastSequence) {
        return new MediaItem(
                key,
                media,
                progress,
                download,
                file,
                attention,
                next,
                series,
                plex,
                searches,
                notices,
                lastSequence,
                recentFingerprints);
    }
}
