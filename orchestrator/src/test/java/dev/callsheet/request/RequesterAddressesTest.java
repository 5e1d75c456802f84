package dev.callsheet.request;

import static dev.callsheet.request.Facts.AS_OVERSEERR_SAYS;
import static dev.callsheet.request.Facts.DUNE;
import static dev.callsheet.request.Facts.approved;
import static dev.callsheet.request.Facts.request;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.MovieNoticesTest.notices;
import static dev.callsheet.request.MovieNoticesTest.route;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.Addressee;
import dev.callsheet.events.command.LookUpRequesterAddresses;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.events.media.LibraryOrder;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import dev.callsheet.events.media.RequesterAddressed;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A requester's Discord id and Telegram chat id from Overseerr's per-user settings, when its webhook
 * left them out: looked up once per request first heard of from Overseerr, and filling only the gaps.
 */
class RequesterAddressesTest {

    private static final NoticeRoutes TO_REQUESTERS = new NoticeRoutes(List.of(
            route(NoticeAudience.REQUESTER, "family-discord", NoticeEvent.APPROVED, NoticeEvent.AVAILABLE),
            route(NoticeAudience.ADMINS, "admin-ntfy", NoticeEvent.NEEDS_APPROVAL)));
    private static final NoticeRoutes TO_ADMINS_ONLY =
            new NoticeRoutes(List.of(route(NoticeAudience.ADMINS, "admin-ntfy", NoticeEvent.NEEDS_APPROVAL)));
    private static final String DISCORD_ID = "401234567890123456";

    @Test
    void anOverseerrRequestWhoseRequesterCameWithoutIdsIsLookedUpOnceWhenFirstHeardOf() {
        Scenario scenario = notifying(TO_REQUESTERS);

        Outcome submitted = scenario.when(submitted(1));
        Outcome again = scenario.whenRedelivered();
        Outcome approval = scenario.when(approved(1));

        assertThat(lookUps(submitted))
                .containsExactly(new LookUpRequesterAddresses("d-1:addresses", DUNE, "overseerr", request(1), 1));
        assertThat(lookUps(again)).isEmpty();
        assertThat(lookUps(approval)).isEmpty();
    }

    @Test
    void aRequestFirstHeardOfByItsApprovalIsLookedUpThen() {
        Scenario scenario = notifying(TO_REQUESTERS);

        assertThat(lookUps(scenario.when(approved(7))))
                .extracting(LookUpRequesterAddresses::requestId, LookUpRequesterAddresses::overseerrRequestId)
                .containsExactly(tuple(request(7), 7L));
    }

    @Test
    void aRequestMadeInCallsheetIsNotLookedUp() {
        var madeHere = new RequestSubmitted(
                RequestId.parse("callsheet-0001-a"),
                Facts.ALICE,
                AS_OVERSEERR_SAYS,
                List.of(),
                "callsheet",
                new LibraryOrder("radarr", LibraryOrder.Seasons.LISTED, null, null));

        assertThat(lookUps(notifying(TO_REQUESTERS).when(madeHere))).isEmpty();
    }

    static Stream<Requester> addressedByTheWebhook() {
        return Stream.of(
                new Requester("alice", "alice@example.org", DISCORD_ID, null),
                new Requester("alice", "alice@example.org", null, "123456789"));
    }

    @ParameterizedTest
    @MethodSource("addressedByTheWebhook")
    void aRequesterTheWebhookGaveAnIdIsNotLookedUp(Requester requester) {
        assertThat(lookUps(notifying(TO_REQUESTERS).when(submitted(1, requester))))
                .isEmpty();
    }

    @Test
    void withoutARouteToRequestersNobodyIsLookedUp() {
        assertThat(lookUps(notifying(TO_ADMINS_ONLY).when(submitted(1)))).isEmpty();
        assertThat(lookUps(Scenario.given(DUNE).when(submitted(1)))).isEmpty();
    }

