package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.Requester;
import dev.callsheet.request.DownloadHealth;
import dev.callsheet.request.DownloadStatus;
import dev.callsheet.request.DownloadView;
import dev.callsheet.request.Episode;
import dev.callsheet.request.EpisodeListing;
import dev.callsheet.request.EpisodeState;
import dev.callsheet.request.MediaItem;
import dev.callsheet.request.MediaProgress;
import dev.callsheet.request.Request;
import dev.callsheet.request.RequestState;
import dev.callsheet.request.Series;
import dev.callsheet.request.SeriesScope;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A series item holds every episode Sonarr lists, so it grows with the series: how many episodes fit
 * in a pipeline record, each as full as it gets (title, air date, ids, release and a long library
 * path), with a season pack download per season, a request covering them all and 64 remembered
 * deliveries.
 */
class MediaItemBoundTest {

    private static final Instant NOW = Instant.parse("2025-01-31T02:00:00Z");
    private static final RequestId REQUEST = new RequestId("overseerr-128");

    private final JsonSerde<MediaItem> serde = JsonSerde.of(MediaItem.class);

    @Test
    void holdsAFiveThousandEpisodeSeriesWellWithinTheBound() {
        int bytes = serde.serializer().serialize("media-items", series(5_000)).length;

        assertThat(bytes).isLessThan(RecordSizes.PIPELINE_VALUE / 4);
    }

    @Test
    void holdsTheLongestRunningSeriesOfAbout20000Episodes() {
        int thousand = serde.serializer().serialize("media-items", series(1_000)).length;
        int twoThousand = serde.serializer().serialize("media-items", series(2_000)).length;
        int perEpisode = (twoThousand - thousand) / 1_000;
        int fixed = thousand - 1_000 * perEpisode;

        assertThat(perEpisode).as("bytes per episode").isBetween(300, 450);
        assertThat((RecordSizes.PIPELINE_VALUE - fixed) / perEpisode)
                .as("episodes that fit")
                .isGreaterThan(20_000);
        assertThat(serde.serializer().serialize("media-items", series(20_000)).length)
                .isLessThan(RecordSizes.PIPELINE_VALUE);
    }

    @Test
    void refusesAnItemOverTheBound() {
        assertThatThrownBy(() -> serde.serializer().serialize("media-items", series(30_000)))
                .isInstanceOf(OversizedRecord.class)
                .hasMessageContaining("MediaItem for media-items is");
    }

    private static MediaItem series(int count) {
        var episodes = new TreeMap<EpisodeKey, Episode>();
        var downloads = new TreeMap<String, DownloadView>();
        for (int i = 0; i < count; i++) {
            // A daily soap, numbered by year as Sonarr numbers daily shows.
            int season = 1963 + i / 250;
            LocalDate aired = LocalDate.of(1963, 4, 1).plusDays(i);
            String pack = "General.Hospital.S%d.1080p.WEB-DL.AAC2.0.H.264-NTb".formatted(season);
            String hash = "%040X".formatted(season);
            String file = "/data/media/tv/General Hospital (1963)/Season %d/General Hospital (1963) - %s - Episode %d"
                            .formatted(season, aired, 1 + i)
                    + " [WEBDL-1080p].mkv";
            episodes.put(
                    EpisodeKey.of(season, 1 + i % 250),
                    new Episode(
                            EpisodeState.AVAILABLE,
                            "Episode " + (1 + i),
                            aired,
                            true,
                            10_000_000L + i,
                            hash,
                            pack,
                            file,
                            100_000 + i));
            downloads.put(
                    hash,
                    new DownloadView(
                            "qBittorrent",
                            "qBittorrent",
                            hash,
                            pack,
                            "TorrentLeech (Prowlarr)",
                            27_262_976_000L,
                            "WEBDL-1080p",
                            new DownloadStatus(
                                    SourceKind.QBITTORRENT,
                                    "qbittorrent",
                                    JobState.COMPLETED,
                                    DownloadHealth.OK,
                                    100.0,
                                    27_262_976_000L,
                                    0L,
                                    0L,
                                    "uploading",
                                    null,
                                    true,
                                    NOW,
                                    NOW)));
        }
        var scope = new SeriesScope(List.of(), true, List.copyOf(episodes.keySet()), null);
        var series = new Series(
                episodes, Map.of(REQUEST, scope), new EpisodeListing("sonarr", NOW, NOW, null, List.of()), downloads);
        var request = new Request(
                REQUEST,
                new Requester("alice", "alice@example.com"),
                RequestState.AVAILABLE,
                NOW,
                NOW,
                NOW,
                "overseerr",
                null,
                null,
                null,
                null);
        return new MediaItem(
                MediaKey.series(75069, false),
                new MediaInfo(MediaType.SERIES, "General Hospital", 1963, 987L, 75069L, "tt0056758", false),
                MediaProgress.AVAILABLE,
                null,
                null,
                List.of(),
                Map.of(REQUEST, request),
                series,
                null,
                null,
                null,
                count,
                Collections.nCopies(64, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
    }
}
