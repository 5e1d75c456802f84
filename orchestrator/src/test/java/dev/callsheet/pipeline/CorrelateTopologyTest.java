package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.media.DownloadReported;
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.SourceStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Download client reports find their media item through the grab that named the same download id. */
class CorrelateTopologyTest {

    private static final String MOVIE = "movie:tmdb:693134";
    private static final String SERIES = "series:tvdb:371980";
    private static final String DUNE = QbittorrentWatcher.DUNE;
    private static final String SEVERANCE = QbittorrentWatcher.SEVERANCE;
    private static final String REGRAB = "AAAABBBBCCCCDDDDEEEEFFFF0000111122223333";

    @TempDir
    Path stateDir;

    private PipelineDriver pipeline;
    private QbittorrentWatcher watcher;

    @BeforeEach
    void start() {
        var instances = new InstanceProperties(Map.of(
                "radarr4k",
                new InstanceProperties.Instance(
                        SourceKind.RADARR, null, null, null, null, true, Duration.ofSeconds(5))));
        pipeline = new PipelineDriver(stateDir, PipelineProperties.defaults(), instances);
        watcher = new QbittorrentWatcher(pipeline);
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Nested
    class AfterItsGrab {

        @Test
        void releasesAMoviesReportAtOnceKeyedByTheMovie() {
            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");
            watcher.reports(DUNE.toLowerCase(Locale.ROOT), ClientChange.ADDED, JobState.QUEUED, 0.0);

            var events = pipeline.events.readKeyValuesToList();
            assertThat(events).extracting(event -> event.key).containsExactly(MOVIE, MOVIE);
            assertThat(events.get(0).value.event()).isInstanceOf(ReleaseGrabbed.class);
            var released = events.get(1).value;
            assertThat(released.mediaKey().value()).isEqualTo(MOVIE);
            assertThat(released.delivery().source()).isEqualTo(SourceKind.QBITTORRENT);
            var reported = (DownloadReported) released.event();
            assertThat(reported.media().type()).isEqualTo(MediaType.MOVIE);
            assertThat(reported.media().fourK()).isFalse();
            assertThat(reported.media().title()).isNull();
            assertThat(reported.report().downloadId()).isEqualTo(DownloadId.of(DUNE));
            assertThat(reported.report().change()).isEqualTo(ClientChange.ADDED);
            assertThat(reported.sourceEventType()).isEqualTo("watcher:added");
        }

        @Test
        void releasesA4kMoviesReportToThe4kCopy() {
            pipeline.deliver(SourceKind.RADARR, "radarr4k", "payloads/radarr-grab.json");
            watcher.reports(DUNE, ClientChange.PROGRESS, JobState.DOWNLOADING, 0.4);

            var released = reported().getFirst();
            assertThat(released.mediaKey().value()).isEqualTo(MOVIE + ":4k");
            assertThat(((DownloadReported) released.event()).media().fourK()).isTrue();
        }

        @Test
        void releasesASeriesReportKeyedByTheSeries() {
            pipeline.deliver(SourceKind.SONARR, "sonarr", "payloads/sonarr-grab-season-pack.json");
            watcher.reports(SEVERANCE, ClientChange.COMPLETED, JobState.COMPLETED, 1.0);

            var released = reported().getFirst();
            assertThat(released.mediaKey().value()).isEqualTo(SERIES);
            assertThat(((DownloadReported) released.event()).media().type()).isEqualTo(MediaType.SERIES);
        }

        @Test
        void knowsTheDownloadFromAnImportOrAStuckImportToo() {
            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-download.json");
            pipeline.deliver(SourceKind.SONARR, "sonarr", "payloads/sonarr-manual-interaction-required.json");
            watcher.reports(DUNE, ClientChange.REMOVED, null, null);
            watcher.reports(SEVERANCE, ClientChange.COMPLETED, JobState.COMPLETED, 1.0);

            assertThat(reported())
                    .extracting(envelope -> envelope.mediaKey().value())
                    .containsExactly(MOVIE, SERIES);
        }

        @Test
        void keepsReleasingReportsLongAfterTheHoldWindow() {
            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");
            pipeline.advanceWallClock(Duration.ofHours(1));

            watcher.reports(DUNE, ClientChange.REMOVED, null, null);

            assertThat(reported()).singleElement().satisfies(envelope -> assertThat(
                            envelope.mediaKey().value())
                    .isEqualTo(MOVIE));
            assertThat(index().get("download:" + DUNE)).isEqualTo(MediaKey.parse(MOVIE));
        }

        @Test
        void correlatesAFailedDownloadAndItsRegrabToTheSameMovie() {
            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");
            watcher.reports(DUNE, ClientChange.FAILED, JobState.FAILED, 0.2);
            pipeline.deliver(SourceKind.RADARR, "radarr", grabOf(REGRAB));
            watcher.reports(REGRAB, ClientChange.ADDED, JobState.QUEUED, 0.0);
            watcher.reports(DUNE, ClientChange.REMOVED, null, null);

            assertThat(reported())
                    .extracting(envelope -> envelope.mediaKey().value()
                            + " "
                            + ((DownloadReported) envelope.event()).report().downloadId()
                            + " " + envelope.event().sourceEventType())
                    .containsExactly(
                            MOVIE + " " + DUNE + " watcher:failed",
                            MOVIE + " " + REGRAB + " watcher:added",
                            MOVIE + " " + DUNE + " watcher:removed");
            assertThat(index().get("download:" + DUNE)).isEqualTo(MediaKey.parse(MOVIE));
            assertThat(index().get("download:" + REGRAB)).isEqualTo(MediaKey.parse(MOVIE));
        }

        @Test
        void recordsTheClientAsHeard() {
            watcher.reports(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);

            SourceStatus status = pipeline.driver
                    .<String, SourceStatus>getKeyValueStore(StoreNames.SOURCES)
                    .get("qbittorrent/qbittorrent");
            assertThat(status.deliveries()).isEqualTo(1);
            assertThat(status.lastEventType()).isEqualTo("watcher:added");
        }
    }

    @Nested
    class BeforeItsGrab {

        @Test
        void holdsReportsUntilTheGrabThenReleasesThemInArrivalOrder() {
            watcher.reports(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);
            watcher.reports(DUNE, ClientChange.PROGRESS, JobState.DOWNLOADING, 0.1);
            assertThat(pipeline.events.isEmpty()).isTrue();
            assertThat(held().get("download:" + DUNE).reports()).hasSize(2);

            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");

            var events = pipeline.events.readValuesToList();
            assertThat(events)
                    .extracting(envelope -> envelope.mediaKey().value())
                    .containsOnly(MOVIE);
            assertThat(events)
                    .extracting(envelope -> envelope.event().sourceEventType())
                    .containsExactly("Grab", "watcher:added", "watcher:progress");
            assertThat(held().get("download:" + DUNE)).isNull();
            assertThat(pipeline.deadletter.isEmpty()).isTrue();
        }

        @Test
        void releasesReportsThatCameOutOfOrderInTheOrderTheyArrived() {
            watcher.reports(DUNE, ClientChange.COMPLETED, JobState.COMPLETED, 1.0);
            watcher.reports(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);

            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");

            assertThat(reported())
                    .extracting(envelope -> envelope.event().sourceEventType())
                    .containsExactly("watcher:completed", "watcher:added");
        }

        @Test
        void releasesAnExactDuplicateDeliveryOnce() {
            byte[] added = QbittorrentWatcher.body(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);
            watcher.delivers(added);
            watcher.delivers(added);

            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");

            assertThat(reported()).singleElement().satisfies(envelope -> assertThat(
                            envelope.event().sourceEventType())
                    .isEqualTo("watcher:added"));
        }

        @Test
        void holdsTheReportsOfTwoDownloadsApartAndReleasesEachWithItsGrab() {
            watcher.reports(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);
            watcher.reports(SEVERANCE, ClientChange.ADDED, JobState.QUEUED, 0.0);

            pipeline.deliver(SourceKind.SONARR, "sonarr", "payloads/sonarr-grab-season-pack.json");
            assertThat(reported())
                    .extracting(envelope -> envelope.mediaKey().value())
                    .containsExactly(SERIES);
            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");
            assertThat(reported())
                    .extracting(envelope -> envelope.mediaKey().value())
                    .containsExactly(MOVIE);
        }
    }

    private static byte[] grabOf(String downloadId) {
        String json = new String(PipelineDriver.read("payloads/radarr-grab.json"), StandardCharsets.UTF_8);
        assertThat(json).contains(DUNE);
        return json.replace(DUNE, downloadId).getBytes(StandardCharsets.UTF_8);
    }

    /** The client reports written to {@code events}, leaving out the *arr facts. */
    private List<Envelope> reported() {
        return pipeline.events.readValuesToList().stream()
                .filter(envelope -> envelope.event() instanceof DownloadReported)
                .toList();
    }

    private KeyValueStore<String, MediaKey> index() {
        return pipeline.driver.getKeyValueStore(StoreNames.DOWNLOAD_INDEX);
    }

    private KeyValueStore<String, HeldReports> held() {
        return pipeline.driver.getKeyValueStore(StoreNames.HELD_DOWNLOADS);
    }
}
