package dev.callsheet.pipeline;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.ReportedBy;
import dev.callsheet.events.download.WatcherObservation;

/** Writes to {@code inbound} what the watcher of qBittorrent instance {@code qbittorrent} would. */
final class QbittorrentWatcher {

    /** Named by Radarr's reference grab, import and manual interaction. */
    static final String DUNE = "9F1C2A7B3D4E5F60718293A4B5C6D7E8F9012345";
    /** Named by Sonarr's reference season pack grab, its import and manual interaction. */
    static final String SEVERANCE = "3C7D9E1F2A4B6C8D0E1F3A5B7C9D1E2F4A6B8C0D";

    private final PipelineDriver pipeline;

    QbittorrentWatcher(PipelineDriver pipeline) {
        this.pipeline = pipeline;
    }

    void reports(String downloadId, ClientChange change, JobState state, Double progress) {
        delivers(body(downloadId, change, state, progress));
    }

    void delivers(byte[] body) {
        pipeline.deliver(SourceKind.QBITTORRENT, "qbittorrent", body);
    }

    static byte[] body(String downloadId, ClientChange change, JobState state, Double progress) {
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
}
