package dev.callsheet.request;

import static dev.callsheet.request.Facts.GRABBED_TITLE;
import static dev.callsheet.request.Facts.INFO_HASH;
import static dev.callsheet.request.Facts.addedToPlex;
import static dev.callsheet.request.Facts.approved;
import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.imported;
import static dev.callsheet.request.Facts.issueReported;
import static dev.callsheet.request.Facts.manualInteraction;
import static dev.callsheet.request.Facts.movieAdded;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.Scenario.at;
import static dev.callsheet.request.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.MediaEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void numbersEveryEntryOfTheMovieInOrder() {
        List<MediaEvent> facts = List.of(
                submitted(42),
                autoApproved(43),
                movieAdded(),
                approved(42),
                grabbed(),
                manualInteraction("stuck"),
                imported(),
                addedToPlex(),
                issueReported());
        Scenario scenario = given();
        List<TimelineEntry> timeline = new ArrayList<>();
        for (MediaEvent fact : facts) {
            timeline.addAll(scenario.when(fact).decision().timeline());
        }

        assertThat(timeline)
                .extracting(TimelineEntry::sequence)
                .isSorted()
                .doesNotHaveDuplicates()
                .startsWith(1L);
        assertThat(timeline.getLast().sequence()).isEqualTo(timeline.size());
        assertThat(scenario.item().sequence()).isEqualTo(timeline.size());
    }

    @Test
    void writesOneMovieEntryAndOneEntryPerRequestFollowing() {
        Outcome outcome = given(autoApproved(42), submitted(43), movieAdded()).when(grabbed());

        assertThat(outcome.decision().timeline())
                .extracting(TimelineEntry::requestId)
                .containsExactly(null, Facts.request(42), Facts.request(43));
    }

    @Test
    void saysWhereTheFactCameFrom() {
        Outcome outcome = given(autoApproved(42), movieAdded()).when(grabbed());

        assertThat(outcome.decision().timeline()).allSatisfy(entry -> {
            assertThat(entry.mediaKey()).isEqualTo(Facts.DUNE);
            assertThat(entry.at()).isEqualTo(at(3));
            assertThat(entry.event()).isEqualTo("ReleaseGrabbed");
            assertThat(entry.sourceEvent()).isEqualTo("Grab");
            assertThat(entry.source()).isEqualTo(SourceKind.RADARR);
            assertThat(entry.instance()).isEqualTo("radarr");
            assertThat(entry.deliveryId()).isEqualTo("d-3");
        });
    }

    @Test
    void givesTheMovieEntryTheMovieProgress() {
        TimelineEntry entry = given(movieAdded()).when(grabbed()).mediaEntry();

        assertThat(entry.previousState()).isEqualTo("added");
        assertThat(entry.state()).isEqualTo("downloading");
        assertThat(entry.changed()).isTrue();
    }

    @Test
    void wordsAGrabInOneLine() {
        TimelineEntry entry = given(autoApproved(42)).when(grabbed()).entryOf(42);

        assertThat(entry.summary())
                .isEqualTo("Grabbed " + GRABBED_TITLE
                        + " (WEBDL-2160p, 25.4 GiB) from TorrentLeech (Prowlarr) via qBittorrent");
        assertThat(entry.details())
                .containsOnly(
                        entry("release", GRABBED_TITLE),
                        entry("indexer", "TorrentLeech (Prowlarr)"),
                        entry("size", "27262976000"),
                        entry("quality", "WEBDL-2160p"),
                        entry("releaseGroup", "FLUX"),
                        entry("downloadId", INFO_HASH),
                        entry("downloadClient", "qBittorrent"),
                        entry("downloadClientType", "qBittorrent"));
    }

    @Test
    void detailsAnImportWithTheFileItMade() {
        TimelineEntry entry =
                given(autoApproved(42), grabbed()).when(imported()).entryOf(42);

        assertThat(entry.summary()).isEqualTo("Imported WEBDL-2160p: " + Facts.FILE);
        assertThat(entry.details())
                .contains(
                        entry("path", Facts.FILE),
                        entry("quality", "WEBDL-2160p"),
                        entry("size", "27261234567"),
                        entry("upgrade", "false"),
                        entry("downloadId", INFO_HASH));
    }

    @Test
    void detailsARequestWithWhoAskedForIt() {
        TimelineEntry entry = given().when(submitted(42)).entryOf(42);

        assertThat(entry.details()).containsOnly(entry("requestId", "overseerr-42"), entry("requestedBy", "alice"));
        assertThat(entry.source()).isEqualTo(SourceKind.OVERSEERR);
        assertThat(entry.sourceEvent()).isEqualTo("MEDIA_PENDING");
    }

    @Test
    void wordsOtherFactsForPeople() {
        assertThat(given().when(movieAdded()).mediaEntry().summary())
                .isEqualTo("Added to Radarr (manual); it searches for a release");
        assertThat(given().when(addedToPlex()).mediaEntry().summary())
                .isEqualTo("Added to the Movies library on Basement");
        assertThat(given().when(issueReported()).mediaEntry().summary())
                .isEqualTo("Audio issue reported by bob: No sound after 1h");
        assertThat(given().when(Facts.unrecognised()).mediaEntry().summary())
                .isEqualTo("Unrecognised event MovieTagged");
    }
}
