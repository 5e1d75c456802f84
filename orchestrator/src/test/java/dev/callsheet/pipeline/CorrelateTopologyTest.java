package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.ReportedBy;
import dev.callsheet.events.download.WatcherObservation;
import dev.callsheet.events.media.DownloadReported;
import dev.callsheet.events.media.ReleaseGrabbed;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.SourceStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    /** As Radarr's grab names it; qBittorrent speaks lower case. */
    private static final String DUNE = "9F1C2A7B3D4E5F60718293A4B5C6D7E8F9012345";

    private static final String SEVERANCE = "3C7D9E1F2A4B6C8D0E1F3A5B7C9D1E2F4A6B8C0D";
    private static final String REGRAB = "AAAABBBBCCCCDDDDEEEEFFFF0000111122223333";
    private static final int MAX_HELD = 3;

    @TempDir
    Path stateDir;

    private PipelineDriver pipeline;

    @BeforeEach
    void start() {
        var settings = new PipelineProperties(
                null, Duration.ofHours(1), Duration.ofHours(6), Duration.ofMinutes(15), MAX_HELD);
        var instances = new InstanceProperties(Map.of(
                "radarr4k",
                new InstanceProperties.Instance(
                        SourceKind.RADARR, null, null, null, null, true, Duration.ofSeconds(5))));
        pipeline = new PipelineDriver(stateDir, settings, instances, List.of(new WatcherBodyParser()));
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
            report(DUNE.toLowerCase(), ClientChange.ADDED, JobState.QUEUED, 0.0);

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
            report(DUNE, ClientChange.PROGRESS, JobState.DOWNLOADING, 0.4);

            var released = reported().getFirst();
            assertThat(released.mediaKey().value()).isEqualTo(MOVIE + ":4k");
            assertThat(((DownloadReported) released.event()).media().fourK()).isTrue();
        }

        @Test
        void releasesASeriesReportKeyedByTheSeries() {
            pipeline.deliver(SourceKind.SONARR, "sonarr", "payloads/sonarr-grab-season-pack.json");
            report(SEVERANCE, ClientChange.COMPLETED, JobState.COMPLETED, 1.0);

            var released = reported().getFirst();
            assertThat(released.mediaKey().value()).isEqualTo(SERIES);
            assertThat(((DownloadReported) released.event()).media().type()).isEqualTo(MediaType.SERIES);
        }

        @Test
        void knowsTheDownloadFromAnImportOrAStuckImportToo() {
            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-download.json");
            pipeline.deliver(SourceKind.SONARR, "sonarr", "payloads/sonarr-manual-interaction-required.json");
            report(DUNE, ClientChange.REMOVED, null, null);
            report(SEVERANCE, ClientChange.COMPLETED, JobState.COMPLETED, 1.0);

            assertThat(reported())
                    .extracting(envelope -> envelope.mediaKey().value())
                    .containsExactly(MOVIE, SERIES);
        }

        @Test
        void keepsReleasingReportsLongAfterTheHoldWindow() {
            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");
            pipeline.advanceWallClock(Duration.ofHours(1));

            report(DUNE, ClientChange.REMOVED, null, null);

            assertThat(reported()).singleElement().satisfies(envelope -> assertThat(
                            envelope.mediaKey().value())
                    .isEqualTo(MOVIE));
            assertThat(index().get("download:" + DUNE)).isEqualTo(MediaKey.parse(MOVIE));
        }

        @Test
        void correlatesAFailedDownloadAndItsRegrabToTheSameMovie() {
            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");
            report(DUNE, ClientChange.FAILED, JobState.FAILED, 0.2);
            pipeline.deliver(SourceKind.RADARR, "radarr", grabOf(REGRAB));
            report(REGRAB, ClientChange.ADDED, JobState.QUEUED, 0.0);
            report(DUNE, ClientChange.REMOVED, null, null);

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
            report(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);

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
            report(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);
            report(DUNE, ClientChange.PROGRESS, JobState.DOWNLOADING, 0.1);
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
            report(DUNE, ClientChange.COMPLETED, JobState.COMPLETED, 1.0);
            report(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);

            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");

            assertThat(reported())
                    .extracting(envelope -> envelope.event().sourceEventType())
                    .containsExactly("watcher:completed", "watcher:added");
        }

        @Test
        void releasesAnExactDuplicateDeliveryOnce() {
            byte[] added = body(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);
            pipeline.deliver(SourceKind.QBITTORRENT, "qbittorrent", added);
            pipeline.deliver(SourceKind.QBITTORRENT, "qbittorrent", added);

            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");

            assertThat(reported()).singleElement().satisfies(envelope -> assertThat(
                            envelope.event().sourceEventType())
                    .isEqualTo("watcher:added"));
        }

        @Test
        void holdsTheReportsOfTwoDownloadsApartAndReleasesEachWithItsGrab() {
            report(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);
            report(SEVERANCE, ClientChange.ADDED, JobState.QUEUED, 0.0);

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

    @Nested
    class NeverGrabbed {

        @Test
        void keepsHoldingWithinTheHoldWindow() {
            report(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);

            pipeline.advanceWallClock(Duration.ofMinutes(10));

            assertThat(held().get("download:" + DUNE)).isNotNull();
            assertThat(unknown().get("download:" + DUNE)).isNull();
        }

        @Test
        void recordsTheDownloadAsUnknownOnceTheHoldWindowHasPassed() {
            report(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);
            pipeline.advanceWallClock(Duration.ofMinutes(5));
            byte[] progress = body(DUNE, ClientChange.PROGRESS, JobState.DOWNLOADING, null);
            pipeline.deliver(SourceKind.QBITTORRENT, "qbittorrent", progress);

            pipeline.advanceWallClock(Duration.ofMinutes(11));

            assertThat(held().get("download:" + DUNE)).isNull();
            var recorded = unknown().get("download:" + DUNE);
            assertThat(recorded.downloadId()).isEqualTo(DownloadId.of(DUNE));
            assertThat(recorded.client()).isEqualTo(SourceKind.QBITTORRENT);
            assertThat(recorded.instance()).isEqualTo("qbittorrent");
            assertThat(recorded.name()).isEqualTo("Dune.Part.Two.2024.2160p");
            assertThat(recorded.category()).isEqualTo("radarr");
            assertThat(recorded.firstSeen()).isEqualTo(PipelineDriver.T0);
            assertThat(recorded.lastSeen()).isEqualTo(PipelineDriver.T0.plusSeconds(60));
            assertThat(recorded.lastChange()).isEqualTo(ClientChange.PROGRESS);
            assertThat(recorded.state()).isEqualTo(JobState.DOWNLOADING);
            assertThat(recorded.progress()).as("kept from the report that said").isEqualTo(0.0);
            assertThat(recorded.reports()).isEqualTo(2);
            assertThat(recorded.lastBody()).isEqualTo(progress);
            assertThat(pipeline.events.isEmpty()).isTrue();
            assertThat(pipeline.deadletter.isEmpty()).isTrue();
        }

        @Test
        void recordsTheDownloadAsUnknownWhenMoreReportsWaitThanMaxHeld() {
            for (int i = 0; i <= MAX_HELD; i++) {
                report(DUNE, ClientChange.PROGRESS, JobState.DOWNLOADING, i / 10.0);
            }

            assertThat(held().get("download:" + DUNE)).isNull();
            var recorded = unknown().get("download:" + DUNE);
            assertThat(recorded.reports()).isEqualTo(MAX_HELD + 1);
            assertThat(recorded.progress()).isEqualTo(MAX_HELD / 10.0);
            assertThat(pipeline.deadletter.isEmpty()).isTrue();
        }

        @Test
        void updatesTheUnknownRecordWithLaterReportsAtOnce() {
            recordedUnknown();

            report(DUNE, ClientChange.COMPLETED, JobState.COMPLETED, 1.0);
            byte[] removed = body(DUNE, ClientChange.REMOVED, null, null);
            pipeline.deliver(SourceKind.QBITTORRENT, "qbittorrent", removed);
            pipeline.deliver(SourceKind.QBITTORRENT, "qbittorrent", removed);

            var recorded = unknown().get("download:" + DUNE);
            assertThat(recorded.reports()).isEqualTo(3);
            assertThat(recorded.lastChange()).isEqualTo(ClientChange.REMOVED);
            assertThat(recorded.state()).isEqualTo(JobState.COMPLETED);
            assertThat(recorded.progress()).isEqualTo(1.0);
            assertThat(held().get("download:" + DUNE)).isNull();
            assertThat(pipeline.events.isEmpty()).isTrue();
        }

        @Test
        void releasesLaterReportsOnceAGrabNamesTheUnknownDownload() {
            recordedUnknown();

            pipeline.deliver(SourceKind.RADARR, "radarr", "payloads/radarr-grab.json");
            assertThat(unknown().get("download:" + DUNE)).isNull();
            report(DUNE, ClientChange.COMPLETED, JobState.COMPLETED, 1.0);

            assertThat(reported()).singleElement().satisfies(envelope -> {
                assertThat(envelope.mediaKey().value()).isEqualTo(MOVIE);
                assertThat(envelope.event().sourceEventType()).isEqualTo("watcher:completed");
            });
        }

        private void recordedUnknown() {
            report(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);
            pipeline.advanceWallClock(Duration.ofMinutes(16));
            assertThat(unknown().get("download:" + DUNE)).isNotNull();
        }
    }

    private void report(String downloadId, ClientChange change, JobState state, Double progress) {
        pipeline.deliver(SourceKind.QBITTORRENT, "qbittorrent", body(downloadId, change, state, progress));
    }

    private static byte[] body(String downloadId, ClientChange change, JobState state, Double progress) {
        var report = new ClientReport(
                DownloadId.of(downloadId),
                change,
                state,
                "Dune.Part.Two.2024.2160p",
                "radarr",
                progress,
                27_262_976_000L,
                null,
                null,
                null,
                null,
                ReportedBy.WATCHER);
        return EventJson.mapper().writeValueAsBytes(new WatcherObservation.JobChanged(report));
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

    private KeyValueStore<String, UnknownDownload> unknown() {
        return pipeline.driver.getKeyValueStore(StoreNames.UNKNOWN_DOWNLOADS);
    }
}
