package dev.callsheet.request;

import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.clientFailed;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.imported;
import static dev.callsheet.request.Facts.progressed;
import static dev.callsheet.request.Facts.reported;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DownloadId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.media.DownloadRef;
import dev.callsheet.events.media.Release;
import dev.callsheet.events.media.ReleaseGrabbed;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A movie's download as its client reports it: the views follow every report, the timeline only milestones. */
class DownloadReportsTest {

    private static final String SECOND_HASH = "0A1B2C3D4E5F60718293A4B5C6D7E8F901234567";

    private static Scenario downloading() {
        return given(autoApproved(42), grabbed());
    }

    @Test
    void writesOnlyMilestonesWhileEveryReportUpdatesTheView() {
        Scenario scenario = downloading();
        record Step(Double progress, String entry) {}
        List<Step> steps = List.of(
                new Step(0.0, "qBittorrent started " + Facts.GRABBED_TITLE),
                new Step(0.10, null),
                new Step(0.30, "Download 30 % done, about 10 min left"),
                new Step(0.31, null),
                new Step(0.555, "Download 55.5 % done, about 10 min left"),
                new Step(0.80, "Download 80 % done, about 10 min left"),
                new Step(0.95, null));
        for (Step step : steps) {
            Outcome outcome = step.progress() == 0.0
                    ? scenario.when(reported(ClientChange.ADDED, JobState.QUEUED, 0.0, null))
                    : scenario.when(progressed(step.progress()));

            DownloadStatus status = outcome.request(42).download().status();
            assertThat(status.progress()).as("progress").isEqualTo(Math.round(step.progress() * 1000) / 10.0);
            assertThat(status.source()).isEqualTo(SourceKind.QBITTORRENT);
            assertThat(status.updatedAt())
                    .isEqualTo(outcome.envelope().delivery().receivedAt());
            if (step.entry() == null) {
                assertThat(outcome.decision().timeline())
                        .as("entries at %s", step.progress())
                        .isEmpty();
            } else {
                assertThat(outcome.entryOf(42).summary()).isEqualTo(step.entry());
                assertThat(outcome.entryOf(42).changed()).isFalse();
                assertThat(outcome.mediaEntry().summary()).isEqualTo(step.entry());
            }
            assertThat(outcome.decision().changedRequests()).as("view updated").hasSize(1);
        }

        Outcome completed = scenario.when(reported(ClientChange.COMPLETED, JobState.COMPLETED, 1.0, null));

        assertThat(completed.entryOf(42).summary())
                .isEqualTo("Download completed in qBittorrent: " + Facts.GRABBED_TITLE);
        assertThat(completed.stateOf(42)).isEqualTo(RequestState.DOWNLOADING);
        assertThat(completed.request(42).download().status().state()).isEqualTo(JobState.COMPLETED);
    }

    @Test
    void aStallIsWrittenOnceAndSoIsTheRecovery() {
        Scenario scenario = downloading();
        scenario.when(progressed(0.40));

        Outcome stalled = scenario.when(
                reported(ClientChange.STALLED, JobState.STALLED, 0.40, "qBittorrent reports stalledDL (no peers)"));
        Outcome stillStalled =
                scenario.when(reported(ClientChange.STALLED, JobState.STALLED, 0.40, "no data for 15 min"));
        Outcome recovered = scenario.when(progressed(0.41));

        assertThat(stalled.entryOf(42).summary())
                .isEqualTo("Download stalled at 40 % in qBittorrent: qBittorrent reports stalledDL (no peers)");
        assertThat(stalled.request(42).download().status().health()).isEqualTo(DownloadHealth.STALLED);
        assertThat(stalled.stateOf(42)).isEqualTo(RequestState.DOWNLOADING);
        assertThat(stillStalled.decision().timeline()).isEmpty();
        assertThat(stillStalled.request(42).download().status().reason()).isEqualTo("no data for 15 min");
        assertThat(recovered.entryOf(42).summary()).isEqualTo("Download moving again in qBittorrent at 41 %");
        assertThat(recovered.request(42).download().status().health()).isEqualTo(DownloadHealth.OK);
        assertThat(recovered.request(42).download().status().reason()).isNull();
    }

