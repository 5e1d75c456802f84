package dev.callsheet.request;

import static dev.callsheet.request.Facts.ALICE;
import static dev.callsheet.request.Facts.DUNE;
import static dev.callsheet.request.Facts.approved;
import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.request;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.Scenario.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callsheet.events.MediaKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.command.ApproveOverseerrRequest;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.DeclineOverseerrRequest;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.events.media.RequestDecided.Verdict;
import dev.callsheet.events.media.Requester;
import dev.callsheet.request.ApprovalRule.Action;
import dev.callsheet.request.ApprovalRule.Quota;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Approval rules decide a request as it arrives: the first that matches wins, and its decision takes
 * the way an admin's takes, a command to Overseerr whose id derives from the delivery.
 */
class ApprovalRulesTest {

    /** The first delivery of a scenario arrives at {@code Scenario.at(1)}, as {@code d-1}. */
    private static final Instant SUBMITTED = Scenario.at(1);

    private static final String COMMAND = "rule:overseerr-42:d-1:overseerr";
    private static final Command APPROVE = new ApproveOverseerrRequest(COMMAND, "overseerr", DUNE, 42);
    private static final Command DECLINE = new DeclineOverseerrRequest(COMMAND, "overseerr", DUNE, 42);
    private static final RequesterLedger NOTHING_EARLIER = RequesterLedger.EMPTY;

