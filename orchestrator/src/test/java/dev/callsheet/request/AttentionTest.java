package dev.callsheet.request;

import static dev.callsheet.request.Facts.addedToPlex;
import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.fileDeleted;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.grabbedUpgrade;
import static dev.callsheet.request.Facts.imported;
import static dev.callsheet.request.Facts.issueReported;
import static dev.callsheet.request.Facts.manualInteraction;
import static dev.callsheet.request.Facts.renamed;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.Facts.unrecognised;
import static dev.callsheet.request.Facts.upgraded;
import static dev.callsheet.request.Scenario.at;
import static dev.callsheet.request.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.request.Attention.Kind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AttentionTest {

    private static final String STUCK = "No files found are eligible for import";

    @Test
    void flagsAStuckImportOnTheMovieAndItsApprovedRequests() {
        Outcome outcome = given(autoApproved(42), submitted(43), grabbed()).when(manualInteraction(STUCK));

        Attention expected = new Attention(Kind.MANUAL_INTERACTION_REQUIRED, STUCK, at(4));
        assertThat(outcome.item().attention()).containsExactly(expected);
        assertThat(outcome.request(42).attention()).containsExactly(expected);
        assertThat(outcome.request(43).attention()).isEmpty();
        assertThat(outcome.entryOf(42).summary()).isEqualTo("Import needs manual interaction: " + STUCK);
        assertThat(outcome.entryOf(42).changed()).isFalse();
        assertThat(outcome.decision().changedRequests())
                .extracting(RequestView::id)
                .containsExactly(Facts.request(42));
        assertThat(outcome.item().progress()).isEqualTo(MediaProgress.DOWNLOADING);
    }

    @Test
    void keepsWhenTheImportFirstGotStuck() {
        Outcome outcome =
                given(autoApproved(42), grabbed(), manualInteraction(STUCK)).when(manualInteraction("Still"));

        assertThat(outcome.item().attention())
                .containsExactly(new Attention(Kind.MANUAL_INTERACTION_REQUIRED, "Still", at(3)));
    }

    @Test
    void clearsAStuckImportWhenTheFileIsImported() {
        Outcome outcome =
                given(autoApproved(42), grabbed(), manualInteraction(STUCK)).when(imported());

        assertThat(outcome.item().attention()).isEmpty();
        assertThat(outcome.request(42).attention()).isEmpty();
    }

    @Test
    void clearsAStuckImportWhenAnotherReleaseIsGrabbed() {
        Outcome outcome =
                given(autoApproved(42), grabbed(), manualInteraction(STUCK)).when(grabbedUpgrade());

        assertThat(outcome.item().attention()).isEmpty();
        assertThat(outcome.item().download().client()).isEqualTo("SABnzbd");
    }

    @Test
    void flagsAFileDeletedByHandWithoutMovingBack() {
        Outcome outcome = given(autoApproved(42), imported(), addedToPlex()).when(fileDeleted("manual"));

        assertThat(outcome.item().attention())
                .containsExactly(new Attention(Kind.FILE_DELETED, "File deleted (manual): " + Facts.FILE, at(4)));
        assertThat(outcome.item().file()).isNull();
        assertThat(outcome.item().progress()).isEqualTo(MediaProgress.AVAILABLE);
        assertThat(outcome.stateOf(42)).isEqualTo(RequestState.AVAILABLE);
    }

    @Test
    void clearsADeletedFileWhenAFileIsImportedAgain() {
        Outcome outcome = given(autoApproved(42), imported(), fileDeleted("missingFromDisk"))
                .when(upgraded());

        assertThat(outcome.item().attention()).isEmpty();
        assertThat(outcome.item().file().path()).isEqualTo(Facts.UPGRADED_FILE);
    }

    @Test
    void takesAFileReplacedByAnUpgradeAsAPlainEntry() {
        Outcome outcome = given(autoApproved(42), imported()).when(fileDeleted("upgrade"));

        assertThat(outcome.item().attention()).isEmpty();
        assertThat(outcome.item().file().path()).isEqualTo(Facts.FILE);
        assertThat(outcome.entryOf(42).summary()).isEqualTo("Old file replaced by an upgrade: " + Facts.FILE);
    }

    static Stream<MediaEvent> timelineOnlyFacts() {
        return Stream.of(renamed(), issueReported(), unrecognised());
    }

    @ParameterizedTest
    @MethodSource("timelineOnlyFacts")
    void writesTimelineOnlyFactsWithoutChangingAnything(MediaEvent fact) {
        Outcome outcome = given(autoApproved(42), grabbed()).when(fact);

        assertThat(outcome.mediaEntry().changed()).isFalse();
        assertThat(outcome.entryOf(42).changed()).isFalse();
        assertThat(outcome.decision().changedRequests()).isEmpty();
        assertThat(outcome.item().attention()).isEmpty();
        assertThat(outcome.item().download()).isEqualTo(outcome.before().download());
    }
}
