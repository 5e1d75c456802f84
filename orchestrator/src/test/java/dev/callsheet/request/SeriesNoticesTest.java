package dev.callsheet.request;

import static dev.callsheet.request.MovieNoticesTest.delivered;
import static dev.callsheet.request.MovieNoticesTest.notices;
import static dev.callsheet.request.SeriesFacts.approved;
import static dev.callsheet.request.SeriesFacts.episode;
import static dev.callsheet.request.SeriesFacts.fileImported;
import static dev.callsheet.request.SeriesFacts.inPlex;
import static dev.callsheet.request.SeriesFacts.listed;
import static dev.callsheet.request.SeriesFacts.seasonPackGrabbed;
import static dev.callsheet.request.SeriesFacts.seriesAdded;
import static dev.callsheet.request.SeriesFacts.submitted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.events.media.RequestApproved;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.Requester;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Each series policy, told to one requester of season 1 of Severance (nine episodes, all aired) or of
 * season 2 (three of ten aired on 2024-06-01, one more each week): what each episode's arrival in the
 * library tells, and when.
 */
class SeriesNoticesTest {

    @Test
    void seasonCompleteTellsASeasonPackOnceItsLastEpisodeArrives() {
        Scenario scenario = seasonOneHandedOver(SeriesPolicy.SEASON_COMPLETE);

        List<List<SendNotification>> told = arrive(scenario, 1, 9);

        assertThat(told.subList(0, 8)).allSatisfy(notices -> assertThat(notices).isEmpty());
        assertThat(told.get(8)).singleElement().satisfies(notice -> {
            assertThat(notice.event()).isEqualTo("available");
            assertThat(notice.subject().episodes()).isEqualTo(keys(1, 1, 9));
            assertThat(notice.recipient().username()).isEqualTo("alice");
        });
    }

    @Test
    void firstEpisodeTellsTheFirstThenOnceTheSeasonIsComplete() {
        Scenario scenario = seasonOneHandedOver(SeriesPolicy.FIRST_EPISODE);

        List<List<SendNotification>> told = arrive(scenario, 1, 9);

        assertThat(told.getFirst())
                .singleElement()
                .satisfies(notice -> assertThat(notice.subject().episodes()).isEqualTo(keys(1, 1, 1)));
        assertThat(told.subList(1, 8)).allSatisfy(notices -> assertThat(notices).isEmpty());
        assertThat(told.get(8))
                .singleElement()
                .satisfies(notice -> assertThat(notice.subject().episodes()).isEqualTo(keys(1, 2, 9)));
    }

    @Test
    void everyBatchTellsASeasonPackArrivingWithinItsWindowAsOneMessage() {
        Scenario scenario = seasonOneHandedOver(SeriesPolicy.EVERY_BATCH);

        List<List<SendNotification>> told = arrive(scenario, 1, 9);
        Outcome closed = scenario.later(Duration.ofMinutes(10)).tick();

        assertThat(told).allSatisfy(notices -> assertThat(notices).isEmpty());
        assertThat(notices(closed))
                .singleElement()
                .satisfies(notice -> assertThat(notice.subject().episodes()).isEqualTo(keys(1, 1, 9)));
        assertThat(closed.item().notices().batches()).isEmpty();
    }

    @Test
    void everyBatchTellsEpisodesArrivingOverAnHourInTheBatchesTheyArrivedIn() {
        Scenario scenario = seasonOneHandedOver(SeriesPolicy.EVERY_BATCH);

        arrive(scenario, 1, 3);
        List<SendNotification> first =
                notices(scenario.later(Duration.ofMinutes(10)).tick());
        scenario.later(Duration.ofMinutes(30));
        arrive(scenario, 4, 5);
        List<SendNotification> quiet = notices(scenario.tick());
        List<SendNotification> second =
                notices(scenario.later(Duration.ofMinutes(10)).tick());

        assertThat(first)
                .singleElement()
                .satisfies(notice -> assertThat(notice.subject().episodes()).isEqualTo(keys(1, 1, 3)));
        assertThat(quiet).isEmpty();
        assertThat(second)
                .singleElement()
                .satisfies(notice -> assertThat(notice.subject().episodes()).isEqualTo(keys(1, 4, 5)));
    }

