package dev.callsheet.pipeline;

import static dev.callsheet.pipeline.QbittorrentWatcher.DUNE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.media.DownloadReported;
import dev.callsheet.source.InstanceProperties;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A download no grab names is recorded as unknown after the hold window or beyond the held count,
 * never dropped and never a dead letter; a grab that names it later takes its reports from then on.
 */
class UnknownDownloadsTopologyTest {

    private static final String MOVIE = "movie:tmdb:693134";
    private static final int MAX_HELD = 3;

    @TempDir
    Path stateDir;

    private PipelineDriver pipeline;
    private QbittorrentWatcher watcher;

    @BeforeEach
    void start() {
        var settings = new PipelineProperties(
                null,
                Duration.ofSeconds(15),
                Duration.ofHours(6),
                Duration.ofHours(1),
                Duration.ofMinutes(15),
                MAX_HELD);
        pipeline = new PipelineDriver(stateDir, settings, new InstanceProperties(Map.of()));
        watcher = new QbittorrentWatcher(pipeline);
    }

    @AfterEach
    void stop() {
        pipeline.close();
    }

    @Test
    void keepsHoldingWithinTheHoldWindow() {
        watcher.reports(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);

        pipeline.advanceWallClock(Duration.ofMinutes(10));

        assertThat(held().get("download:" + DUNE)).isNotNull();
        assertThat(unknown().get("download:" + DUNE)).isNull();
    }

    @Test
    void recordsTheDownloadAsUnknownOnceTheHoldWindowHasPassed() {
        watcher.reports(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);
        pipeline.advanceWallClock(Duration.ofMinutes(5));
        byte[] progress = QbittorrentWatcher.body(DUNE, ClientChange.PROGRESS, JobState.DOWNLOADING, null);
        watcher.delivers(progress);

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
        assertThat(recorded.lastExcerpt()).isEqualTo(new String(progress, StandardCharsets.UTF_8));
        assertThat(pipeline.events.isEmpty()).isTrue();
        assertThat(pipeline.deadletter.isEmpty()).isTrue();
    }

    @Test
    void recordsTheDownloadAsUnknownWhenMoreReportsWaitThanMaxHeld() {
        for (int i = 0; i <= MAX_HELD; i++) {
            watcher.reports(DUNE, ClientChange.PROGRESS, JobState.DOWNLOADING, i / 10.0);
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

        watcher.reports(DUNE, ClientChange.COMPLETED, JobState.COMPLETED, 1.0);
        byte[] removed = QbittorrentWatcher.body(DUNE, ClientChange.REMOVED, null, null);
        watcher.delivers(removed);
        watcher.delivers(removed);

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
        watcher.reports(DUNE, ClientChange.COMPLETED, JobState.COMPLETED, 1.0);

        var events = pipeline.events.readValuesToList();
        assertThat(events).extracting(envelope -> envelope.mediaKey().value()).containsOnly(MOVIE);
        assertThat(events)
                .as("the report recorded as unknown is not released")
                .extracting(envelope -> envelope.event().sourceEventType())
                .containsExactly("Grab", "watcher:completed");
        assertThat(events.getLast().event()).isInstanceOf(DownloadReported.class);
    }

    private void recordedUnknown() {
        watcher.reports(DUNE, ClientChange.ADDED, JobState.QUEUED, 0.0);
        pipeline.advanceWallClock(Duration.ofMinutes(16));
        assertThat(unknown().get("download:" + DUNE)).isNotNull();
    }

    private KeyValueStore<String, HeldReports> held() {
        return pipeline.driver.getKeyValueStore(StoreNames.HELD_DOWNLOADS);
    }

    private KeyValueStore<String, UnknownDownload> unknown() {
        return pipeline.driver.getKeyValueStore(StoreNames.UNKNOWN_DOWNLOADS);
    }
}
