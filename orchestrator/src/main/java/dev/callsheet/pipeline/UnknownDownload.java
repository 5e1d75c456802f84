package dev.callsheet.pipeline;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.InboundRef;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.JobState;
import java.time.Instant;

/**
 * What the download clients reported about a download no grab has named: the value of the {@code
 * unknown-downloads} store. A job added to a client by hand, by another tool, or whose grab never
 * reached Callsheet. Each field the reports leave out keeps its last known value.
 *
 * @param client the client kind of the last report
 * @param instance the client instance of the last report
 * @param firstSeen the earliest receive time of its reports
 * @param lastSeen the latest receive time of its reports
 * @param reports how many reports were recorded; a repeat of the last delivery is not counted
 * @param lastDeliveryId the last report's delivery, to find it in {@code inbound}
 * @param lastFingerprint the last report's delivery fingerprint, so that a duplicate is not counted
 * @param lastOriginal the last report's record in {@code inbound}
 * @param lastExcerpt the start of the last report's body
 */
public record UnknownDownload(
        DownloadId downloadId,
        SourceKind client,
        String instance,
        String name,
        String category,
        Instant firstSeen,
        Instant lastSeen,
        ClientChange lastChange,
        JobState state,
        Double progress,
        long reports,
        String lastDeliveryId,
        String lastFingerprint,
        String contentType,
        InboundRef lastOriginal,
        String lastExcerpt) {

    static UnknownDownload first(UnkeyedReport first) {
        var delivery = first.delivery();
        var report = first.report();
        return new UnknownDownload(
                report.downloadId(),
                delivery.source(),
                delivery.instance(),
                report.name(),
                report.category(),
                delivery.receivedAt(),
                delivery.receivedAt(),
                report.change(),
                report.state(),
                report.progress(),
                1,
                delivery.id(),
                delivery.fingerprint(),
                first.original().contentType(),
                first.original().at(),
                first.original().excerpt());
    }

    /** This record after one more report; an exact duplicate of the last one changes nothing. */
    UnknownDownload plus(UnkeyedReport next) {
        var delivery = next.delivery();
        if (delivery.fingerprint().equals(lastFingerprint)) {
            return this;
        }
        var report = next.report();
        Instant at = delivery.receivedAt();
        return new UnknownDownload(
                downloadId,
                delivery.source(),
                delivery.instance(),
                known(report.name(), name),
                known(report.category(), category),
                at.isBefore(firstSeen) ? at : firstSeen,
                at.isAfter(lastSeen) ? at : lastSeen,
                report.change(),
                known(report.state(), state),
                known(report.progress(), progress),
                reports + 1,
                delivery.id(),
                delivery.fingerprint(),
                next.original().contentType(),
                next.original().at(),
                next.original().excerpt());
    }

    private static <T> T known(T reported, T before) {
        return reported != null ? reported : before;
    }
}