    static Stream<Arguments> rules() {
        return Stream.of(
                row("no rule: ask", ALICE, DUNE, NOTHING_EARLIER, ApprovalRules.NONE, null),
                row(
                        "the first match wins",
                        ALICE,
                        DUNE,
                        NOTHING_EARLIER,
                        rules(approve("family", List.of("alice")), decline("others", List.of(), "ask first")),
                        "family"),
                row(
                        "a rule that does not match is passed over",
                        new Requester("bob", "bob@example.org"),
                        DUNE,
                        NOTHING_EARLIER,
                        rules(approve("family", List.of("alice")), approve("everyone", List.of())),
                        "everyone"),
                row(
                        "the requester by e-mail, ignoring case",
                        new Requester("Alice P.", "Alice@Example.org"),
                        DUNE,
                        NOTHING_EARLIER,
                        rules(approve("family", List.of("bob", "alice@example.org"))),
                        "family"),
                row(
                        "the requester by user name, ignoring case",
                        new Requester("ALICE", null),
                        DUNE,
                        NOTHING_EARLIER,
                        rules(approve("family", List.of("alice"))),
                        "family"),
                row(
                        "an unknown requester matches no requester rule",
                        null,
                        DUNE,
                        NOTHING_EARLIER,
                        rules(approve("family", List.of("alice"))),
                        null),
                row(
                        "media type: a series rule passes a movie over",
                        ALICE,
                        DUNE,
                        NOTHING_EARLIER,
                        rules(
                                rule("series", List.of(), MediaType.SERIES, null, null, Action.APPROVE),
                                rule("movies", List.of(), MediaType.MOVIE, null, null, Action.APPROVE)),
                        "movies"),
                row(
                        "4K: a 4K rule passes the HD copy over",
                        ALICE,
                        DUNE,
                        NOTHING_EARLIER,
                        rules(rule("4k", List.of(), null, true, null, Action.APPROVE)),
                        null),
                row(
                        "4K: a 4K rule matches the 4K copy",
                        ALICE,
                        MediaKey.movie(693134, true),
                        NOTHING_EARLIER,
                        rules(rule("4k", List.of(), null, true, null, Action.APPROVE)),
                        "4k"),
                row(
                        "quota: the first request of the span is within",
                        ALICE,
                        DUNE,
                        NOTHING_EARLIER,
                        rules(quota("weekly", 1, 7)),
                        "weekly"),
                row(
                        "quota: the request itself does not count",
                        ALICE,
                        DUNE,
                        ledger(made(42, Duration.ZERO)),
                        rules(quota("weekly", 1, 7)),
                        "weekly"),
                row(
                        "quota: one more than allowed is over it",
                        ALICE,
                        DUNE,
                        ledger(made(40, Duration.ofDays(6))),
                        rules(quota("weekly", 1, 7)),
                        null),
                row(
                        "quota: requests before the span do not count",
                        ALICE,
                        DUNE,
                        ledger(made(40, Duration.ofDays(8)), made(41, Duration.ofDays(3))),
                        rules(quota("weekly", 2, 7)),
                        "weekly"),
                row(
                        "quota: a request made after this one does not count against it",
                        ALICE,
                        DUNE,
                        ledger(made(43, Duration.ofMinutes(-5))),
                        rules(quota("weekly", 1, 7)),
                        "weekly"),
                row(
                        "an ask rule ends the search",
                        ALICE,
                        DUNE,
                        NOTHING_EARLIER,
                        rules(rule("look", List.of("alice"), null, null, null, Action.ASK), approve("all", List.of())),
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void theFirstMatchingRuleDecidesARequestAsItArrives(
            String name,
            Requester requester,
            MediaKey key,
            RequesterLedger ledger,
            ApprovalRules rules,
            String decidedBy) {
        var outcome = given(key).ruledBy(rules, ledger).when(submitted(42, requester));

        if (decidedBy == null) {
            assertThat(outcome.decision().commands()).isEmpty();
            assertThat(outcome.request(42).awaitsDecision()).isTrue();
            assertThat(outcome.entriesOf(42)).hasSize(1);
        } else {
            assertThat(outcome.decision().commands())
                    .singleElement()
                    .isInstanceOf(ApproveOverseerrRequest.class)
                    .extracting(Command::id)
                    .isEqualTo(COMMAND);
            assertThat(outcome.request(42).decision())
                    .extracting(PendingDecision::by, PendingDecision::verdict)
                    .containsExactly("rule " + decidedBy, Verdict.APPROVE);
            assertThat(outcome.entriesOf(42).getLast().summary())
                    .isEqualTo("Request overseerr-42 approved by rule '" + decidedBy + "'");
        }
    }

    @Test
    void aDeclineCarriesTheRulesReasonToTheTimeline() {
        var outcome = given().ruledBy(rules(decline("no-movies", List.of(), "movies are full")), NOTHING_EARLIER)
                .when(submitted(42));

        assertThat(outcome.decision().commands()).containsExactly(DECLINE);
        assertThat(outcome.stateOf(42)).isEqualTo(RequestState.REQUESTED);
        assertThat(outcome.request(42).decision())
                .extracting(PendingDecision::verdict, PendingDecision::reason)
                .containsExactly(Verdict.DECLINE, "movies are full");
        assertThat(outcome.entriesOf(42))
                .extracting(TimelineEntry::event, TimelineEntry::summary, TimelineEntry::changed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "RequestSubmitted", "Request overseerr-42 submitted by alice", true),
                        org.assertj.core.groups.Tuple.tuple(
                                "RequestDecided",
                                "Request overseerr-42 declined by rule 'no-movies': movies are full",
                                false));
        assertThat(outcome.entriesOf(42).getLast().details()).containsEntry("rule", "no-movies");
    }

    @Test
    void anApprovalWaitsForOverseerrsWebhookLikeAnAdmins() {
        var scenario = given().ruledBy(rules(approve("family", List.of("alice"))), NOTHING_EARLIER);
        var ruled = scenario.when(submitted(42));
        assertThat(ruled.decision().commands()).containsExactly(APPROVE);
        assertThat(ruled.request(42).awaitsDecision()).isFalse();

        var moved = scenario.when(approved(42));

        assertThat(moved.stateOf(42)).isEqualTo(RequestState.APPROVED);
        assertThat(moved.request(42).decision()).isNull();
        assertThat(moved.decision().commands()).isEmpty();
    }

    static Stream<Arguments> undecided() {
        return Stream.of(
                Arguments.of("auto-approved", List.of(), autoApproved(42)),
                Arguments.of("approved already", List.of(submitted(42), approved(42)), submitted(42)),
                Arguments.of("decided in Callsheet already", List.of(submitted(42), adminApproval()), submitted(42)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("undecided")
    void appliesNoRuleToARequestThatWaitsForNoDecision(String name, List<MediaEvent> before, MediaEvent fact) {
        var scenario =
                given(before.toArray(MediaEvent[]::new)).ruledBy(rules(approve("all", List.of())), NOTHING_EARLIER);
        var adminDecision = scenario.item() == null
                ? null
                : scenario.item().requestView(request(42)).orElseThrow().decision();

        var outcome = scenario.when(fact);

        assertThat(outcome.decision().commands()).isEmpty();
        assertThat(outcome.request(42).decision()).isEqualTo(adminDecision);
        assertThat(outcome.entriesOf(42)).extracting(TimelineEntry::event).doesNotContain("RequestDecided");
    }

    @Test
    void aReplayOfTheSameDeliveryAsksForTheSameCommand() {
        var rules = rules(approve("family", List.of("alice")));
        var first = given().ruledBy(rules, NOTHING_EARLIER).when(submitted(42));

        var replay = Decider.decide(null, first.envelope(), SUBMITTED, PlexServers.NONE, rules, NOTHING_EARLIER);

        assertThat(replay.commands()).isEqualTo(first.decision().commands()).containsExactly(APPROVE);
        assertThat(replay.state()).isEqualTo(first.item());
    }

    @Test
    void aDeclineRuleNeedsAReasonAndAQuotaBothNumbers() {
        assertThatThrownBy(() -> decline("no", List.of(), " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> new Quota(0, 7)).hasMessageContaining("quota");
    }

    @Test
    void theLedgerKeepsTheLongestQuotaAndAtLeastThirtyDays() {
        assertThat(ApprovalRules.NONE.keep()).isEqualTo(Duration.ofDays(30));
        assertThat(rules(quota("weekly", 1, 7), quota("yearly", 20, 365)).keep())
                .isEqualTo(Duration.ofDays(365));
    }

    private static Arguments row(
            String name,
            Requester requester,
            MediaKey key,
            RequesterLedger ledger,
            ApprovalRules rules,
            String decidedBy) {
        return Arguments.of(name, requester, key, ledger, rules, decidedBy);
    }

    private static ApprovalRules rules(ApprovalRule... rules) {
        return new ApprovalRules(Arrays.asList(rules));
    }

    private static ApprovalRule approve(String name, List<String> requesters) {
        return rule(name, requesters, null, null, null, Action.APPROVE);
    }

    private static ApprovalRule decline(String name, List<String> requesters, String reason) {
        return new ApprovalRule(name, requesters, null, null, null, Action.DECLINE, reason);
    }

    private static ApprovalRule quota(String name, int requests, int days) {
        return rule(name, List.of(), null, null, new Quota(requests, days), Action.APPROVE);
    }

    private static ApprovalRule rule(
            String name, List<String> requesters, MediaType type, Boolean fourK, Quota quota, Action action) {
        return new ApprovalRule(name, requesters, type, fourK, quota, action, null);
    }

    private static RequesterLedger ledger(RequesterLedger.Entry... entries) {
        RequesterLedger ledger = RequesterLedger.EMPTY;
        for (RequesterLedger.Entry entry : entries) {
            ledger = ledger.with(entry, Duration.ofDays(30));
        }
        return ledger;
    }

    /** Request {@code id}, made {@code before} the request the rules decide. */
    private static RequesterLedger.Entry made(long id, Duration before) {
        return new RequesterLedger.Entry(request(id), SUBMITTED.minus(before));
    }

    private static RequestDecided adminApproval() {
        return new RequestDecided(
                Facts.AS_OVERSEERR_SAYS,
                request(42),
                "decision-1",
                Verdict.APPROVE,
                "admin",
                null,
                null,
                Scenario.START,
                RequestDecided.APPROVE);
    }
}