    @Test
    void aClientFailureFailsTheRequestAndANewGrabTakesItBackWithBothAttemptsOnTheTimeline() {
        Scenario scenario = downloading();
        scenario.when(progressed(0.20));

        Outcome failed = scenario.when(clientFailed("missingFiles: the data is gone"));

        assertThat(failed.stateOf(42)).isEqualTo(RequestState.FAILED);
        assertThat(failed.entryOf(42).summary())
                .isEqualTo("Download failed in qBittorrent: missingFiles: the data is gone");
        assertThat(failed.entryOf(42).details()).containsEntry("downloadId", Facts.INFO_HASH);
        assertThat(failed.request(42).download().status().health()).isEqualTo(DownloadHealth.FAILED);
        assertThat(failed.request(42).download().status().reason()).isEqualTo("missingFiles: the data is gone");

        Outcome regrabbed = scenario.when(grabbedAgain());

        assertThat(regrabbed.stateOf(42)).isEqualTo(RequestState.DOWNLOADING);
        assertThat(regrabbed.entryOf(42).previousState()).isEqualTo("failed");
        assertThat(regrabbed.entryOf(42).details()).containsEntry("downloadId", SECOND_HASH);
        assertThat(regrabbed.request(42).download().id()).isEqualTo(SECOND_HASH);
        assertThat(regrabbed.request(42).download().status()).isNull();

        Outcome lateReportOfTheFirst = scenario.when(progressed(0.9));
        assertThat(lateReportOfTheFirst.decision().timeline()).isEmpty();
        assertThat(lateReportOfTheFirst.request(42).download().id()).isEqualTo(SECOND_HASH);

        Outcome second = scenario.when(reported(SECOND_HASH, ClientChange.PROGRESS, JobState.DOWNLOADING, 0.5, null));
        assertThat(second.entryOf(42).summary()).startsWith("qBittorrent started");
        assertThat(second.request(42).download().status().progress()).isEqualTo(50.0);
    }

    @Test
    void aFailedDownloadThatRecoversInTheClientTakesTheRequestBack() {
        Scenario scenario = downloading();
        scenario.when(clientFailed("error: I/O"));

        Outcome recovered = scenario.when(progressed(0.25));

        assertThat(recovered.stateOf(42)).isEqualTo(RequestState.DOWNLOADING);
        assertThat(recovered.entryOf(42).summary()).isEqualTo("Download moving again in qBittorrent at 25 %");
    }

    @Test
    void aRemovalCountsOnlyBeforeTheJobCompletedOrFailed() {
        Outcome early = downloading().whenAll(progressed(0.3), reported(ClientChange.REMOVED, null, null, null));
        assertThat(early.entryOf(42).summary())
                .isEqualTo("Download removed from qBittorrent at 30 % before it completed");
        assertThat(early.request(42).download().status().removed()).isTrue();

        Outcome afterCompletion = downloading()
                .whenAll(
                        reported(ClientChange.COMPLETED, JobState.COMPLETED, 1.0, null),
                        reported(ClientChange.REMOVED, null, null, null));
        assertThat(afterCompletion.decision().timeline()).isEmpty();
        assertThat(afterCompletion.request(42).download().status().removed()).isTrue();
    }

    @Test
    void aLateAddedFillsGapsButNeverTakesTheJobBack() {
        Outcome outcome =
                downloading().whenAll(progressed(0.6), reported(ClientChange.ADDED, JobState.QUEUED, null, null));

        assertThat(outcome.decision().timeline()).isEmpty();
        assertThat(outcome.request(42).download().status().state()).isEqualTo(JobState.DOWNLOADING);
        assertThat(outcome.request(42).download().status().progress()).isEqualTo(60.0);
    }

    @Test
    void aReportOnADownloadTheItemDoesNotKnowChangesNothing() {
        Scenario scenario = given(autoApproved(42));
        MediaItem before = scenario.item();

        Outcome outcome = scenario.when(progressed(0.5));

        assertThat(outcome.decision().timeline()).isEmpty();
        assertThat(outcome.decision().changedRequests()).isEmpty();
        assertThat(outcome.item().download()).isNull();
        assertThat(outcome.item().requests()).isEqualTo(before.requests());
    }

    @Test
    void aRequestAwaitingApprovalGetsNoEntryButTheItemDoes() {
        Outcome outcome =
                given(submitted(42), grabbed()).when(reported(ClientChange.ADDED, JobState.QUEUED, 0.0, null));

        assertThat(outcome.entriesOf(42)).isEmpty();
        assertThat(outcome.mediaEntry().summary()).startsWith("qBittorrent started");
        assertThat(outcome.request(42).download()).isNull();
    }

    @Test
    void theSameReportDeliveredAgainChangesNothing() {
        Scenario scenario = downloading();
        scenario.when(progressed(0.3));

        Outcome again = scenario.whenRedelivered();

        assertThat(again.decision().timeline()).isEmpty();
        assertThat(again.decision().changedRequests()).isEmpty();
    }

    @Test
    void theGrabSentAgainKeepsWhatTheClientReported() {
        Outcome outcome = downloading().whenAll(progressed(0.3), grabbed());

        assertThat(outcome.request(42).download().status().progress()).isEqualTo(30.0);
    }

    @Test
    void anImportEndsTheDownloadsPartWhateverTheClientSaysLater() {
        Outcome outcome = downloading().whenAll(imported(), clientFailed("deleted"));

        assertThat(outcome.stateOf(42)).isEqualTo(RequestState.IMPORTED);
    }

    private static ReleaseGrabbed grabbedAgain() {
        return new ReleaseGrabbed(
                Facts.AS_RADARR_SAYS,
                new Release(
                        "Dune.Part.Two.2024.2160p.UHD.BluRay.x265-OTHER",
                        "Other",
                        30_000_000_000L,
                        "Bluray-2160p",
                        "OTHER"),
                new DownloadRef(DownloadId.of(SECOND_HASH), "qBittorrent", "qBittorrent"),
                null,
                "Grab");
    }
}
