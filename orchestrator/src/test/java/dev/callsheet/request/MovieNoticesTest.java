package dev.callsheet.request;

import static dev.callsheet.request.Facts.addedToPlex;
import static dev.callsheet.request.Facts.approved;
import static dev.callsheet.request.Facts.declined;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.imported;
import static dev.callsheet.request.Facts.movieAdded;
import static dev.callsheet.request.Facts.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.command.Addressee;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.NotificationAttempt;
import dev.callsheet.events.media.RequestApproved;
import dev.callsheet.events.media.Requester;
import dev.callsheet.events.media.Subscribed;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who hears what about a movie request: the routes' events and audiences, the people's own addresses
 * and wishes, each notice asked for once, and {@code notified} once the requester's notice is delivered.
 */
class MovieNoticesTest {

    private static final NoticeRoutes ROUTES = new NoticeRoutes(List.of(
            route(
                    NoticeAudience.REQUESTER,
                    "family-discord",
                    NoticeEvent.AVAILABLE,
                    NoticeEvent.APPROVED,
                    NoticeEvent.DECLINED),
            route(
                    NoticeAudience.ADMINS,
                    "admin-ntfy",
                    NoticeEvent.NEEDS_APPROVAL,
                    NoticeEvent.STUCK,
                    NoticeEvent.FAILED),
            route(NoticeAudience.SUBSCRIBERS, "family-discord", NoticeEvent.AVAILABLE)));
    private static final Requester ALICE_ON_DISCORD =
            new Requester("alice", "alice@example.org", "401234567890123456", null);

    static Stream<Arguments> events() {
        return Stream.of(
                row(
                        "submitted: the admins hear it needs approval",
                        List.of(),
                        submitted(1),
                        "needs-approval",
                        "admin-ntfy",
                        null),
                row(
                        "approved: the requester hears",
                        List.of(submitted(1)),
                        approved(1),
                        "approved",
                        "family-discord",
                        "alice"),
                row(
                        "declined: the requester hears",
                        List.of(submitted(1)),
                        declined(1),
                        "declined",
                        "family-discord",
                        "alice"),
                row(
                        "in the library: the requester hears",
                        List.of(submitted(1), approved(1), movieAdded(), grabbed(), imported()),
                        addedToPlex(),
                        "available",
                        "family-discord",
                        "alice"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void eachEventGoesToItsRoutesAudience(
            String name, List<MediaEvent> before, MediaEvent fact, String event, String channel, String recipient) {
        Scenario scenario = notified();
        before.forEach(scenario::when);

        List<SendNotification> notices = notices(scenario.when(fact));

        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.event()).isEqualTo(event);
            assertThat(notice.channel()).isEqualTo(channel);
            assertThat(notice.recipient() == null ? null : notice.recipient().username())
                    .isEqualTo(recipient);
            assertThat(notice.requestId()).isEqualTo(Facts.request(1));
        });
    }

    @Test
    void theRequesterIsAddressedAtTheDiscordIdTheRequestManagerGaveAndTheEmail() {
        Scenario scenario = notified();
        scenario.when(Facts.submitted(1, ALICE_ON_DISCORD));

        SendNotification notice = notices(scenario.when(approved(1))).getFirst();

        assertThat(notice.recipient())
                .isEqualTo(new Addressee("alice", "alice@example.org", "401234567890123456", null));
    }

    @Test
    void theConfigurationFillsInTheAddressesTheRequestManagerDidNotGive() {
        var people =
                new NoticePeople(List.of(new NoticePerson("alice", null, "99", "12345", Set.of(), Set.of(), null)));
        Scenario scenario = Scenario.given(Facts.DUNE).notifying(ROUTES, people);
        scenario.when(submitted(1));

        SendNotification notice = notices(scenario.when(approved(1))).getFirst();

        assertThat(notice.recipient()).isEqualTo(new Addressee("alice", "alice@example.org", "99", "12345"));
    }

