package dev.callsheet.request;

import static dev.callsheet.request.Scenario.givenSeries;
import static dev.callsheet.request.SeriesFacts.SEVERANCE;
import static dev.callsheet.request.SeriesFacts.approved;
import static dev.callsheet.request.SeriesFacts.autoApproved;
import static dev.callsheet.request.SeriesFacts.listed;
import static dev.callsheet.request.SeriesFacts.seasonPackGrabbed;
import static dev.callsheet.request.SeriesFacts.seriesAdded;
import static dev.callsheet.request.SeriesFacts.sonarrRefusedTheKey;
import static dev.callsheet.request.SeriesFacts.sonarrUnreachable;
import static dev.callsheet.request.SeriesFacts.sonarrUnreadable;
import static dev.callsheet.request.SeriesFacts.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.Delivery;
import dev.callsheet.events.Envelope;
import dev.callsheet.events.MediaKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.ResolveSeriesEpisodes;
import dev.callsheet.events.media.LibraryOrder;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.events.media.RequestDecided.Verdict;
import dev.callsheet.events.media.RequestSubmitted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Asking Sonarr for the episode list: on approval, after a failed attempt, and every six hours. */
class EpisodeListingTest {

    @Nested
    class WhenRequested {

        @Test
        void asksSonarrForTheEpisodesOnApproval() {
            Outcome outcome = givenSeries(submitted(42, 1)).when(approved(42, 1));

            assertThat(outcome.decision().commands())
                    .containsExactly(new ResolveSeriesEpisodes("d-2:resolve", SEVERANCE, 371980, "sonarr"));
            assertThat(outcome.item().series().listing().lastRequestedAt())
                    .isEqualTo(outcome.envelope().delivery().receivedAt());
        }

        @Test
        void asksNothingOnSubmissionAlone() {
            assertThat(givenSeries().when(submitted(42, 1)).decision().commands())
                    .isEmpty();
        }

        @Test
        void asksTheFourKInstanceForTheFourKCopy() {
            MediaKey fourK = MediaKey.series(371980, true);

            Outcome outcome = Scenario.given(fourK).when(autoApproved(42, 1));

            assertThat(outcome.decision().commands())
                    .singleElement()
                    .isEqualTo(new ResolveSeriesEpisodes("d-1:resolve", fourK, 371980, "sonarr4k"));
        }

        @Test
        void asksTheSonarrInstanceThatReportedTheSeries() {
            Instant now = Scenario.START;
            MediaItem added = Decider.decide(
                            null,
                            new Envelope(
                                    SEVERANCE,
                                    new Delivery("a", SourceKind.SONARR, "sonarr-anime", now, "fp-a"),
                                    seriesAdded()),
                            now,
                            PlexServers.NONE)
                    .state();

            Decision decision = Decider.decide(
                    added,
                    new Envelope(
                            SEVERANCE,
                            new Delivery("b", SourceKind.OVERSEERR, "overseerr", now, "fp-b"),
                            autoApproved(42, 1)),
                    now,
                    PlexServers.NONE);

            assertThat(decision.commands())
                    .containsExactly(new ResolveSeriesEpisodes("b:resolve", SEVERANCE, 371980, "sonarr-anime"));
        }

        @Test
        void asksTheSonarrInstanceARequestMadeInCallsheetAddsItToBeforeAnyReportedIt() {
            RequestId id = RequestId.parse("callsheet-0005-a");
            var submitted = new RequestSubmitted(
                    id,
                    Facts.ALICE,
                    SeriesFacts.AS_OVERSEERR_SAYS,
                    List.of(1),
                    "callsheet",
                    new LibraryOrder("sonarr-anime", LibraryOrder.Seasons.LISTED, null, null));
            var approved = new RequestDecided(
                    SeriesFacts.AS_OVERSEERR_SAYS,
                    id,
                    "decision-1",
                    Verdict.APPROVE,
                    "admin",
                    null,
                    null,
                    Scenario.START,
                    "approve");

            Outcome outcome = givenSeries(submitted).when(approved);

            assertThat(outcome.decision().commands())
                    .filteredOn(ResolveSeriesEpisodes.class::isInstance)
                    .singleElement()
                    .extracting(command -> ((ResolveSeriesEpisodes) command).instance())
                    .isEqualTo("sonarr-anime");
        }
    }

    @Nested
    class BeforeTheEpisodesAreListed {

        @Test
        void searchesOnceSonarrHasTheSeries() {
            Outcome outcome = givenSeries(autoApproved(42, 1)).when(seriesAdded());

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.SEARCHING);
            assertThat(outcome.request(42).episodes().known()).isFalse();
        }

