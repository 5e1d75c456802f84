package dev.callsheet.download;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.WatcherObservation;
import dev.callsheet.events.download.WatcherObservation.JobChanged;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A writer that keeps what watchers write, and fails one chosen write when asked to. */
final class Observations implements ObservationWriter {

    /** The default settings. */
    static final DownloadsProperties SETTINGS = new DownloadsProperties(
            true,
            Duration.ofSeconds(5),
            Duration.ofSeconds(60),
            Duration.ofSeconds(30),
            5,
            Duration.ofMinutes(15),
            Duration.ofMinutes(5));

    /** The defaults, but for a stall after {@code stallAfter}. */
    static DownloadsProperties stallingAfter(Duration stallAfter) {
        return new DownloadsProperties(
                true,
                SETTINGS.pollBusy(),
                SETTINGS.pollIdle(),
                SETTINGS.progressInterval(),
                SETTINGS.progressStep(),
                stallAfter,
                SETTINGS.backoffMax());
    }

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T20:00:00Z"), ZoneOffset.UTC);

    private record Written(SourceKind client, String instance, WatcherObservation observation) {}

    private final List<Written> written = new ArrayList<>();
    private int writesUntilFailure = -1;

    /** The write after {@code successes} more successful ones fails. */
    synchronized void failWrite(int successes) {
        writesUntilFailure = successes;
    }

    @Override
    public synchronized void write(SourceKind client, String instance, WatcherObservation observation) {
        if (writesUntilFailure-- == 0) {
            throw new IllegalStateException("the broker did not acknowledge it");
        }
        written.add(new Written(client, instance, observation));
    }

    synchronized List<WatcherObservation> observations() {
        return written.stream().map(Written::observation).toList();
    }

    /** Each written job report as {@code "<change> <download id>"}. */
    synchronized List<String> jobChanges() {
        return written.stream()
                .map(Written::observation)
                .filter(JobChanged.class::isInstance)
                .map(o -> ((JobChanged) o).report())
                .map(report -> report.change().id() + " " + report.downloadId())
                .toList();
    }

    /** The job reports written about {@code downloadId}, in order. */
    synchronized List<ClientReport> reports(String downloadId) {
        return written.stream()
                .map(Written::observation)
                .filter(JobChanged.class::isInstance)
                .map(o -> ((JobChanged) o).report())
                .filter(report -> report.downloadId().equals(new DownloadId(downloadId)))
                .toList();
    }

    /** The changes written about {@code downloadId}, in order. */
    synchronized List<ClientChange> changes(String downloadId) {
        return reports(downloadId).stream().map(ClientReport::change).toList();
    }

    /** Each write's source as {@code "<kind>/<instance>"}. */
    synchronized List<String> sources() {
        return written.stream().map(w -> w.client().id() + "/" + w.instance()).toList();
    }
}
