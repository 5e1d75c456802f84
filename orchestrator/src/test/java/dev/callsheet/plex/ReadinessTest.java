package dev.callsheet.plex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.plex.PlexGuid;
import dev.callsheet.adapters.plex.PlexIds;
import dev.callsheet.adapters.plex.PlexItem;
import dev.callsheet.adapters.plex.PlexItemType;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.command.PlexTarget;
import dev.callsheet.events.media.EpisodeRef;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    private static final String FILE = "/data/media/films/Arrival (2016)/Arrival.mkv";
    private static final PlexTarget ARRIVAL =
            new PlexTarget(MediaType.MOVIE, FILE, 329865L, "tt2543164", null, List.of(), false, null);

    @Nested
    class Movies {

        @Test
        void readyWhenGuidsNameTheTmdbId() {
            assertThat(Readiness.movie(ARRIVAL, movie("plex://movie/5d77", new PlexIds(329865L, null, null))))
                    .isInstanceOf(Verdict.Ready.class);
        }

        @Test
        void readyWhenALegacyAgentsGuidNamesTheImdbId() {
            assertThat(Readiness.movie(ARRIVAL, movie("com.plexapp.agents.imdb://tt2543164?lang=en", PlexIds.NONE)))
                    .isInstanceOf(Verdict.Ready.class);
        }

        @Test
        void readyInAPersonalMediaSection() {
            assertThat(Readiness.movie(ARRIVAL, movie("com.plexapp.agents.none://4021", PlexIds.NONE)))
                    .isInstanceOf(Verdict.Ready.class);
        }

        @Test
        void unmatchedWhileAMatchedItemListsNoIdsYet() {
            assertThat(Readiness.movie(ARRIVAL, movie("plex://movie/5d77", PlexIds.NONE)))
                    .isInstanceOf(Verdict.Unmatched.class);
        }

        @Test
        void mismatchedToALegacyAgentsOtherTitle() {
            assertThat(Readiness.movie(ARRIVAL, movie("com.plexapp.agents.themoviedb://999?lang=en", PlexIds.NONE)))
                    .isInstanceOfSatisfying(Verdict.Mismatched.class, verdict -> assertThat(verdict.detail())
                            .isEqualTo("Plex matched it to 'Arrival' (TMDB 999), not to TMDB 329865 / IMDb tt2543164"));
        }
    }

    @Nested
    class Episodes {

        private static final PlexItem SHOW = new PlexItem(
                "88",
                PlexItemType.SHOW,
                "Severance",
                2022,
                new PlexGuid("com.plexapp.agents.thetvdb://371980?lang=en"),
                PlexIds.NONE,
                null,
                null,
                null,
                null,
                List.of());

        @Test
        void readyWhenALegacyShowGuidNamesTheSeries() {
            var verdict = Readiness.episode(target(1), List.of(episode("90", 1)), Optional.of(SHOW));

            assertThat(verdict).isInstanceOfSatisfying(Verdict.Ready.class, ready -> assertThat(
                            ready.item().ratingKey())
                    .isEqualTo("90"));
        }

        @Test
        void readyWhenAMultiEpisodeFileIsFiledUnderEachEpisode() {
            var verdict =
                    Readiness.episode(target(1, 2), List.of(episode("90", 1), episode("91", 2)), Optional.of(SHOW));

            assertThat(verdict).isInstanceOf(Verdict.Ready.class);
        }

        @Test
        void mismatchedWhenOneEpisodeOfTheFileIsMissing() {
            var verdict = Readiness.episode(target(1, 2), List.of(episode("90", 1)), Optional.of(SHOW));

            assertThat(verdict)
                    .isInstanceOfSatisfying(Verdict.Mismatched.class, mismatched -> assertThat(mismatched.detail())
                            .isEqualTo("Plex files it as S02E01, not S02E02"));
        }

        @Test
        void mismatchedWhenTheShowIsAnotherSeries() {
            var other = new PlexItem(
                    "77",
                    PlexItemType.SHOW,
                    "Severance (BR)",
                    2022,
                    new PlexGuid("plex://show/1"),
                    new PlexIds(null, null, 999L),
                    null,
                    null,
                    null,
                    null,
                    List.of());

            assertThat(Readiness.episode(target(1), List.of(episode("90", 1)), Optional.of(other)))
                    .isInstanceOfSatisfying(Verdict.Mismatched.class, mismatched -> assertThat(mismatched.detail())
                            .isEqualTo("Plex matched the show to 'Severance (BR)' (TVDB 999), not to TVDB 371980"));
        }

        @Test
        void readsALegacyShowGuidOnTheEpisodeWhenPlexGivesNoShow() {
            assertThat(Readiness.episode(target(1), List.of(episode("90", 1)), Optional.empty()))
                    .isInstanceOf(Verdict.Ready.class);
        }

        @Test
        void unmatchedWhenPlexGivesNoShowAndTheShowGuidNamesNoId() {
            var episode = new PlexItem(
                    "90",
                    PlexItemType.EPISODE,
                    "Episode 1",
                    null,
                    new PlexGuid("local://90"),
                    PlexIds.NONE,
                    "88",
                    2,
                    1,
                    new PlexGuid("plex://show/5d9c08e2ba6eb9001fba1a3d"),
                    List.of("/data/media/series/Severance/Season 02/S02.mkv"));

            assertThat(Readiness.episode(target(1), List.of(episode), Optional.empty()))
                    .isInstanceOf(Verdict.Unmatched.class);
        }

        private static PlexTarget target(int... episodes) {
            return new PlexTarget(
                    MediaType.SERIES,
                    "/tv/Severance/Season 02/S02.mkv",
                    null,
                    null,
                    371980L,
                    Arrays.stream(episodes)
                            .mapToObj(number -> new EpisodeRef(EpisodeKey.of(2, number), null, null, null, null))
                            .toList(),
                    false,
                    null);
        }

        private static PlexItem episode(String ratingKey, int number) {
            return new PlexItem(
                    ratingKey,
                    PlexItemType.EPISODE,
                    "Episode " + number,
                    null,
                    new PlexGuid("local://" + ratingKey),
                    PlexIds.NONE,
                    "88",
                    2,
                    number,
                    new PlexGuid("com.plexapp.agents.thetvdb://371980?lang=en"),
                    List.of("/data/media/series/Severance/Season 02/S02.mkv"));
        }
    }

    private static PlexItem movie(String guid, PlexIds ids) {
        return new PlexItem(
                "4021",
                PlexItemType.MOVIE,
                "Arrival",
                2016,
                new PlexGuid(guid),
                ids,
                null,
                null,
                null,
                null,
                List.of(FILE));
    }
}
