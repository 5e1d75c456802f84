package dev.callsheet.request;

import static dev.callsheet.request.Facts.AS_OVERSEERR_SAYS;
import static dev.callsheet.request.Facts.DUNE;
import static dev.callsheet.request.Scenario.given;
import static dev.callsheet.request.Scenario.givenSeries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callsheet.events.MediaType;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.AddMovieToRadarr;
import dev.callsheet.events.command.AddSeriesToSonarr;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.media.AddedToLibrary;
import dev.callsheet.events.media.LibraryOrder;
import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.events.media.RequestDecided.Verdict;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.request.ApprovalRule.Action;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests made in Callsheet ({@code POST /api/requests}): no request manager follows them, so a
 * decision, an admin's or a rule's, moves them at once, and an approval asks for the media to be added
 * to the arr by a command whose id derives from the decision's.
 */
class CallsheetRequestsTest {

    private static final RequestId MOVIE = RequestId.parse("callsheet-0001-a");
    private static final RequestId SERIES = RequestId.parse("callsheet-0002-b");
    private static final LibraryOrder TO_RADARR = new LibraryOrder("radarr", LibraryOrder.Seasons.LISTED, null, null);
    private static final String RULE_DECISION = "rule:callsheet-0001-a:d-1";

    static Stream<Arguments> decisions() {
        var add = new AddMovieToRadarr("decision-1:library", DUNE, "radarr", MOVIE, 693134, null, null);
        var byRule = new AddMovieToRadarr(RULE_DECISION + ":library", DUNE, "radarr", MOVIE, 693134, null, null);
        return Stream.of(
                row("an admin's approval", null, admin(Verdict.APPROVE), List.of(add), RequestState.APPROVED),
                row("an admin's decline", null, admin(Verdict.DECLINE), List.of(), RequestState.DECLINED),
                row("a rule's approval", Action.APPROVE, null, List.of(byRule), RequestState.APPROVED),
                row("a rule's decline", Action.DECLINE, null, List.of(), RequestState.DECLINED),
                row("no rule decides", Action.ASK, null, List.of(), RequestState.REQUESTED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void aDecisionMovesTheRequestAtOnceAndAnApprovalAddsTheMedia(
            String name, Action rule, RequestDecided admin, List<Command> commands, RequestState state) {
        var scenario = given().ruledBy(rules(rule), RequesterLedger.EMPTY);
        var outcome = admin == null ? scenario.when(movie()) : scenario.whenAll(movie(), admin);

        assertThat(outcome.decision().commands()).isEqualTo(commands);
        Request request = outcome.item().requests().get(MOVIE);
        assertThat(request.state()).isEqualTo(state);
        assertThat(request.origin()).isNull();
        assertThat(request.decision()).isNull();
        assertThat(request.awaitsDecision()).isEqualTo(state == RequestState.REQUESTED);
    }

    @Test
    void aRulesDecisionIsOneEntryFromRequestedToWhereItMovedTheRequest() {
        var outcome =
                given().ruledBy(rules(Action.APPROVE), RequesterLedger.EMPTY).when(movie());

        assertThat(entries(outcome))
                .extracting(TimelineEntry::previousState, TimelineEntry::state, TimelineEntry::summary)
                .containsExactly(
                        tuple(null, "requested", "Request callsheet-0001-a submitted by alice"),
                        tuple("requested", "approved", "Request callsheet-0001-a approved by rule 'all'"));
    }

    @Test
    void aSeriesIsAddedMonitoringTheRequestedSeasonsWithTheChosenProfileAndFolder() {
        var order = new LibraryOrder("sonarr4k", LibraryOrder.Seasons.LISTED, "Ultra-HD", "/tv4k");
        var submitted = new RequestSubmitted(
                SERIES,
                Facts.ALICE,
                new MediaInfo(MediaType.SERIES, null, null, null, 371980L, null, false),
                List.of(1, 2),
                "callsheet",
                order);

        var outcome = givenSeries(submitted).when(decided(SERIES, Verdict.APPROVE));

        assertThat(outcome.decision().commands())
                .contains(new AddSeriesToSonarr(
                        "decision-1:library",
                        SeriesFacts.SEVERANCE,
                        "sonarr4k",
                        SERIES,
                        371980,
                        List.of(1, 2),
                        LibraryOrder.Seasons.LISTED,
                        "Ultra-HD",
                        "/tv4k",
                        null));
    }

    @Test
    void aSeriesForTheEpisodesNotAiredYetCarriesTheDayItWasRequestedHoweverLateTheApproval() {
        var order = new LibraryOrder("sonarr", LibraryOrder.Seasons.FUTURE, null, null);
        var submitted = new RequestSubmitted(
                SERIES,
                Facts.ALICE,
                new MediaInfo(MediaType.SERIES, null, null, null, 371980L, null, false),
                List.of(),
                "callsheet",
                order);

        var outcome = givenSeries(submitted).later(Duration.ofDays(4)).when(decided(SERIES, Verdict.APPROVE));

        assertThat(outcome.decision().commands())
                .filteredOn(AddSeriesToSonarr.class::isInstance)
                .map(AddSeriesToSonarr.class::cast)
                .singleElement()
                .satisfies(add -> {
                    assertThat(add.choice()).isEqualTo(LibraryOrder.Seasons.FUTURE);
                    assertThat(add.airingAfter()).isEqualTo(LocalDate.parse("2024-06-01"));
                    assertThat(add.id()).isEqualTo("decision-1:library");
                });
    }

    @Test
    void aReplayedDecisionAsksForNothingMore() {
        var scenario = given(movie(), admin(Verdict.APPROVE));

        var again = scenario.when(admin(Verdict.APPROVE));

        assertThat(again.decision().commands()).isEmpty();
        assertThat(again.item().requests().get(MOVIE).state()).isEqualTo(RequestState.APPROVED);
    }

    @Test
    void theArrsAnswerIsOnTheTimelineAndItsWebhookMovesTheRequestOn() {
        var scenario = given(movie(), admin(Verdict.APPROVE));

        var added = scenario.when(new AddedToLibrary(
                AS_OVERSEERR_SAYS, "decision-1:library", MOVIE, "Radarr", "radarr", 7, false, "AddedToLibrary"));
        assertThat(entries(added))
                .extracting(TimelineEntry::summary)
                .containsExactly("Added to Radarr 'radarr' for request callsheet-0001-a, without a search");
        assertThat(added.item().requests().get(MOVIE).state()).isEqualTo(RequestState.APPROVED);

        var followed = scenario.when(Facts.movieAdded());
        assertThat(followed.item().requests().get(MOVIE).state()).isEqualTo(RequestState.SEARCHING);
    }

    @Test
    void aRequestFromOverseerrIsStillCarriedToOverseerr() {
        var outcome = given(Facts.submitted(42))
                .when(new RequestDecided(
                        AS_OVERSEERR_SAYS,
                        Facts.request(42),
                        "decision-1",
                        Verdict.APPROVE,
                        "admin",
                        null,
                        null,
                        Scenario.START,
                        "approve"));

        assertThat(outcome.stateOf(42)).isEqualTo(RequestState.REQUESTED);
        assertThat(outcome.decision().commands()).hasSize(1).allMatch(c -> !(c instanceof AddMovieToRadarr));
    }

    private static List<TimelineEntry> entries(Outcome outcome) {
        return outcome.decision().timeline().stream()
                .filter(entry -> Objects.equals(entry.requestId(), MOVIE))
                .toList();
    }

    private static RequestSubmitted movie() {
        return new RequestSubmitted(MOVIE, Facts.ALICE, AS_OVERSEERR_SAYS, List.of(), "callsheet", TO_RADARR);
    }

    private static RequestDecided admin(Verdict verdict) {
        return decided(MOVIE, verdict);
    }

    private static RequestDecided decided(RequestId id, Verdict verdict) {
        return new RequestDecided(
                AS_OVERSEERR_SAYS,
                id,
                "decision-1",
                verdict,
                "admin",
                null,
                null,
                Scenario.START,
                verdict.name().toLowerCase());
    }

    private static ApprovalRules rules(Action action) {
        return action == null
                ? ApprovalRules.NONE
                : new ApprovalRules(List.of(new ApprovalRule(
                        "all", List.of(), null, null, null, action, action == Action.DECLINE ? "full" : null)));
    }

    private static Arguments row(
            String name, Action rule, RequestDecided admin, List<Command> commands, RequestState state) {
        return Arguments.of(name, rule, admin, commands, state);
    }
}
