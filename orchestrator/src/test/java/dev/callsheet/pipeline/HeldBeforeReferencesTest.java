package dev.callsheet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.Delivery;
import dev.callsheet.events.DownloadId;
import dev.callsheet.events.EventJson;
import dev.callsheet.events.KeyLookup;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.ClientReport;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.download.ReportedBy;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.RequestSubmitted;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Facts and reports held in a store across the upgrade to references: earlier versions kept the
 * body in them, which is still in {@code inbound}. They are released, dead-lettered or recorded
 * like any other, with no original to refer to.
 */
class HeldBeforeReferencesTest {

    private static final Delivery DELIVERY =
            new Delivery("d-1", SourceKind.OVERSEERR, "overseerr", Instant.parse("2026-01-01T10:00:00Z"), "fp-1");

    @Test
    void aFactHeldWithItsBodyIsDeadLetteredWithoutAnOriginal() {
        var fact = new UnkeyedFact(
                new KeyLookup.ByRequest(RequestId.overseerr(128), false),
                DELIVERY,
                new RequestSubmitted(
                        RequestId.overseerr(128),
                        null,
                        new MediaInfo(MediaType.SERIES, null, null, null, null, null, false),
                        List.of(1),
                        "MEDIA_PENDING"),
                Original.of(null, "application/json", new byte[] {'{', '}'}));

        var held = EventJson.mapper().readValue(asEarlierVersions(fact), UnkeyedFact.class);
        var letter = held.deadLetter("no series key came");

        assertThat(letter.original()).isNull();
        assertThat(letter.reason()).isEqualTo("no series key came");
        assertThat(letter.deliveryId()).isEqualTo("d-1");
    }

    @Test
    void aReportHeldWithItsBodyIsRecordedAsAnUnknownDownload() {
        var report = new UnkeyedReport(
                DELIVERY,
                new ClientReport(
                        DownloadId.of("ABCD"),
                        ClientChange.ADDED,
                        JobState.QUEUED,
                        "ubuntu.iso",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        ReportedBy.WATCHER),
                Original.of(null, "application/json", new byte[] {'{', '}'}));

        var held = EventJson.mapper().readValue(asEarlierVersions(report), UnkeyedReport.class);
        var unknown = UnknownDownload.first(held);

        assertThat(unknown.lastOriginal()).isNull();
        assertThat(unknown.reports()).isEqualTo(1);
    }

    /** As earlier versions wrote it: the content type and the body (base64) in place of the reference. */
    private static byte[] asEarlierVersions(Object held) {
        var json = (ObjectNode) EventJson.mapper().readTree(EventJson.mapper().writeValueAsBytes(held));
        json.remove("original");
        json.put("contentType", "application/json").put("body", "e30=");
        return EventJson.mapper().writeValueAsBytes(json);
    }
}
