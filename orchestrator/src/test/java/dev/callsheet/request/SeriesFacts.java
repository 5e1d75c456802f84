package dev.callsheet.request;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.DownloadImported;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.EpisodeAvailable;
import dev.callsheet.events.media.EpisodeFileDeleted;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.EpisodesGrabbed;
import dev.callsheet.events.media.EpisodesImported;
import dev.callsheet.events.media.EpisodesResolved;
import dev.callsheet.events.media.ImportedFile;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.Release;
import dev.callsheet.events.media.RequestApproved;
import dev.callsheet.events.media.RequestAutoApproved;
import dev.callsheet.events.media.RequestAvailable;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.ResolvedEpisode;
import dev.callsheet.events.media.SeriesAdded;
import dev.callsheet.events.media.SeriesDeleted;
import dev.callsheet.events.media.UnreadableAnswer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The facts of the series specs: Severance. Season 1 (9 episodes) aired in 2022; season 2 (10
 * episodes) airs weekly from 2024-05-17, so when the specs start (2024-06-01) its first three have
 * aired.
 */
final class SeriesFacts {

    static final MediaKey SEVERANCE = MediaKey.series(371980, false);
    static final MediaInfo AS_SONARR_SAYS =
            new MediaInfo(MediaType.SERIES, "Severance", 2022, null, 371980L, "tt11280740", false);
    static final MediaInfo AS_OVERSEERR_SAYS =
            new MediaInfo(MediaType.SERIES, null, null, 95396L, 371980L, null, false);
    static final String PACK = "Severance.S01.2160p.ATVP.WEB-DL.DDP5.1.DV.H.265-NTb";
    static final String PACK_HASH = "5A1C2A7B3D4E5F60718293A4B5C6D7E8F9012345";
    static final LocalDate SEASON_2_PREMIERE = LocalDate.parse("2024-05-17");

    private SeriesFacts() {}

    static EpisodeRef episode(int season, int episode) {
        LocalDate aired = season == 1
                ? LocalDate.parse("2022-02-18").plusWeeks(episode - 1)
                : SEASON_2_PREMIERE.plusWeeks(episode - 1);
        return new EpisodeRef(
                EpisodeKey.of(season, episode),
                10_000L * season + episode,
                1_000 * season + episode,
                "Episode " + episode,
                aired);
    }

    static List<EpisodeRef> season(int season, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(e -> episode(season, e)).toList();
    }

    static RequestSubmitted submitted(long id, Integer... seasons) {
        return new RequestSubmitted(
                Facts.request(id), Facts.ALICE, AS_OVERSEERR_SAYS, List.of(seasons), "MEDIA_PENDING");
    }

    static RequestApproved approved(long id, Integer... seasons) {
        return new RequestApproved(
                Facts.request(id), Facts.ALICE, AS_OVERSEERR_SAYS, List.of(seasons), "MEDIA_APPROVED");
    }

    static RequestAutoApproved autoApproved(long id, Integer... seasons) {
        return new RequestAutoApproved(
                Facts.request(id), Facts.ALICE, AS_OVERSEERR_SAYS, List.of(seasons), "MEDIA_AUTO_APPROVED");
    }

    static RequestAvailable reportedAvailable(long id, Integer... seasons) {
        return new RequestAvailable(
                Facts.request(id), Facts.ALICE, AS_OVERSEERR_SAYS, List.of(seasons), "MEDIA_AVAILABLE");
    }

    static SeriesAdded seriesAdded() {
        return new SeriesAdded(AS_SONARR_SAYS, "SeriesAdd");
    }

    /** Sonarr's list: both seasons, monitored, none with a file. */
    static EpisodesResolved listed() {
        return listed(List.of());
    }

    /** Sonarr's list, with a file for {@code withFile}. */
    static EpisodesResolved listed(List<EpisodeRef> withFile) {
        List<ResolvedEpisode> episodes = new ArrayList<>();
        for (EpisodeRef ref : concat(season(1, 9), season(2, 10))) {
            episodes.add(new ResolvedEpisode(ref, true, withFile.contains(ref)));
        }
        return new EpisodesResolved(AS_SONARR_SAYS, "d-1:resolve", 12, episodes, "EpisodesResolved");
    }

    static EpisodesGrabbed grabbed(List<EpisodeRef> episodes, String release, String downloadId) {
        return new EpisodesGrabbed(
                AS_SONARR_SAYS,
                episodes,
                new Release(release, "TorrentLeech (Prowlarr)", 38_000_000_000L, "WEBDL-2160p", "NTb"),
                new DownloadRef(DownloadId.of(downloadId), "qBittorrent", "qBittorrent"),
                "Grab");
    }