    @Test
    void theAnswerGivesTheRequesterTheDiscordIdAndTheNextNoticeMentionsIt() {
        Scenario scenario = notifying(TO_REQUESTERS);
        scenario.when(submitted(1));

        Outcome answered = scenario.when(addressed(1, DISCORD_ID, null));
        SendNotification approval = notices(scenario.when(approved(1))).getFirst();

        assertThat(answered.item().requests().get(request(1)).requestedBy())
                .isEqualTo(new Requester("alice", "alice@example.org", DISCORD_ID, null));
        assertThat(answered.entryOf(1).summary()).isEqualTo("Overseerr gives alice's Discord id");
        assertThat(answered.entryOf(1).details())
                .containsEntry("discordId", DISCORD_ID)
                .doesNotContainKey("telegramChatId");
        assertThat(lookUps(answered)).isEmpty();
        assertThat(approval.recipient()).isEqualTo(new Addressee("alice", "alice@example.org", DISCORD_ID, null));
    }

    @Test
    void theAnswerFillsOnlyWhatTheWebhookLeftOut() {
        Scenario scenario = notifying(TO_REQUESTERS);
        scenario.when(submitted(1, new Requester("alice", "alice@example.org", DISCORD_ID, null)));

        Outcome answered = scenario.when(addressed(1, "99", "123456789"));

        assertThat(answered.item().requests().get(request(1)).requestedBy())
                .isEqualTo(new Requester("alice", "alice@example.org", DISCORD_ID, "123456789"));
        assertThat(answered.entryOf(1).summary()).isEqualTo("Overseerr gives alice's Discord id and Telegram chat id");
    }

    @Test
    void anAnswerWithoutIdsLeavesTheConfigurationsEntryToAddressThem() {
        var people = new NoticePeople(List.of(new NoticePerson("alice", null, "77", null, Set.of(), Set.of(), null)));
        Scenario scenario = Scenario.given(DUNE).notifying(TO_REQUESTERS, people);
        scenario.when(submitted(1));

        Outcome answered = scenario.when(addressed(1, null, null));
        SendNotification approval = notices(scenario.when(approved(1))).getFirst();

        assertThat(answered.entryOf(1).summary()).isEqualTo("Overseerr gives alice no Discord or Telegram id");
        assertThat(answered.item().requests().get(request(1)).requestedBy()).isEqualTo(Facts.ALICE);
        assertThat(approval.recipient().discordId()).isEqualTo("77");
    }

    @Test
    void settingsThatCouldNotBeReadSayWhyOnTheTimeline() {
        Scenario scenario = notifying(TO_REQUESTERS);
        scenario.when(submitted(1));

        Outcome answered = scenario.when(new RequesterAddressed(
                AS_OVERSEERR_SAYS, request(1), null, null, "Overseerr has no user 9", "LookUpRequesterAddresses"));

        assertThat(answered.entryOf(1).summary())
                .isEqualTo("No Discord or Telegram id for alice from Overseerr: Overseerr has no user 9");
        assertThat(answered.entryOf(1).details()).containsEntry("unread", "Overseerr has no user 9");
    }

    @Test
    void anAnswerAboutARequestTheItemDoesNotKnowConcernsNoRequest() {
        Scenario scenario = notifying(TO_REQUESTERS);
        scenario.when(submitted(1));

        Outcome answered = scenario.when(addressed(2, DISCORD_ID, null));

        assertThat(answered.entriesOf(1)).isEmpty();
        assertThat(answered.entriesOf(2)).isEmpty();
        assertThat(answered.item().requests()).containsOnlyKeys(request(1));
        assertThat(answered.item().requests().get(request(1)).requestedBy()).isEqualTo(Facts.ALICE);
    }

    private static Scenario notifying(NoticeRoutes routes) {
        return Scenario.given(DUNE).notifying(routes, NoticePeople.NONE);
    }

    private static RequesterAddressed addressed(long id, String discordId, String telegramChatId) {
        return new RequesterAddressed(
                AS_OVERSEERR_SAYS, request(id), discordId, telegramChatId, null, "LookUpRequesterAddresses");
    }

    private static List<LookUpRequesterAddresses> lookUps(Outcome outcome) {
        return outcome.decision().commands().stream()
                .filter(LookUpRequesterAddresses.class::isInstance)
                .map(LookUpRequesterAddresses.class::cast)
                .toList();
    }
}
