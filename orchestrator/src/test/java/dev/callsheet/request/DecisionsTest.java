package dev.callsheet.request;

import static dev.callsheet.request.Facts.AS_OVERSEERR_SAYS;
import static dev.callsheet.request.Facts.DUNE;
import static dev.callsheet.request.Facts.approved;
import static dev.callsheet.request.Facts.declined;
import static dev.callsheet.request.Facts.request;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.command.ApproveOverseerrRequest;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.DeclineOverseerrRequest;
import dev.callsheet.events.media.CommandAttemptFailed;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.OverseerrDecisionSent;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.events.media.RequestDecided.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decisions made in Callsheet on requests from Overseerr: carried to it by one command whose id derives
 * from the decision's, waiting on the request until Overseerr's webhook moves it, given back to the
 * queue when the call is given up or Overseerr had decided already.
 */
class DecisionsTest {

    private static final String COMMAND = "decision-1:overseerr";

    static Stream<Arguments> decisions() {
        return Stream.of(
                row(
                        "approval of a waiting request",
                        List.of(submitted(42)),
                        decided(Verdict.APPROVE, null),
                        List.of(new ApproveOverseerrRequest(COMMAND, "overseerr", DUNE, 42)),
                        "requested",
                        true,
                        "Request overseerr-42 approved by admin in Callsheet"),
                row(
                        "decline with a reason",
                        List.of(submitted(42)),
                        decided(Verdict.DECLINE, "not in 4K"),
                        List.of(new DeclineOverseerrRequest(COMMAND, "overseerr", DUNE, 42)),
                        "requested",
                        true,
                        "Request overseerr-42 declined by admin in Callsheet: not in 4K"),
                row(
                        "a second decision while the first is on its way",
                        List.of(submitted(42), decided(Verdict.APPROVE, null)),
                        decision(2, Verdict.DECLINE),
                        List.of(),
                        "requested",
                        true,
                        "Request overseerr-42 declined by admin in Callsheet"),
                row(
                        "a decision on an approved request",
                        List.of(submitted(42), approved(42)),
                        decided(Verdict.DECLINE, null),
                        List.of(),
                        "approved",
                        false,
                        "Request overseerr-42 declined by admin in Callsheet"),
                row(
                        "a decision on a declined request",
                        List.of(submitted(42), declined(42)),
                        decided(Verdict.APPROVE, null),
                        List.of(),
                        "declined",
                        false,
                        "Request overseerr-42 approved by admin in Callsheet"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("decisions")
    void carriesADecisionOnlyToAWaitingRequest(
            String name,
            List<MediaEvent> before,
            RequestDecided fact,
            List<Command> commands,
            String state,
            boolean waits,
            String entry) {
        var outcome = given(before.toArray(MediaEvent[]::new)).when(fact);

        assertThat(outcome.decision().commands()).isEqualTo(commands);
        assertThat(outcome.stateOf(42)).isEqualTo(RequestState.valueOf(state.toUpperCase()));
        assertThat(outcome.request(42).decision() != null).isEqualTo(waits);
        assertThat(outcome.entryOf(42).summary()).isEqualTo(entry);
        assertThat(outcome.entryOf(42).changed()).isFalse();
    }

    @Test
    void keepsTheDecisionOnTheRequestUntilOverseerrsWebhookMovesIt() {
        var scenario = given(submitted(42), decided(Verdict.APPROVE, "family favourite"));
        var waiting = scenario.when(sent(true, null));
        assertThat(waiting.request(42).decision())
                .extracting(PendingDecision::decisionId, PendingDecision::verdict, PendingDecision::by)
                .containsExactly("decision-1", Verdict.APPROVE, "admin");
        assertThat(waiting.request(42).awaitsDecision()).isFalse();
        assertThat(waiting.entryOf(42).summary())
                .isEqualTo("Request overseerr-42 approved at Overseerr 'overseerr' for Callsheet");

        var moved = scenario.when(approved(42));

        assertThat(moved.stateOf(42)).isEqualTo(RequestState.APPROVED);
        assertThat(moved.request(42).decision()).isNull();
        assertThat(moved.entryOf(42).summary()).isEqualTo("Request overseerr-42 approved in Overseerr");
        assertThat(moved.decision().commands()).isEmpty();
    }

    @Test
    void givesTheRequestBackToTheQueueWhenOverseerrHadDecidedAlready() {
        var outcome = given(submitted(42), decided(Verdict.APPROVE, null)).when(sent(false, "DECLINED"));

        assertThat(outcome.request(42).awaitsDecision()).isTrue();
        assertThat(outcome.entryOf(42).summary())
                .isEqualTo("Overseerr 'overseerr' has request overseerr-42 declined already: nothing sent");
    }

    @Test
    void givesTheRequestBackToTheQueueOnlyWhenTheCallIsGivenUp() {
        var scenario = given(submitted(42), decided(Verdict.APPROVE, null));

        var retrying = scenario.when(failed(Duration.ofSeconds(30)));
        assertThat(retrying.request(42).awaitsDecision()).isFalse();
        assertThat(retrying.entriesOf(42)).hasSize(1);

        var givenUp = scenario.when(failed(null));
        assertThat(givenUp.request(42).awaitsDecision()).isTrue();
        assertThat(givenUp.item().attention())
                .extracting(Attention::kind)
                .containsExactly(Attention.Kind.COMMAND_GIVEN_UP);
    }

    @Test
    void neverOpensARequestItDoesNotKnow() {
        var outcome = given(submitted(42)).when(decided(43, Verdict.APPROVE));

        assertThat(outcome.decision().commands()).isEmpty();
        assertThat(outcome.decision().timeline())
                .allSatisfy(entry -> assertThat(entry.requestId()).isNull());
        assertThat(outcome.item().requests()).containsOnlyKeys(request(42));
    }

    private static Arguments row(
            String name,
            List<MediaEvent> before,
            RequestDecided fact,
            List<Command> commands,
            String state,
            boolean waits,
            String entry) {
        return Arguments.of(name, before, fact, commands, state, waits, entry);
    }

    private static RequestDecided decided(Verdict verdict, String reason) {
        return new RequestDecided(
                AS_OVERSEERR_SAYS,
                request(42),
                "decision-1",
                verdict,
                "admin",
                reason,
                null,
                Scenario.START,
                verdict.name().toLowerCase());
    }

    private static RequestDecided decision(int n, Verdict verdict) {
        return new RequestDecided(
                AS_OVERSEERR_SAYS,
                request(42),
                "decision-" + n,
                verdict,
                "admin",
                null,
                null,
                Scenario.START,
                verdict.name().toLowerCase());
    }

    private static RequestDecided decided(long id, Verdict verdict) {
        return new RequestDecided(
                AS_OVERSEERR_SAYS,
                request(id),
                "decision-1",
                verdict,
                "admin",
                null,
                null,
                Scenario.START,
                verdict.name().toLowerCase());
    }

    private static OverseerrDecisionSent sent(boolean sent, String foundStatus) {
        return new OverseerrDecisionSent(
                AS_OVERSEERR_SAYS, COMMAND, request(42), "overseerr", Verdict.APPROVE, sent, foundStatus, "approve");
    }

    private static CommandAttemptFailed failed(Duration retryIn) {
        return new CommandAttemptFailed(
                AS_OVERSEERR_SAYS,
                COMMAND,
                "ApproveOverseerrRequest",
                1,
                "Overseerr at http://overseerr:5055 refused the API key (HTTP 403 on GET /api/v1/request/42)",
                retryIn,
                null,
                "ApproveOverseerrRequest");
    }
}