    @Test
    void aPersonWhoWantsOnlyAvailabilityHearsNothingOfTheApproval() {
        var people = new NoticePeople(
                List.of(new NoticePerson("alice", null, null, null, Set.of(), Set.of(NoticeEvent.AVAILABLE), null)));
        Scenario scenario = Scenario.given(Facts.DUNE).notifying(ROUTES, people);
        scenario.when(submitted(1));

        assertThat(notices(scenario.when(approved(1)))).isEmpty();
    }

    @Test
    void isNotifiedOnceTheRequestersAvailabilityNoticeIsDelivered() {
        Scenario scenario = available();
        SendNotification notice = notices(scenario.when(addedToPlex())).getFirst();

        Outcome outcome = scenario.when(delivered(notice, 1));

        assertThat(outcome.stateOf(1)).isEqualTo(RequestState.NOTIFIED);
        assertThat(outcome.entryOf(1).summary()).isEqualTo("Sent the 'available' notice to alice on family-discord");
    }

    @Test
    void aFailedAttemptLeavesTheRequestAvailable() {
        Scenario scenario = available();
        SendNotification notice = notices(scenario.when(addedToPlex())).getFirst();

        Outcome outcome = scenario.when(new NotificationAttempt(
                Facts.AS_OVERSEERR_SAYS,
                notice.id(),
                notice.requestId(),
                notice.event(),
                notice.channel(),
                "alice",
                List.of(),
                1,
                NotificationAttempt.Outcome.RETRYING,
                "Discord answered HTTP 429",
                Scenario.START.plus(Duration.ofHours(1)),
                false,
                "SendNotification"));

        assertThat(outcome.stateOf(1)).isEqualTo(RequestState.AVAILABLE);
        assertThat(outcome.entryOf(1).summary()).startsWith("The 'available' notice to alice on family-discord failed");
    }

    @Test
    void twoRequestsOfOnePersonOnOneMovieGiveOneNoticeAndBothAreNotified() {
        Scenario scenario = notified();
        scenario.whenAll(submitted(1), approved(1), submitted(2), approved(2), movieAdded(), grabbed(), imported());
        List<SendNotification> notices = notices(scenario.when(addedToPlex()));
        assertThat(notices).hasSize(1);

        Outcome outcome = scenario.when(delivered(notices.getFirst(), 1));

        assertThat(outcome.stateOf(1)).isEqualTo(RequestState.NOTIFIED);
        assertThat(outcome.stateOf(2)).isEqualTo(RequestState.NOTIFIED);
    }

    @Test
    void twoRequestersBothHear() {
        Scenario scenario = notified();
        var bob = new Requester("bob", "bob@example.org");
        scenario.whenAll(
                submitted(1),
                approved(1),
                Facts.submitted(2, bob),
                approvedBy(2, bob),
                movieAdded(),
                grabbed(),
                imported());

        List<SendNotification> notices = notices(scenario.when(addedToPlex()));

        assertThat(notices).extracting(notice -> notice.recipient().username()).containsExactly("alice", "bob");
        assertThat(notices).extracting(SendNotification::id).doesNotHaveDuplicates();
    }

    @Test
    void aSubscriberHearsWhatTheRequesterHears() {
        Scenario scenario = notified();
        scenario.whenAll(submitted(1), approved(1), movieAdded(), grabbed(), imported());
        scenario.when(
                new Subscribed(Facts.AS_OVERSEERR_SAYS, Facts.request(1), new Requester("carol", null), "subscribe"));

        List<SendNotification> notices = notices(scenario.when(addedToPlex()));

        assertThat(notices).extracting(notice -> notice.recipient().username()).containsExactly("alice", "carol");
    }

    @Test
    void aRedeliveredFactAsksForNoSecondNotice() {
        Scenario scenario = notified();
        scenario.when(submitted(1));

        Outcome again = scenario.whenRedelivered();

        assertThat(notices(again)).isEmpty();
    }

