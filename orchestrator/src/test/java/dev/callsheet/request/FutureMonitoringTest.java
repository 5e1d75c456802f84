package dev.callsheet.request;

import static dev.callsheet.request.Scenario.givenSeries;
import static dev.callsheet.request.SeriesFacts.episode;
import static dev.callsheet.request.SeriesFacts.season;
import static dev.callsheet.request.SeriesFacts.seriesAdded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.MonitorEpisodes;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.EpisodesResolved;
import dev.callsheet.events.media.LibraryOrder;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.events.media.RequestDecided.Verdict;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.ResolvedEpisode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * A request made in Callsheet on 2024-06-01 for the episodes of Severance not aired yet, approved ten
 * days later. Sonarr's {@code future} monitoring counts from the add (06-11), so S02E04, aired on 06-07,
 * is in the request's scope but listed unmonitored, and Callsheet asks Sonarr to monitor it, once.
 */
class FutureMonitoringTest {

    private static final RequestId FUTURE = RequestId.parse("callsheet-0004-f");
    private static final LocalDate ADDED = LocalDate.parse("2024-06-11");

    @Test
    void anEpisodeAiredBetweenTheRequestAndTheAddIsSetMonitoredInSonarr() {
        Scenario scenario = approvedTenDaysLater();

        Outcome outcome = scenario.when(listed("d-1:resolve", "ResolveSeriesEpisodes", airedAfter(ADDED)));

        assertThat(monitoring(outcome)).singleElement().satisfies(command -> {
            assertThat(command.episodes()).containsExactly(EpisodeKey.of(2, 4));
            assertThat(command.episodeIds()).containsExactly(2004);
            assertThat(command.seriesId()).isEqualTo(12);
            assertThat(command.instance()).isEqualTo("sonarr");
            assertThat(command.id()).endsWith(":monitor");
        });
    }

    @Test
    void isAskedOnceSoAnEpisodeSomeoneUnmonitorsLaterStaysSo() {
        Scenario scenario = approvedTenDaysLater();
        scenario.when(listed("d-1:resolve", "ResolveSeriesEpisodes", airedAfter(ADDED)));

        Outcome again = scenario.when(listed("d-2:resolve", "ResolveSeriesEpisodes", airedAfter(ADDED)));

        assertThat(monitoring(again)).isEmpty();
    }

    @Test
    void sonarrsAnswerMonitoringItIsSearchedForAndSaysWhatWasDone() {
        Scenario scenario = approvedTenDaysLater();
        scenario.when(listed("d-1:resolve", "ResolveSeriesEpisodes", airedAfter(ADDED)));

        Outcome outcome = scenario.when(listed(
                "d-1:monitor",
                "MonitorEpisodes",
                ref -> ref.key().equals(EpisodeKey.of(2, 4))
                        || airedAfter(ADDED).test(ref)));

        Episode episode = outcome.item().series().episodes().get(EpisodeKey.of(2, 4));
        assertThat(episode.monitored()).isTrue();
        assertThat(episode.state()).isEqualTo(EpisodeState.SEARCHING);
        assertThat(monitoring(outcome)).isEmpty();
        assertThat(outcome.mediaEntry().summary()).startsWith("Set monitored in Sonarr the episodes that aired since");
    }

    @Test
    void aRequestBySeasonsAsksNothingOfAnEpisodeSomeoneUnmonitored() {
        Scenario scenario = givenSeries(SeriesFacts.submitted(1, 2), SeriesFacts.approved(1, 2), seriesAdded());

        Outcome outcome = scenario.when(
                listed("d-1:resolve", "ResolveSeriesEpisodes", ref -> !ref.key().equals(EpisodeKey.of(2, 2))));

        assertThat(monitoring(outcome)).isEmpty();
    }

    @Test
    void anEpisodeWithAFileOrAiredBeforeTheRequestIsNotAskedFor() {
        Scenario scenario = approvedTenDaysLater();
        Set<EpisodeKey> withFile = Set.of(EpisodeKey.of(2, 4));

        Outcome outcome = scenario.when(listed("d-1:resolve", "ResolveSeriesEpisodes", airedAfter(ADDED), withFile));

        assertThat(monitoring(outcome)).isEmpty();
    }

    private static Scenario approvedTenDaysLater() {
        Scenario scenario = givenSeries(submitted()).later(Duration.ofDays(10));
        scenario.when(approved());
        scenario.when(seriesAdded());
        return scenario;
    }

    /** Monitored as Sonarr's {@code future} leaves them: aired after {@code day}, or not dated. */
    private static Predicate<EpisodeRef> airedAfter(LocalDate day) {
        return ref -> ref.airDate() == null || ref.airDate().isAfter(day);
    }

    private static EpisodesResolved listed(String commandId, String source, Predicate<EpisodeRef> monitored) {
        return listed(commandId, source, monitored, Set.of());
    }

    private static EpisodesResolved listed(
            String commandId, String source, Predicate<EpisodeRef> monitored, Set<EpisodeKey> withFile) {
        List<ResolvedEpisode> episodes = new ArrayList<>();
        for (EpisodeRef ref : season(2, 10)) {
            episodes.add(new ResolvedEpisode(ref, monitored.test(ref), withFile.contains(ref.key())));
        }
        return new EpisodesResolved(SeriesFacts.AS_SONARR_SAYS, commandId, 12, episodes, source);
    }

    private static List<MonitorEpisodes> monitoring(Outcome outcome) {
        return outcome.decision().commands().stream()
                .filter(MonitorEpisodes.class::isInstance)
                .map(MonitorEpisodes.class::cast)
                .toList();
    }

    private static RequestSubmitted submitted() {
        return new RequestSubmitted(
                FUTURE,
                Facts.ALICE,
                SeriesFacts.AS_OVERSEERR_SAYS,
                List.of(),
                "callsheet",
                new LibraryOrder("sonarr", LibraryOrder.Seasons.FUTURE, null, null));
    }

    private static RequestDecided approved() {
        return new RequestDecided(
                SeriesFacts.AS_OVERSEERR_SAYS,
                FUTURE,
                "decision-1",
                Verdict.APPROVE,
                "admin",
                null,
                null,
                Scenario.START.plus(Duration.ofDays(10)),
                "approve");
    }
}