        @Test
        void goesNoFurtherThanSearchingOnAGrab() {
            Outcome outcome = givenSeries(autoApproved(42, 1), seriesAdded()).when(seasonPackGrabbed());

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.SEARCHING);
            assertThat(outcome.item().series().episodes()).hasSize(9);
        }

        @Test
        void recordsThatSonarrWasUnreachableWithoutMoving() {
            Outcome outcome = givenSeries(autoApproved(42, 1), seriesAdded()).when(sonarrUnreachable(1));

            assertThat(outcome.mediaEntry().summary())
                    .isEqualTo("ResolveSeriesEpisodes failed (Sonarr unreachable), retrying in 30 s");
            assertThat(outcome.entryOf(42).changed()).isFalse();
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.SEARCHING);
        }

        @Test
        void learnsTheScopeWhenSonarrIsBack() {
            Scenario scenario =
                    givenSeries(autoApproved(42, 1), seriesAdded(), seasonPackGrabbed(), sonarrUnreachable(1));

            Outcome outcome = scenario.when(listed());

            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.DOWNLOADING);
            assertThat(outcome.request(42).episodes().known()).isTrue();
            assertThat(outcome.request(42).episodes().inScope()).isEqualTo(9);
            assertThat(outcome.entryOf(42).summary()).isEqualTo("Sonarr lists 19 episodes");
        }

        @Test
        void leavesARequestNotYetApprovedOutOfTheFailure() {
            Outcome outcome = givenSeries(autoApproved(41, 1), submitted(42, 2)).when(sonarrUnreachable(1));

            assertThat(outcome.entriesOf(41)).hasSize(1);
            assertThat(outcome.entriesOf(42)).isEmpty();
        }
    }

    @Nested
    class WhenTheClockTicks {

        @Test
        void asksAgainAtMostEverySixHours() {
            Scenario scenario = givenSeries(autoApproved(42, 1), seriesAdded(), listed());

            assertThat(scenario.later(Duration.ofHours(5)).tick().decision().commands())
                    .filteredOn(ResolveSeriesEpisodes.class::isInstance)
                    .isEmpty();
            Outcome due = scenario.later(Duration.ofHours(1)).tick();
            assertThat(due.decision().commands())
                    .filteredOn(ResolveSeriesEpisodes.class::isInstance)
                    .containsExactly(new ResolveSeriesEpisodes(
                            "series:tvdb:371980:resolve:"
                                    + due.item().series().listing().lastRequestedAt(),
                            SEVERANCE,
                            371980,
                            "sonarr"));
            assertThat(scenario.later(Duration.ofHours(5)).tick().decision().commands())
                    .filteredOn(ResolveSeriesEpisodes.class::isInstance)
                    .isEmpty();
            assertThat(scenario.later(Duration.ofHours(1)).tick().decision().commands())
                    .filteredOn(ResolveSeriesEpisodes.class::isInstance)
                    .hasSize(1);
        }

        @Test
        void asksAtTheIntervalItIsGiven() {
            Scenario scenario = givenSeries(autoApproved(42, 1), seriesAdded(), listed());
            MediaItem item = scenario.item();

            assertThat(Decider.tick(
                                    item,
                                    scenario.now().plus(Duration.ofHours(1)),
                                    new Relisting(Duration.ofHours(1), Duration.ofHours(1)),
                                    PlexServers.NONE,
                                    Deadlines.DEFAULTS,
                                    SearchPolicy.DEFAULT)
                            .commands())
                    .filteredOn(ResolveSeriesEpisodes.class::isInstance)
                    .hasSize(1);
        }

        @Test
        void asksNothingWhileNoRequestIsHandedOver() {
            Scenario scenario = givenSeries(submitted(42, 1), SeriesFacts.seriesAdded());

            assertThat(scenario.later(Duration.ofDays(1)).tick().decision().commands())
                    .isEmpty();
        }

        @Test
        void leavesAMovieAlone() {
            Scenario scenario =
                    Scenario.given(Facts.autoApproved(42), Facts.grabbed()).withoutDeadlines();

            Decision decision = scenario.later(Duration.ofDays(1)).tick().decision();

            assertThat(decision.commands()).isEmpty();
            assertThat(decision.timeline()).isEmpty();
            assertThat(decision.state()).isEqualTo(scenario.item());
        }
    }

    @Nested
    class WhenAnAskIsGivenUp {

        private static final String UNREADABLE = "ResolveSeriesEpisodes was given up: Sonarr at http://sonarr:8989 gave"
                + " an unreadable answer to GET /api/v3/series?tvdbId=371980: the body is not the expected JSON at"
                + " [0].tmdbId: Cannot map `null` into type `int` (Sonarr version 3.0.10.1567); the episode list is"
                + " asked for again within the hour";

        @Test
        void tellsTheAdminWhichServiceVersionCallAndFieldStoppedIt() {
            Scenario scenario = givenSeries(autoApproved(42, 1), seriesAdded());

            Outcome outcome = scenario.when(sonarrUnreadable("3.0.10.1567"));
            Instant failedAt = scenario.now();

            Attention expected = new Attention(Attention.Kind.SOURCE_UNREADABLE, UNREADABLE, failedAt);
            assertThat(outcome.item().attention()).containsExactly(expected);
            assertThat(outcome.request(42).attention()).containsExactly(expected);
            assertThat(outcome.entryOf(42).summary())
                    .isEqualTo("ResolveSeriesEpisodes gave up after attempt 1: Sonarr at http://sonarr:8989 gave an"
                            + " unreadable answer to GET /api/v3/series?tvdbId=371980: the body is not the expected"
                            + " JSON at [0].tmdbId: Cannot map `null` into type `int` (Sonarr version 3.0.10.1567);"
                            + " the episode list is asked for again within the hour");
            assertThat(outcome.entryOf(42).details())
                    .containsEntry("service", "Sonarr")
                    .containsEntry("version", "3.0.10.1567")
                    .containsEntry("call", "GET /api/v3/series?tvdbId=371980")
                    .containsEntry("field", "[0].tmdbId");
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.SEARCHING);
        }

        @Test
        void saysSoWhenTheVersionIsNotKnown() {
            Outcome outcome = givenSeries(autoApproved(42, 1)).when(sonarrUnreadable(null));

            assertThat(outcome.item().attention().getFirst().message())
                    .contains("Cannot map `null` into type `int` (Sonarr version not known);");
            assertThat(outcome.entryOf(42).details()).doesNotContainKey("version");
        }

        @Test
        void namesAnyOtherReasonAsAGivenUpCommand() {
            Outcome outcome = givenSeries(autoApproved(42, 1)).when(sonarrRefusedTheKey());

            assertThat(outcome.item().attention()).singleElement().satisfies(attention -> {
                assertThat(attention.kind()).isEqualTo(Attention.Kind.COMMAND_GIVEN_UP);
                assertThat(attention.message()).contains("refused the API key");
            });
        }

        @Test
        void raisesNothingWhileTheCommandIsStillRetried() {
            Outcome outcome = givenSeries(autoApproved(42, 1)).when(sonarrUnreachable(1));

            assertThat(outcome.item().attention()).isEmpty();
            assertThat(outcome.item().series().listing().givenUpAt()).isNull();
        }

        @Test
        void asksAgainAnHourAfterTheGiveUpRatherThanAfterSixHours() {
            Scenario scenario = givenSeries(autoApproved(42, 1), seriesAdded(), sonarrUnreadable("3.0.10.1567"));

            Outcome soon = scenario.later(Duration.ofMinutes(58)).tick();
            Outcome retried = scenario.later(Duration.ofMinutes(1)).tick();

            assertThat(soon.decision().commands())
                    .as("not at every tick: that would only repeat the failure")
                    .isEmpty();
            assertThat(retried.decision().commands())
                    .containsExactly(new ResolveSeriesEpisodes(
                            "series:tvdb:371980:resolve:"
                                    + retried.item().series().listing().lastRequestedAt(),
                            SEVERANCE,
                            371980,
                            "sonarr"));
            assertThat(scenario.later(Duration.ofHours(1)).tick().decision().commands())
                    .as("one ask per give-up: the next waits for its outcome")
                    .isEmpty();
            assertThat(scenario.when(sonarrUnreadable("3.0.10.1567")).item().attention())
                    .as("still raised, since the first give-up")
                    .extracting(Attention::kind)
                    .containsExactly(Attention.Kind.SOURCE_UNREADABLE);
            assertThat(scenario.later(Duration.ofHours(1)).tick().decision().commands())
                    .hasSize(1);
        }

        @Test
        void keepsWhenTheAskWasFirstGivenUp() {
            Scenario scenario = givenSeries(autoApproved(42, 1), sonarrUnreadable("3.0.10.1567"));
            Instant first = scenario.item().attention().getFirst().since();
            scenario.later(Duration.ofHours(1)).tick();

            Outcome again = scenario.when(sonarrUnreadable("3.0.10.1567"));

            assertThat(again.item().attention().getFirst().since()).isEqualTo(first);
        }

        @Test
        void clearsTheAttentionAndGoesOnOnceTheListArrives() {
            Scenario scenario =
                    givenSeries(autoApproved(42, 1), seriesAdded(), seasonPackGrabbed(), sonarrUnreadable("4.0.0"));

            Outcome outcome = scenario.when(listed());

            assertThat(outcome.item().attention()).isEmpty();
            assertThat(outcome.item().series().listing().givenUpAt()).isNull();
            assertThat(outcome.stateOf(42)).isEqualTo(RequestState.DOWNLOADING);
            assertThat(scenario.later(Duration.ofHours(1)).tick().decision().commands())
                    .as("listed: the six-hour re-list applies again")
                    .isEmpty();
        }
    }
}
