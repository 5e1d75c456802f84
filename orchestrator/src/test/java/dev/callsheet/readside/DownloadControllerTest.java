package dev.callsheet.readside;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.InboundRef;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.JobState;
import dev.callsheet.pipeline.UnknownDownload;
import dev.callsheet.readside.DownloadController.UnknownDownloadView;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DownloadControllerTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void listsTheMostRecentlyReportedFirstGatheredFromEveryInstance() {
        var here = List.of(view("AAAA", 10), view("BBBB", 30));
        var elsewhere = List.of(view("CCCC", 20), view("DDDD", 30));

        var listed = OwnerRouting.first(
                Stream.concat(here.stream(), elsewhere.stream()).toList(), DownloadController.NEWEST_FIRST, 3);

        assertThat(listed).extracting(UnknownDownloadView::downloadId).containsExactly("BBBB", "DDDD", "CCCC");
    }

    @Test
    void showsTheStartOfTheLastBodyAndTheClientsWordsInLowerCase() {
        var shown = view("AAAA", 0);

        assertThat(shown.client()).isEqualTo("sabnzbd");
        assertThat(shown.lastChange()).isEqualTo("stalled");
        assertThat(shown.state()).isEqualTo("stalled");
        assertThat(shown.lastBodyExcerpt()).isEqualTo("{\"nzo_id\":\"AAAA\"}");
    }

    private static UnknownDownloadView view(String downloadId, int minutes) {
        return UnknownDownloadView.of(new UnknownDownload(
                DownloadId.of(downloadId),
                SourceKind.SABNZBD,
                "sabnzbd",
                "Some.Linux.ISO",
                null,
                T0,
                T0.plusSeconds(60L * minutes),
                ClientChange.STALLED,
                JobState.STALLED,
                0.5,
                2,
                "delivery-" + downloadId,
                "fingerprint",
                "application/json",
                new InboundRef(0, 7, "delivery-" + downloadId),
                "{\"nzo_id\":\"" + downloadId + "\"}"));
    }
}
