package dev.callsheet.request;

import static dev.callsheet.request.Scenario.givenSeries;
import static dev.callsheet.request.SeriesFacts.episode;
import static dev.callsheet.request.SeriesFacts.fileImported;
import static dev.callsheet.request.SeriesFacts.inPlex;
import static dev.callsheet.request.SeriesFacts.season;
import static dev.callsheet.request.SeriesFacts.seriesAdded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.RequestId;
import dev.callsheet.events.command.Command;
import dev.callsheet.events.command.SearchEpisodes;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.EpisodesResolved;
import dev.callsheet.events.media.LibraryOrder;
import dev.callsheet.events.media.MediaEvent;
import dev.callsheet.events.media.RequestDecided;
import dev.callsheet.events.media.RequestDecided.Verdict;
import dev.callsheet.events.media.RequestSubmitted;
import dev.callsheet.events.media.ResolvedEpisode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A request made in Callsheet on 2024-06-01 for the episodes of Severance not aired yet. Season 2
 * airs weekly from 2024-05-17: three episodes aired before the request, the fourth airs on 06-07.
 * Season 3 is listed with one episode not dated yet.
 */
class FutureEpisodesTest {

    private static final RequestId FUTURE = RequestId.parse("callsheet-0003-f");
    private static final EpisodeRef UNDATED = new EpisodeRef(EpisodeKey.of(3, 1), null, 3001, "TBA", null);

    static Stream<Arguments> episodes() {
        return Stream.of(
                row("a season that aired before the request", episode(1, 9), Duration.ZERO, null, false),
                row("an episode that aired before the request", episode(2, 3), Duration.ZERO, null, false),
                row(
                        "an episode that aired before the request, even once grabbed",
                        episode(2, 3),
                        Duration.ZERO,
                        grabbed(episode(2, 3)),
                        false),
                row("an episode airing after the request, before it airs", episode(2, 4), Duration.ZERO, null, false),
                row("an episode airing after the request, once aired", episode(2, 4), Duration.ofDays(7), null, true),
                row("an episode without air date, before anything is heard", UNDATED, Duration.ZERO, null, false),
                row("an episode without air date, once grabbed", UNDATED, Duration.ZERO, grabbed(UNDATED), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("episodes")
    void theScopeHoldsOnlyEpisodesAiringAfterTheRequest(
            String name, EpisodeRef episode, Duration later, MediaEvent fact, boolean inScope) {
        Scenario scenario = handedOver().later(later);

        Outcome outcome = fact == null ? scenario.tick() : scenario.when(fact);

        SeriesScope scope = outcome.item().series().scope(FUTURE).orElseThrow();
        assertThat(scope.known()).isTrue();
        assertThat(scope.episodes().contains(episode.key())).isEqualTo(inScope);
    }

    @Test
    void searchesNoEpisodeThatAiredBeforeTheRequest() {
        Scenario scenario = handedOver();

        List<Command> searches = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            searches.addAll(scenario.tick().decision().commands().stream()
                    .filter(SearchEpisodes.class::isInstance)
                    .toList());
        }

        assertThat(searches).isEmpty();
        assertThat(scenario.item().requestView(FUTURE).orElseThrow().state()).isEqualTo(RequestState.SEARCHING);
    }

    @Test
    void isAvailableWithTheEpisodesAiredSinceWhateverAiredBefore() {
        Scenario scenario = handedOver().later(Duration.ofDays(7));
        scenario.tick();
        scenario.when(fileImported(episode(2, 4)));

        Outcome outcome = scenario.when(inPlex(episode(2, 4)));

        RequestView view = outcome.item().requestView(FUTURE).orElseThrow();
        assertThat(view.state()).isEqualTo(RequestState.AVAILABLE);
        assertThat(view.episodes().inScope()).isEqualTo(1);
    }

    /** Made, approved in Callsheet, added by Sonarr and listed. */
    private static Scenario handedOver() {
        return givenSeries(submitted(), approved(), seriesAdded(), listed());
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
                Scenario.START,
                "approve");
    }

    /** Sonarr's list of both seasons and the undated first episode of season 3, all monitored. */
    private static EpisodesResolved listed() {
        List<ResolvedEpisode> episodes = new ArrayList<>();
        Stream.of(season(1, 9), season(2, 10), List.of(UNDATED))
                .flatMap(List::stream)
                .forEach(ref -> episodes.add(new ResolvedEpisode(ref, true, false)));
        return new EpisodesResolved(SeriesFacts.AS_SONARR_SAYS, "d-1:resolve", 12, episodes, "EpisodesResolved");
    }

    private static MediaEvent grabbed(EpisodeRef episode) {
        return SeriesFacts.grabbed(List.of(episode), "Severance.Episode.2160p", "SABnzbd_nzo_1");
    }

    private static Arguments row(String name, EpisodeRef episode, Duration later, MediaEvent fact, boolean inScope) {
        return Arguments.of(name, episode, later, fact, inScope);
    }
}
