package dev.callsheet.pipeline;

import dev.callsheet.events.Delivery;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.media.DownloadReported;
import dev.callsheet.events.media.MediaInfo;

/**
 * A download client's report, which names its job by download id only, held until a grab says which
 * media item the download is for. It refers to its original in {@code inbound}, and quotes its start,
 * so that a report of a download no grab ever named can still be inspected in {@code
 * unknown-downloads}.
 */
record UnkeyedReport(Delivery delivery, ClientReport report, Original original) {

    UnkeyedReport {
        original = original == null ? Original.UNRECORDED : original;
    }

    String downloadKey() {
        return DownloadInput.key(report.downloadId());
    }

    /** The report as a fact about {@code mediaKey}, with its original delivery. */
    Envelope keyed(MediaKey mediaKey) {
        // The report knows nothing of the media beyond what the key says; the decider has the rest.
        var media = new MediaInfo(mediaKey.type(), null, null, null, null, null, mediaKey.fourK());
        return new Envelope(mediaKey, delivery, new DownloadReported(media, report, report.eventType()));
    }

    boolean sameDelivery(UnkeyedReport other) {
        return delivery.fingerprint().equals(other.delivery.fingerprint());
    }
}