    @Test
    void quietHoursHoldTheNoticeUntilTheyEnd() {
        // 10:00 UTC is inside alice's quiet hours of 09:00 to 11:00 UTC.
        var people = new NoticePeople(List.of(new NoticePerson(
                "alice",
                null,
                null,
                null,
                Set.of(),
                Set.of(),
                new QuietHours(LocalTime.of(9, 0), LocalTime.of(11, 0), ZoneOffset.UTC))));
        Scenario scenario = Scenario.given(Facts.DUNE).notifying(ROUTES, people);
        scenario.when(submitted(1));
        Outcome approval = scenario.when(approved(1));
        assertThat(notices(approval)).isEmpty();
        assertThat(approval.item().notices().held()).singleElement().satisfies(held -> assertThat(held.until())
                .isEqualTo(Scenario.START.plus(Duration.ofHours(1))));

        Outcome stillQuiet = scenario.tick();
        Outcome ended = scenario.later(Duration.ofHours(1)).tick();

        assertThat(notices(stillQuiet)).isEmpty();
        assertThat(notices(ended)).singleElement().satisfies(notice -> assertThat(notice.event())
                .isEqualTo("approved"));
        assertThat(ended.item().notices().held()).isEmpty();
    }

    @Test
    void aDeadlinePassedTellsTheAdminsItIsStuck() {
        Scenario scenario = notified()
                .with(new Deadlines(
                        Duration.ofMinutes(30),
                        Duration.ofDays(1),
                        Duration.ofDays(1),
                        Duration.ofDays(1),
                        Duration.ofDays(1)));
        scenario.when(submitted(1));

        Outcome overdue = scenario.later(Duration.ofHours(1)).tick();

        assertThat(notices(overdue)).singleElement().satisfies(notice -> {
            assertThat(notice.event()).isEqualTo("stuck");
            assertThat(notice.channel()).isEqualTo("admin-ntfy");
            assertThat(notice.subject().reason()).isNotBlank();
        });
    }

    @Test
    void withoutRoutesNobodyIsToldAnything() {
        Scenario scenario = Scenario.given(Facts.DUNE);

        assertThat(notices(scenario.whenAll(
                        submitted(1), approved(1), movieAdded(), grabbed(), imported(), addedToPlex())))
                .isEmpty();
    }

    static NoticeRoute route(NoticeAudience audience, String channel, NoticeEvent... events) {
        return new NoticeRoute(Set.of(events), audience, List.of(channel), null, null);
    }

    static List<SendNotification> notices(Outcome outcome) {
        return outcome.decision().commands().stream()
                .filter(SendNotification.class::isInstance)
                .map(SendNotification.class::cast)
                .toList();
    }

    static NotificationAttempt delivered(SendNotification notice, int attempt) {
        return new NotificationAttempt(
                Facts.AS_OVERSEERR_SAYS,
                notice.id(),
                notice.requestId(),
                notice.event(),
                notice.channel(),
                notice.recipient() == null ? null : notice.recipient().username(),
                notice.subject().episodes(),
                attempt,
                NotificationAttempt.Outcome.DELIVERED,
                "1234567890",
                null,
                false,
                "SendNotification");
    }

    private static Scenario notified() {
        return Scenario.given(Facts.DUNE).notifying(ROUTES, NoticePeople.NONE);
    }

    private static Scenario available() {
        Scenario scenario = notified();
        scenario.whenAll(submitted(1), approved(1), movieAdded(), grabbed(), imported());
        return scenario;
    }

    private static MediaEvent approvedBy(long id, Requester requester) {
        return new RequestApproved(Facts.request(id), requester, Facts.AS_OVERSEERR_SAYS, List.of(), "MEDIA_APPROVED");
    }

    private static Arguments row(
            String name, List<MediaEvent> before, MediaEvent fact, String event, String channel, String recipient) {
        return Arguments.of(name, before, fact, event, channel, recipient);
    }
}
