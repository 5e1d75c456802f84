package dev.callsheet.request;

import static dev.callsheet.request.Facts.addedToPlex;
import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.imported;
import static dev.callsheet.request.Facts.movieAdded;
import static dev.callsheet.request.Facts.renamed;
import static dev.callsheet.request.Facts.reportedAvailable;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.Facts.upgraded;
import static dev.callsheet.request.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.Delivery;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.media.MediaEvent;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DuplicatesAndLateFactsTest {

    @Test
    void ignoresAnExactDuplicateDelivery() {
        Scenario scenario = given(autoApproved(42), movieAdded(), grabbed());
        MediaItem before = scenario.item();

        Outcome outcome = scenario.whenRedelivered();

        assertThat(outcome.item()).isEqualTo(before);
        assertThat(outcome.decision().timeline()).isEmpty();
        assertThat(outcome.decision().changedRequests()).isEmpty();
    }

    @Test
    void ignoresAnExactDuplicateOfTheFirstFact() {
        Scenario scenario = given(submitted(42));

        assertThat(scenario.whenRedelivered().decision().timeline()).isEmpty();
    }

    @Test
    void recordsTheSameFactInANewDeliveryAsNoChange() {
        Outcome outcome = given(autoApproved(42), movieAdded(), grabbed()).when(grabbed());

        assertThat(outcome.mediaEntry().changed()).isFalse();
        assertThat(outcome.entryOf(42).changed()).isFalse();
        assertThat(outcome.entryOf(42).state()).isEqualTo("downloading");
        assertThat(outcome.decision().changedRequests()).isEmpty();
        assertThat(outcome.item().requests()).isEqualTo(outcome.before().requests());
    }

    static Stream<MediaEvent> lateFacts() {
        return Stream.of(submitted(42), autoApproved(42), movieAdded(), grabbed(), imported(), upgraded());
    }

    @ParameterizedTest
    @MethodSource("lateFacts")
    void neverMovesAnAvailableMovieOrRequestBack(MediaEvent late) {
        Outcome outcome = given(autoApproved(42), movieAdded(), grabbed(), imported(), addedToPlex())
                .when(late);

        assertThat(outcome.item().progress()).isEqualTo(MediaProgress.AVAILABLE);
        assertThat(outcome.mediaEntry().state()).isEqualTo("available");
        assertThat(outcome.mediaEntry().changed()).isFalse();
        assertThat(outcome.entryOf(42).state()).isEqualTo("available");
        assertThat(outcome.entryOf(42).changed()).isFalse();
    }

    @Test
    void recordsALateGrabAfterImportAsNoChange() {
        Outcome outcome = given(autoApproved(42), grabbed(), imported()).when(grabbed());

        assertThat(outcome.entryOf(42).previousState()).isEqualTo("imported");
        assertThat(outcome.entryOf(42).state()).isEqualTo("imported");
        assertThat(outcome.item().progress()).isEqualTo(MediaProgress.IMPORTED);
    }

    @Test
    void keepsARequestManagerReportThatLagsThePlexOneAsNoChange() {
        Outcome outcome = given(autoApproved(42), imported(), addedToPlex()).when(reportedAvailable(42));

        assertThat(outcome.entryOf(42).changed()).isFalse();
    }

    @Test
    void remembersOnlyTheLatestDeliveries() {
        Scenario scenario = given();
        for (int i = 0; i < MediaItem.REMEMBERED_DELIVERIES + 6; i++) {
            scenario.when(renamed());
        }
        MediaItem item = scenario.item();

        assertThat(item.recentFingerprints())
                .hasSize(MediaItem.REMEMBERED_DELIVERIES)
                .startsWith("fp-7")
                .endsWith("fp-70");
        assertThat(decide(item, "fp-70").timeline()).isEmpty();
        assertThat(decide(item, "fp-6").timeline()).isNotEmpty();
    }

    @Test
    void neverTakesDeliveriesWithoutFingerprintForDuplicates() {
        MediaItem item = Decider.decide(null, envelope(null), Instant.EPOCH, PlexServers.NONE)
                .state();

        assertThat(decide(item, null).timeline()).isNotEmpty();
        assertThat(item.recentFingerprints()).isEmpty();
    }

    private static Decision decide(MediaItem item, String fingerprint) {
        return Decider.decide(item, envelope(fingerprint), Instant.EPOCH, PlexServers.NONE);
    }

    private static Envelope envelope(String fingerprint) {
        Delivery delivery = new Delivery("again", SourceKind.RADARR, "radarr", Instant.EPOCH, fingerprint);
        return new Envelope(Facts.DUNE, delivery, renamed());
    }
}
