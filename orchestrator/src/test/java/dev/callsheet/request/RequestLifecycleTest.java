package dev.callsheet.request;

import static dev.callsheet.request.Facts.ALICE;
import static dev.callsheet.request.Facts.addedToPlex;
import static dev.callsheet.request.Facts.approved;
import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.declined;
import static dev.callsheet.request.Facts.failed;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.imported;
import static dev.callsheet.request.Facts.movieAdded;
import static dev.callsheet.request.Facts.movieDeleted;
import static dev.callsheet.request.Facts.reportedAvailable;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.Facts.upgraded;
import static dev.callsheet.request.Scenario.at;
import static dev.callsheet.request.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callsheet.events.media.MediaEvent;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RequestLifecycleTest {

    @Nested
    class WithoutRequests {

        @Test
        void tracksAMovieNobodyRequestedOnItsOwnTimeline() {
            Outcome outcome = given(movieAdded()).when(grabbed());

            assertThat(outcome.item().progress()).isEqualTo(MediaProgress.DOWNLOADING);
            assertThat(outcome.item().requests()).isEmpty();
            assertThat(outcome.decision().timeline()).singleElement().satisfies(entry -> {
                assertThat(entry.requestId()).isNull();
                assertThat(entry.state()).isEqualTo("downloading");
                assertThat(entry.previousState()).isEqualTo("added");
            });
            assertThat(outcome.decision().changedRequests()).isEmpty();
        }

        @Test
        void opensASubmittedRequestWaitingForApproval() {
            Outcome outcome = given().when(submitted(42));

            assertThat(outcome.request(42).state()).isEqualTo(RequestState.REQUESTED);
            assertThat(outcome.request(42).requestedBy()).isEqualTo(ALICE);
            assertThat(outcome.request(42).createdAt()).isEqualTo(at(1));
            assertThat(outcome.entryOf(42).summary()).isEqualTo("Request overseerr-42 submitted by alice");
        }

        @Test
        void writesTwoEntriesForAnAutoApproval() {
            Outcome outcome = given().when(autoApproved(42));

            assertThat(outcome.entriesOf(42))
                    .extracting(TimelineEntry::previousState, TimelineEntry::state, TimelineEntry::summary)
                    .containsExactly(
                            tuple(null, "requested", "Request overseerr-42 submitted by alice"),
                            tuple("requested", "approved", "Request overseerr-42 auto-approved"));
            assertThat(outcome.mediaEntry().summary())
                    .isEqualTo("Request overseerr-42 submitted by alice and auto-approved");
        }

        @Test
        void opensAndApprovesARequestWhoseSubmissionWasMissed() {
            Outcome outcome = given().when(approved(42));

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.APPROVED);
            assertThat(outcome.entriesOf(42).getFirst().summary())
                    .isEqualTo(
                            "Request overseerr-42 by alice first heard of by MEDIA_APPROVED; its submission was missed");
        }
    }

    @Nested
    class WhenRequested {

        @Test
        void followsTheMovieOnItsTimelineWithoutMovingUntilApproved() {
            Outcome outcome = given(submitted(42), movieAdded()).when(grabbed());

            assertThat(outcome.entryOf(42).changed()).isFalse();
            assertThat(outcome.entryOf(42).state()).isEqualTo("requested");
            assertThat(outcome.entryOf(42).summary()).startsWith("Grabbed ");
            assertThat(outcome.request(42).download()).isNull();
        }

        @Test
        void staysDeclinedAndStopsFollowingTheMovie() {
            Scenario scenario = given(submitted(42), declined(42));

            Outcome outcome = scenario.when(movieAdded()).andThen(grabbed());

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.DECLINED);
            assertThat(outcome.entriesOf(42)).isEmpty();
        }
    }

    @Nested
    class WhenApproved {

        @Test
        void putsApprovedRequestStraightIntoDownloadingWhenMovieIsAlreadyGrabbed() {
            Outcome outcome = given(movieAdded(), grabbed(), submitted(42)).when(approved(42));

            assertThat(outcome.entriesOf(42))
                    .extracting(TimelineEntry::state)
                    .containsExactly("approved", "downloading");
            assertThat(outcome.entriesOf(42).getLast().summary())
                    .isEqualTo("Joins the movie where it stands: downloading");
            assertThat(outcome.request(42).download().id()).isEqualTo(Facts.INFO_HASH);
        }

        @Test
        void waitsInApprovedUntilRadarrHasTheMovie() {
            Outcome outcome = given(submitted(42)).when(approved(42));

            assertThat(outcome.entriesOf(42)).extracting(TimelineEntry::state).containsExactly("approved");
            assertThat(outcome.item().progress()).isEqualTo(MediaProgress.UNKNOWN);
        }

        @Test
        void joinsASecondRequestWithoutTouchingTheFirst() {
            Outcome outcome = given(autoApproved(42), movieAdded(), grabbed()).when(autoApproved(43));

            assertThat(outcome.stateOf(43)).isEqualTo(RequestState.DOWNLOADING);
            assertThat(outcome.entriesOf(42)).isEmpty();
            assertThat(outcome.decision().changedRequests())
                    .extracting(RequestView::id)
                    .containsExactly(Facts.request(43));
        }

        @Test
        void movesEveryRequestWhenTheRequestManagerReportsOneAvailable() {
            Outcome outcome =
                    given(autoApproved(42), autoApproved(43), grabbed()).when(reportedAvailable(42));

            assertThat(outcome.item().progress()).isEqualTo(MediaProgress.AVAILABLE);
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.AVAILABLE);
            assertThat(outcome.stateOf(43)).isEqualTo(RequestState.AVAILABLE);
        }
    }

    @Nested
    class WhenFailed {

        @Test
        void recoversWhenRadarrReportsProgressAfterAll() {
            Outcome outcome = given(autoApproved(42), failed(42)).when(movieAdded());

            assertThat(outcome.entryOf(42).previousState()).isEqualTo("failed");
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.SEARCHING);
        }

        @Test
        void joinsTheDownloadWhenApprovedAgain() {
            Outcome outcome =
                    given(movieAdded(), grabbed(), submitted(42), failed(42)).when(approved(42));

            assertThat(outcome.entriesOf(42))
                    .extracting(TimelineEntry::state)
                    .containsExactly("approved", "downloading");
        }
    }

    @Nested
    class WhenAvailable {

        @Test
        void recordsAnUpgradeOnTheTimelineWithoutMovingBack() {
            Outcome outcome = given(autoApproved(42), grabbed(), imported(), addedToPlex())
                    .when(upgraded());

            assertThat(outcome.entryOf(42).changed()).isFalse();
            assertThat(outcome.entryOf(42).summary()).isEqualTo("Upgraded to Remux-2160p: " + Facts.UPGRADED_FILE);
            assertThat(outcome.item().progress()).isEqualTo(MediaProgress.AVAILABLE);
            assertThat(outcome.item().file().path()).isEqualTo(Facts.UPGRADED_FILE);
        }

        @Test
        void staysAvailableWhenTheMovieIsRemovedFromRadarr() {
            Outcome outcome =
                    given(autoApproved(42), addedToPlex(), submitted(43)).when(movieDeleted(true));

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.AVAILABLE);
            assertThat(outcome.entryOf(42).changed()).isFalse();
            assertThat(outcome.entryOf(42).summary()).isEqualTo("Removed from Radarr with its files");
            assertThat(outcome.stateOf(43)).isEqualTo(RequestState.REQUESTED);
        }

        @Test
        void cancelsTheRequestsNotYetAvailableWhenTheMovieIsRemoved() {
            Outcome outcome =
                    given(autoApproved(42), autoApproved(43), grabbed()).when(movieDeleted(false));

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.CANCELLED);
            assertThat(outcome.stateOf(43)).isEqualTo(RequestState.CANCELLED);
            assertThat(outcome.item().progress()).isEqualTo(MediaProgress.UNKNOWN);
        }
    }

    @Nested
    class WhenCancelled {

        static Stream<MediaEvent> laterFacts() {
            return Stream.of(movieAdded(), grabbed(), imported(), addedToPlex(), reportedAvailable(42));
        }

        @ParameterizedTest
        @MethodSource("laterFacts")
        void staysCancelledWhateverComesLater(MediaEvent later) {
            Outcome outcome =
                    given(autoApproved(42), movieAdded(), movieDeleted(true)).when(later);

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.CANCELLED);
            assertThat(outcome.entriesOf(42)).isEmpty();
        }
    }
}
