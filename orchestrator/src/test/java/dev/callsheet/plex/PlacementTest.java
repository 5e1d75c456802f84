package dev.callsheet.plex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.plex.PlexSection;
import dev.callsheet.adapters.plex.PlexSectionType;
import dev.callsheet.events.MediaType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacementTest {

    private static final List<PlexSection> SECTIONS = List.of(
            section("3", PlexSectionType.MOVIE, "Films", "/data/media/films", "/data/media/films-4k"),
            section("4", PlexSectionType.SHOW, "Series", "/data/media/series"),
            section("5", PlexSectionType.MOVIE, "Films UHD", "/data/media/films/uhd/"),
            section("6", PlexSectionType.MOVIE, "Windows films", "D:\\Media\\Films"),
            section("7", PlexSectionType.PHOTO, "Photos", "/data/media/photos"));

    @ParameterizedTest(name = "{0} {1} → section {2} at {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            MOVIE  | /data/media/films/Arrival (2016)/Arrival.mkv     | 3 | /data/media/films
            MOVIE  | /data/media/films-4k/Dune (2021)/Dune.mkv        | 3 | /data/media/films-4k
            MOVIE  | /data/media/films/uhd/Dune (2021)/Dune.mkv       | 5 | /data/media/films/uhd/
            MOVIE  | d:\\media\\films\\Arrival\\Arrival.mkv           | 6 | D:\\Media\\Films
            SERIES | /data/media/series/Severance/Season 02/S02E01.mkv | 4 | /data/media/series
            MOVIE  | /data/media/series/Severance/Season 02/S02E01.mkv | - | -
            SERIES | /data/media/films/Arrival (2016)/Arrival.mkv     | - | -
            MOVIE  | /data/media/filmsextra/Arrival/Arrival.mkv       | - | -
            MOVIE  | /Data/Media/Films/Arrival/Arrival.mkv            | - | -
            MOVIE  | /data/media/photos/Arrival/Arrival.mkv           | - | -
            """)
    void picksTheDeepestLocationOfASectionOfTheRightType(
            MediaType type, String plexPath, String section, String location) {
        var placement = Placement.of(SECTIONS, type, plexPath);

        if (section == null) {
            assertThat(placement).isEmpty();
        } else {
            assertThat(placement).hasValueSatisfying(found -> {
                assertThat(found.section().key()).isEqualTo(section);
                assertThat(found.location()).isEqualTo(location);
            });
        }
    }

    @Test
    void listsTheLocationsOfTheRightTypeForAMessage() {
        assertThat(Placement.locations(SECTIONS, MediaType.SERIES)).containsExactly("/data/media/series (Series)");
        assertThat(Placement.locations(SECTIONS, MediaType.MOVIE))
                .containsExactly(
                        "/data/media/films (Films)",
                        "/data/media/films-4k (Films)",
                        "/data/media/films/uhd/ (Films UHD)",
                        "D:\\Media\\Films (Windows films)");
    }

    private static PlexSection section(String key, PlexSectionType type, String title, String... paths) {
        return new PlexSection(
                key,
                type,
                title,
                null,
                null,
                false,
                Arrays.stream(paths)
                        .map(path -> new PlexSection.Location(null, path))
                        .toList());
    }
}