    static EpisodesGrabbed seasonPackGrabbed() {
        return grabbed(season(1, 9), PACK, PACK_HASH);
    }

    static EpisodesImported fileImported(EpisodeRef... episodes) {
        return fileImported(false, "WEBDL-2160p", episodes);
    }

    static EpisodesImported fileImported(boolean upgrade, String quality, EpisodeRef... episodes) {
        String name = episodes[0].key()
                + (episodes.length > 1
                        ? "-E%02d".formatted(episodes[episodes.length - 1].key().episode())
                        : "");
        return new EpisodesImported(
                AS_SONARR_SAYS,
                List.of(episodes),
                new ImportedFile(path(name, quality), quality, 4_000_000_000L),
                upgrade,
                new Release(PACK, "TorrentLeech (Prowlarr)", null, null, "NTb"),
                new DownloadRef(DownloadId.of(PACK_HASH), "qBittorrent", "qBittorrent"),
                "Download");
    }

    static String path(String episodes, String quality) {
        return "/data/media/tv/Severance/Season 01/Severance - %s [%s].mkv".formatted(episodes, quality);
    }

    static DownloadImported importComplete(int files, List<EpisodeRef> episodes) {
        List<ImportedFile> imported = IntStream.rangeClosed(1, files)
                .mapToObj(n -> new ImportedFile(path("S01E%02d".formatted(n), "WEBDL-2160p"), "WEBDL-2160p", null))
                .toList();
        return new DownloadImported(
                AS_SONARR_SAYS,
                episodes,
                imported,
                new Release(PACK, "TorrentLeech (Prowlarr)", null, null, "NTb"),
                new DownloadRef(DownloadId.of(PACK_HASH), "qBittorrent", "qBittorrent"),
                "Download");
    }

    static EpisodeAvailable inPlex(EpisodeRef episode) {
        return new EpisodeAvailable(AS_SONARR_SAYS, episode, "Basement", "TV Shows", "9001", "9000", "library.new");
    }

    static EpisodeFileDeleted fileDeleted(String reason, EpisodeRef... episodes) {
        return new EpisodeFileDeleted(
                AS_SONARR_SAYS, List.of(episodes), path("x", "WEBDL-2160p"), reason, "EpisodeFileDelete");
    }

    static CommandAttemptFailed sonarrUnreachable(int attempt) {
        return new CommandAttemptFailed(
                AS_OVERSEERR_SAYS,
                "d-1:resolve",
                "ResolveSeriesEpisodes",
                attempt,
                "Sonarr unreachable",
                Duration.ofSeconds(30),
                null,
                "ResolveSeriesEpisodes");
    }

    /** Sonarr v3's answer, read by a DTO that wants v4's {@code tmdbId}: given up at once. */
    static CommandAttemptFailed sonarrUnreadable(String version) {
        return new CommandAttemptFailed(
                AS_OVERSEERR_SAYS,
                "d-1:resolve",
                "ResolveSeriesEpisodes",
                1,
                "Sonarr at http://sonarr:8989 gave an unreadable answer to GET /api/v3/series?tvdbId=371980: the body"
                        + " is not the expected JSON at [0].tmdbId: Cannot map `null` into type `int`",
                null,
                new UnreadableAnswer("Sonarr", "sonarr", version, "GET /api/v3/series?tvdbId=371980", "[0].tmdbId"),
                "ResolveSeriesEpisodes");
    }

    /** Sonarr refused the key: given up at once, and not an unreadable answer. */
    static CommandAttemptFailed sonarrRefusedTheKey() {
        return new CommandAttemptFailed(
                AS_OVERSEERR_SAYS,
                "d-1:resolve",
                "ResolveSeriesEpisodes",
                1,
                "Sonarr at http://sonarr:8989 refused the API key (HTTP 401 on GET /api/v3/series?tvdbId=371980)",
                null,
                null,
                "ResolveSeriesEpisodes");
    }

    static SeriesDeleted seriesDeleted(boolean filesDeleted) {
        return new SeriesDeleted(AS_SONARR_SAYS, filesDeleted, "SeriesDelete");
    }

    private static List<EpisodeRef> concat(List<EpisodeRef> first, List<EpisodeRef> second) {
        List<EpisodeRef> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