    @Test
    void caughtUpTellsWhenEveryAiredEpisodeIsThereAndAgainWhenANewOneAirsAndArrives() {
        Scenario scenario = handedOver(SeriesPolicy.CAUGHT_UP, 2);

        List<List<SendNotification>> told = arrive(scenario, 2, 1, 3);
        scenario.later(Duration.ofDays(7)).tick();
        List<SendNotification> fourth = notices(scenario.when(inPlex(episode(2, 4))));

        assertThat(told.subList(0, 2)).allSatisfy(notices -> assertThat(notices).isEmpty());
        assertThat(told.get(2))
                .singleElement()
                .satisfies(notice -> assertThat(notice.subject().episodes()).isEqualTo(keys(2, 1, 3)));
        assertThat(fourth)
                .singleElement()
                .satisfies(notice -> assertThat(notice.subject().episodes()).isEqualTo(keys(2, 4, 4)));
    }

    @Test
    void seasonCompleteWaitsForAnAiringSeasonToFinish() {
        Scenario scenario = handedOver(SeriesPolicy.SEASON_COMPLETE, 2);

        List<List<SendNotification>> told = arrive(scenario, 2, 1, 3);

        assertThat(told).allSatisfy(notices -> assertThat(notices).isEmpty());
    }

    @Test
    void twoRequestersOfOneSeasonBothHearAndNoEpisodeIsToldTwiceToEither() {
        Scenario scenario = notified(SeriesPolicy.SEASON_COMPLETE);
        var bob = new Requester("bob", "bob@example.org");
        scenario.whenAll(
                submitted(41, 1),
                approved(41, 1),
                new RequestSubmitted(
                        Facts.request(42), bob, SeriesFacts.AS_OVERSEERR_SAYS, List.of(1), "MEDIA_PENDING"),
                new RequestApproved(
                        Facts.request(42), bob, SeriesFacts.AS_OVERSEERR_SAYS, List.of(1), "MEDIA_APPROVED"),
                seriesAdded(),
                listed(),
                seasonPackGrabbed());
        importSeasonOne(scenario);

        List<List<SendNotification>> told = arrive(scenario, 1, 9);
        List<SendNotification> last = told.get(8);

        assertThat(last).extracting(notice -> notice.recipient().username()).containsExactly("alice", "bob");
        assertThat(told.subList(0, 8)).allSatisfy(notices -> assertThat(notices).isEmpty());
    }

    @Test
    void isNotifiedOnceTheRequesterHasBeenToldOfEveryEpisodeInItsScope() {
        Scenario scenario = seasonOneHandedOver(SeriesPolicy.FIRST_EPISODE);
        List<List<SendNotification>> told = arrive(scenario, 1, 9);
        SendNotification first = told.getFirst().getFirst();
        SendNotification rest = told.get(8).getFirst();

        Outcome afterFirst = scenario.when(delivered(first, 1));
        Outcome afterRest = scenario.when(delivered(rest, 1));

        assertThat(afterFirst.stateOf(41)).isEqualTo(RequestState.AVAILABLE);
        assertThat(afterRest.stateOf(41)).isEqualTo(RequestState.NOTIFIED);
    }

    private static Scenario notified(SeriesPolicy policy) {
        var route = new NoticeRoute(
                Set.of(NoticeEvent.AVAILABLE), NoticeAudience.REQUESTER, List.of("family-discord"), policy, null);
        return Scenario.given(SeriesFacts.SEVERANCE).notifying(new NoticeRoutes(List.of(route)), NoticePeople.NONE);
    }

    /** Season 1 requested, approved, listed, grabbed as a pack and imported, none in the library yet. */
    private static Scenario seasonOneHandedOver(SeriesPolicy policy) {
        Scenario scenario = handedOver(policy, 1);
        scenario.when(seasonPackGrabbed());
        importSeasonOne(scenario);
        return scenario;
    }

    private static Scenario handedOver(SeriesPolicy policy, int season) {
        Scenario scenario = notified(policy);
        scenario.whenAll(submitted(41, season), approved(41, season), seriesAdded(), listed());
        return scenario;
    }

    private static void importSeasonOne(Scenario scenario) {
        SeriesFacts.season(1, 9).forEach(ref -> scenario.when(fileImported(ref)));
    }

    /** Episodes {@code from} to {@code to} of season 1 reach the library one by one. */
    private static List<List<SendNotification>> arrive(Scenario scenario, int from, int to) {
        return arrive(scenario, 1, from, to);
    }

    private static List<List<SendNotification>> arrive(Scenario scenario, int season, int from, int to) {
        List<List<SendNotification>> told = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            if (season == 2) {
                scenario.when(fileImported(episode(2, n)));
            }
            told.add(notices(scenario.when(inPlex(episode(season, n)))));
        }
        return told;
    }

    private static List<EpisodeKey> keys(int season, int from, int to) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(n -> EpisodeKey.of(season, n))
                .toList();
    }
}
