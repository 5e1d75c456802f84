package dev.callsheet.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.DeadLetter;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.source.ApplicationUpdated;
import dev.callsheet.events.source.HealthIssueRaised;
import dev.callsheet.events.source.HealthRestored;
import dev.callsheet.events.source.SourceEvent;
import dev.callsheet.events.source.SourceTested;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SourceStatusTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final SourceStatus fresh = SourceStatus.first(SourceKind.RADARR, "radarr");

    @Test
    void recordsWhenItWasHeardAndWhatItSaid() {
        var status = fresh.heard(seen(T0, "Grab", null, null));

        assertThat(status.lastHeardAt()).isEqualTo(T0);
        assertThat(status.lastEventType()).isEqualTo("Grab");
        assertThat(status.deliveries()).isEqualTo(1);
        assertThat(status.health()).isEqualTo("ok");
    }

    @Test
    void marksATestAsTheLastConnectionTest() {
        var status = fresh.heard(seen(T0, "Test", new SourceTested(), null));

        assertThat(status.lastTestedAt()).isEqualTo(T0);
        assertThat(status.lastEventType()).isEqualTo("Test");
    }

    @Test
    void reportsTheWorstFailingCheckUntilItIsRestored() {
        var warning = new HealthIssueRaised("warning", "IndexerStatusCheck", "Indexers unavailable", null);
        var error = new HealthIssueRaised("error", "DownloadClientCheck", "Unable to reach qBittorrent", null);

        var failing =
                fresh.heard(seen(T0, "Health", warning, null)).heard(seen(T0.plusSeconds(1), "Health", error, null));
        assertThat(failing.health()).isEqualTo("error");
        assertThat(failing.failingChecks()).containsOnlyKeys("IndexerStatusCheck", "DownloadClientCheck");

        var restored = failing.heard(
                seen(T0.plusSeconds(2), "HealthRestored", new HealthRestored("DownloadClientCheck", "ok"), null));
        assertThat(restored.health()).isEqualTo("warning");
        assertThat(restored.failingChecks()).containsOnlyKeys("IndexerStatusCheck");
    }

    @Test
    void takesTheVersionFromAnApplicationUpdate() {
        var status = fresh.heard(
                seen(T0, "ApplicationUpdate", new ApplicationUpdated("5.27.0", "5.28.0", "Radarr updated"), null));

        assertThat(status.version()).isEqualTo("5.28.0");
    }

    @Test
    void neverMovesLastHeardBackForALateDelivery() {
        var status =
                fresh.heard(seen(T0.plusSeconds(60), "Download", null, null)).heard(seen(T0, "Grab", null, null));

        assertThat(status.lastHeardAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(status.lastEventType()).isEqualTo("Download");
        assertThat(status.deliveries()).isEqualTo(2);
    }

    @Test
    void keepsTheLastProblemUntilAUsableDeliveryArrives() {
        var broken = fresh.heard(seen(T0, null, null, "missing eventType"));
        assertThat(broken.lastProblem()).isEqualTo("missing eventType");
        assertThat(broken.lastEventType()).isNull();

        assertThat(broken.heard(seen(T0.plusSeconds(1), "Grab", null, null)).lastProblem())
                .isNull();
    }

    @Test
    void keepsAtMostAHundredFailingChecksAndStillUpdatesThoseItKeeps() {
        var status = fresh;
        for (int i = 0; i < SourceStatus.MAX_FAILING_CHECKS + 50; i++) {
            status = status.heard(
                    seen(T0.plusSeconds(i), "Health", new HealthIssueRaised("warning", "Check" + i, "m", null), null));
        }
        status = status.heard(
                seen(T0.plusSeconds(500), "Health", new HealthIssueRaised("error", "Check7", "worse now", null), null));

        assertThat(status.failingChecks())
                .hasSize(SourceStatus.MAX_FAILING_CHECKS)
                .doesNotContainKey("Check100");
        assertThat(status.failingChecks().get("Check7").message()).isEqualTo("worse now");
        assertThat(status.health()).isEqualTo("error");
    }

    @Test
    void cutsAProblemQuotingAWholeBodyToTheLengthOfADeadLettersReason() {
        var status = fresh.heard(seen(T0, null, null, "could not read: " + "x".repeat(900_000)));

        assertThat(status.lastProblem()).hasSize(DeadLetter.REASON_LIMIT).startsWith("could not read: ");
    }

    private static SourceObservation seen(Instant at, String eventType, SourceEvent event, String problem) {
        return new SourceObservation(
                SourceKind.RADARR, "radarr", "d-" + at.toEpochMilli(), at, eventType, event, problem);
    }
}
