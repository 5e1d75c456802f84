package dev.callsheet.request;

import static dev.callsheet.request.Facts.AS_OVERSEERR_SAYS;
import static dev.callsheet.request.Facts.GRABBED_TITLE;
import static dev.callsheet.request.Facts.addedToPlex;
import static dev.callsheet.request.Facts.approved;
import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.declined;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.imported;
import static dev.callsheet.request.Facts.movieAdded;
import static dev.callsheet.request.Facts.movieDeleted;
import static dev.callsheet.request.Facts.reported;
import static dev.callsheet.request.Facts.request;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.Scenario.at;
import static dev.callsheet.request.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.download.ClientChange;
import dev.callsheet.events.download.JobState;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.PlexNotConfirmed.Problem;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.events.media.RequestDecided.Verdict;
import dev.callsheet.request.Attention.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A request standing at a stage past its deadline gets the stage's attention and one timeline entry,
 * at the first tick after the deadline and at no later one; a move clears it and writes nothing more
 * than the move. Each row is a request at one stage: the facts that brought it there, the stage's
 * deadline (the defaults), when its clock started, and the fact that moves it on.
 */
class DeadlinesTest {

    private static final String STALLED_REASON = "no seeds for 2 h";

    static Stream<Arguments> stages() {
        return Stream.of(
                row(
                        "waiting for a decision",
                        List.of(submitted(42)),
                        Duration.ofHours(48),
                        at(1),
                        Kind.NOT_DECIDED,
                        "Waiting for a decision since 2024-06-01T10:01:00Z (over 48 h), requested by alice."
                                + " Callsheet keeps it in the approval queue until someone approves or declines it.",
                        approved(42)),
                row(
                        "approved, not with Radarr",
                        List.of(submitted(42), approved(42)),
                        Duration.ofHours(24),
                        at(2),
                        Kind.NOT_GRABBED,
                        "Approved since 2024-06-01T10:02:00Z and nothing grabbed (over 24 h): Radarr has not said it"
                                + " has the movie. Callsheet keeps searching Radarr on its search back-off (callsheet.search.*) until a release is grabbed.",
                        movieAdded()),
                row(
                        "with Radarr, nothing grabbed",
                        List.of(autoApproved(42), movieAdded()),
                        Duration.ofHours(24),
                        at(2),
                        Kind.NOT_GRABBED,
                        "Searching since 2024-06-01T10:02:00Z and nothing grabbed (over 24 h): Radarr has the movie and"
                                + " has grabbed nothing for it. Callsheet keeps searching Radarr on its search back-off (callsheet.search.*) until a release is grabbed.",
                        grabbed()),
                row(
                        "grabbed, not imported",
                        List.of(
                                autoApproved(42),
                                movieAdded(),
                                grabbed(),
                                reported(ClientChange.STALLED, JobState.STALLED, 0.435, STALLED_REASON)),
                        Duration.ofHours(12),
                        at(3),
                        Kind.DOWNLOAD_STALLED,
                        "Grabbed since 2024-06-01T10:03:00Z and not imported (over 12 h): " + GRABBED_TITLE
                                + " in qBittorrent: stalled at 43.5 % (" + STALLED_REASON
                                + "), last reported 2024-06-01T10:04:00Z. Callsheet keeps following the download and"
                                + " moves the request once Radarr imports it.",
                        imported()),
                row(
                        "completed in the client, not imported",
                        List.of(
                                autoApproved(42),
                                movieAdded(),
                                grabbed(),
                                reported(ClientChange.COMPLETED, JobState.COMPLETED, 1.0, null)),
                        Duration.ofMinutes(30),
                        at(4),
                        Kind.IMPORT_PENDING,
                        "Download completed in qBittorrent at 2024-06-01T10:04:00Z and Radarr has not imported it"
                                + " (over 30 min): " + GRABBED_TITLE + ". Callsheet waits for the import; Radarr's"
                                + " queue shows why it has not.",
                        imported()),
                row(
                        "imported, not available",
                        List.of(autoApproved(42), movieAdded(), grabbed(), imported()),
                        Duration.ofMinutes(15),
                        at(4),
                        Kind.NOT_IN_LIBRARY,
                        "Imported since 2024-06-01T10:04:00Z and not available (over 15 min): no Plex server is"
                                + " looking for the file. No Plex server is configured to confirm imports: Callsheet"
                                + " waits for Plex's library.new webhook.",
                        addedToPlex()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void raisesNothingBeforeTheDeadline(
            String stage,
            List<MediaEvent> facts,
            Duration deadline,
            Instant start,
            Kind kind,
            String text,
            MediaEvent move) {
        Outcome outcome = given(facts.toArray(MediaEvent[]::new))
                .later(deadline.minusMinutes(10))
                .tick();

        assertThat(outcome.decision().timeline()).isEmpty();
        assertThat(outcome.decision().changedRequests()).isEmpty();
        assertThat(outcome.request(42).attention()).extracting(Attention::kind).doesNotContain(kind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void raisesTheStagesAttentionWithOneEntryOnce(
            String stage,
            List<MediaEvent> facts,
            Duration deadline,
            Instant start,
            Kind kind,
            String text,
            MediaEvent move) {
        Scenario scenario = given(facts.toArray(MediaEvent[]::new)).later(deadline);
        RequestState state =
                scenario.item().requestView(request(42)).orElseThrow().state();

        Outcome passed = scenario.tick();
        Outcome again = scenario.later(Duration.ofHours(1)).tick();

        assertThat(passed.request(42).attention()).contains(new Attention(kind, text, start.plus(deadline)));
        assertThat(passed.request(42).state()).isEqualTo(state);
        assertThat(passed.decision().changedRequests()).singleElement().satisfies(view -> assertThat(view.attention())
                .extracting(Attention::kind)
                .contains(kind));
        TimelineEntry entry = passed.entryOf(42);
        assertThat(entry.event()).isEqualTo("DeadlinePassed");
        assertThat(entry.summary()).isEqualTo(text);
        assertThat(entry.changed()).isFalse();
        assertThat(entry.state()).isEqualTo(state.id());
        assertThat(entry.details()).containsEntry("attention", kind.name());
        assertThat(entry.sequence()).isEqualTo(passed.before().sequence() + 1);
        assertThat(passed.item().sequence()).isEqualTo(entry.sequence());
        assertThat(again.decision().timeline()).isEmpty();
        assertThat(again.decision().changedRequests()).isEmpty();
        assertThat(again.request(42).attention()).contains(new Attention(kind, text, start.plus(deadline)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stages")
    void clearsWhenTheRequestMovesWritingOnlyTheMove(
            String stage,
            List<MediaEvent> facts,
            Duration deadline,
            Instant start,
            Kind kind,
            String text,
            MediaEvent move) {
        Scenario scenario = given(facts.toArray(MediaEvent[]::new)).later(deadline);
        scenario.tick();

        Outcome moved = scenario.when(move);

        assertThat(moved.request(42).attention()).extracting(Attention::kind).doesNotContain(kind);
        assertThat(moved.entryOf(42).changed()).isTrue();
        assertThat(moved.entryOf(42).summary()).doesNotContain(text);
        assertThat(moved.decision().timeline()).noneMatch(entry -> "DeadlinePassed".equals(entry.event()));
    }

    @Test
    void showsNotDecidedOnTheWaitingRequestsView() {
        Outcome outcome = given(submitted(42)).later(Duration.ofHours(48)).tick();

        RequestView view = outcome.request(42);
        assertThat(view.state()).isEqualTo(RequestState.REQUESTED);
        assertThat(view.awaitsDecision()).isTrue();
        assertThat(view.attention()).extracting(Attention::kind).containsExactly(Kind.NOT_DECIDED);
        assertThat(outcome.item().view().attention()).isEmpty();
    }

    @Test
    void aDecisionMadeInCallsheetAnswersNotDecided() {
        Scenario scenario = given(submitted(42)).later(Duration.ofHours(48));
        scenario.tick();

        Outcome decided = scenario.when(decided());
        Outcome later = scenario.later(Duration.ofHours(1)).tick();

        assertThat(decided.request(42).state()).isEqualTo(RequestState.REQUESTED);
        assertThat(decided.request(42).attention()).isEmpty();
        assertThat(later.decision().timeline()).isEmpty();
        assertThat(later.request(42).attention()).isEmpty();
    }

    @Test
    void eachRequestHasItsOwnClock() {
        Scenario scenario = given(submitted(42)).later(Duration.ofHours(47));
        scenario.when(submitted(43));

        Outcome outcome = scenario.later(Duration.ofHours(1)).tick();

        assertThat(outcome.entriesOf(42)).hasSize(1);
        assertThat(outcome.entriesOf(43)).isEmpty();
        assertThat(outcome.request(43).attention()).isEmpty();
    }

    @Test
    void aStalledDownloadThatCompletesWaitsForItsImportFromTheCompletion() {
        Scenario scenario = given(autoApproved(42), movieAdded(), grabbed()).later(Duration.ofHours(12));
        scenario.tick();
        scenario.when(reported(ClientChange.COMPLETED, JobState.COMPLETED, 1.0, null));

        Outcome soon = scenario.later(Duration.ofMinutes(28)).tick();
        Outcome pending = scenario.later(Duration.ofMinutes(2)).tick();

        assertThat(soon.decision().timeline()).isEmpty();
        assertThat(soon.request(42).attention()).extracting(Attention::kind).containsExactly(Kind.DOWNLOAD_STALLED);
        assertThat(pending.entryOf(42).details()).containsEntry("attention", "IMPORT_PENDING");
        assertThat(pending.request(42).attention()).extracting(Attention::kind).containsExactly(Kind.IMPORT_PENDING);
    }

    @Test
    void leavesNotInLibraryToPlexWhenPlexHasSaidSo() {
        Scenario scenario = Scenario.givenPlex(PlexFacts.ONE, autoApproved(42), imported());
        scenario.when(PlexFacts.notConfirmed(PlexFacts.movieCommand(2, "plex"), Problem.NOT_IN_LIBRARY, "not found"));

        Outcome outcome = scenario.later(Duration.ofMinutes(30)).tick();

        assertThat(outcome.decision().timeline()).isEmpty();
        assertThat(outcome.request(42).attention()).singleElement().satisfies(attention -> {
            assertThat(attention.kind()).isEqualTo(Kind.NOT_IN_LIBRARY);
            assertThat(attention.message()).doesNotContain("not available (over");
        });
    }

    @Test
    void showsPlexsOwnNotInLibraryInsteadOfTheDeadlinesOnceItComes() {
        Scenario scenario =
                Scenario.givenPlex(PlexFacts.ONE, autoApproved(42), imported()).later(Duration.ofMinutes(15));
        Outcome passed = scenario.tick();

        Outcome plex = scenario.when(
                PlexFacts.notConfirmed(PlexFacts.movieCommand(2, "plex"), Problem.NOT_IN_LIBRARY, "not found"));

        assertThat(passed.request(42).attention()).singleElement().satisfies(attention -> assertThat(
                        attention.message())
                .startsWith("Imported since 2024-06-01T10:02:00Z and not available (over 15 min): waiting for Plex"
                        + " 'plex' since 2024-06-01T10:02:00Z. Callsheet asks Plex again after 10 min without a word,"
                        + " until 90 min after the import."));
        assertThat(plex.request(42).attention()).singleElement().satisfies(attention -> assertThat(attention.message())
                .doesNotContain("not available (over"));
    }

    static Stream<Arguments> over() {
        return Stream.of(
                Arguments.of("declined", List.of(submitted(42), declined(42))),
                Arguments.of("cancelled", List.of(autoApproved(42), movieAdded(), movieDeleted(false))),
                Arguments.of(
                        "available", List.of(autoApproved(42), movieAdded(), grabbed(), imported(), addedToPlex())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("over")
    void setsNoDeadlineOnARequestThatIsOverOrDone(String state, List<MediaEvent> facts) {
        Outcome outcome = given(facts.toArray(MediaEvent[]::new))
                .later(Duration.ofDays(30))
                .tick();

        assertThat(outcome.request(42).state().id()).isEqualTo(state);
        assertThat(outcome.decision().timeline()).isEmpty();
        assertThat(outcome.request(42).attention()).isEmpty();
    }

    private static RequestDecided decided() {
        return new RequestDecided(
                AS_OVERSEERR_SAYS,
                request(42),
                "decision-1",
                Verdict.APPROVE,
                "admin",
                null,
                null,
                Scenario.START,
                "approve");
    }

    private static Arguments row(
            String stage,
            List<MediaEvent> facts,
            Duration deadline,
            Instant start,
            Kind kind,
            String text,
            MediaEvent move) {
        return Arguments.of(stage, facts, deadline, start, kind, text, move);
    }
}
