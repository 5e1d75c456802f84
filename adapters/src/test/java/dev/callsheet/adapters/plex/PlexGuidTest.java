package dev.callsheet.adapters.plex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlexGuidTest {

    @ParameterizedTest
    @CsvSource({
        "plex://movie/5d776b59ad5437001f79c6f8, false, false, true",
        "local://5125, true, false, false",
        "com.plexapp.agents.none://6c3f2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b?lang=xn, false, true, false",
        "com.plexapp.agents.imdb://tt2543164?lang=en, false, false, true"
    })
    void tellsMatchedItemsFromUnmatchedAndPersonalMedia(
            String guid, boolean local, boolean personalMedia, boolean matched) {
        PlexGuid plexGuid = new PlexGuid(guid);

        assertThat(plexGuid.isLocal()).isEqualTo(local);
        assertThat(plexGuid.isPersonalMedia()).isEqualTo(personalMedia);
        assertThat(plexGuid.isMatched()).isEqualTo(matched);
    }

    @Test
    void readsTheIdALegacyAgentNamesATitleBy() {
        assertThat(new PlexGuid("com.plexapp.agents.imdb://tt2543164?lang=en").legacyIds())
                .isEqualTo(new PlexIds(null, "tt2543164", null));
        assertThat(new PlexGuid("com.plexapp.agents.themoviedb://329865?lang=en").legacyIds())
                .isEqualTo(new PlexIds(329865L, null, null));
        assertThat(new PlexGuid("com.plexapp.agents.thetvdb://371980?lang=en").legacyIds())
                .isEqualTo(new PlexIds(null, null, 371980L));
        assertThat(new PlexGuid("com.plexapp.agents.thetvdb://371980").legacyIds())
                .isEqualTo(new PlexIds(null, null, 371980L));
    }

    @Test
    void readsNoIdFromOtherGuidsOrFromSeasonAndEpisodeGuids() {
        assertThat(List.of(
                        "com.plexapp.agents.thetvdb://371980/2/1?lang=en",
                        "com.plexapp.agents.thetvdb://371980/2?lang=en",
                        "com.plexapp.agents.themoviedb://not-a-number?lang=en",
                        "com.plexapp.agents.hama://anidb-1234?lang=en",
                        "com.plexapp.agents.imdb://?lang=en",
                        "plex://movie/5d776b59ad5437001f79c6f8",
                        "local://5125",
                        "tmdb://329865"))
                .allSatisfy(guid -> assertThat(new PlexGuid(guid).legacyIds()).isEqualTo(PlexIds.NONE));
    }

    @Test
    void readsTheFirstWellFormedIdOfEachKindFromGuidEntries() {
        assertThat(PlexIds.of(List.of(
                        "tmdb://0",
                        "tmdb://329865",
                        "tmdb://1",
                        "imdb://",
                        "imdb://tt2543164",
                        "tvdb://x",
                        "tvdb://1108",
                        "mbid://x",
                        "no scheme")))
                .isEqualTo(new PlexIds(329865L, "tt2543164", 1108L));
        assertThat(PlexIds.of(List.of())).isEqualTo(PlexIds.NONE).matches(PlexIds::isEmpty);
    }
}
