package dev.callsheet.plex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.source.InstanceProperties.PathMapping;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlexPathsTest {

    private static final PlexPaths CONTAINERS = new PlexPaths(List.of(
            new PathMapping("/data/media/films-4k", "/4k"),
            new PathMapping("/data/media/films/", "/movies/"),
            new PathMapping("/data/tv", "D:\\Media\\TV"),
            new PathMapping("E:\\Downloads\\Films", "/downloaded"),
            new PathMapping("\\\\nas\\media", "/nas")));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /data/media/films/Arrival (2016)/Arrival.mkv | /movies/Arrival (2016)/Arrival.mkv
            /data/media/films                            | /movies
            /data/media/films-4k/Dune/Dune.mkv           | /4k/Dune/Dune.mkv
            /data/media/filmsextra/X/x.mkv               | /data/media/filmsextra/X/x.mkv
            /Data/Media/Films/Arrival/Arrival.mkv        | /Data/Media/Films/Arrival/Arrival.mkv
            /data/tv/Severance/Season 02/S02E01.mkv      | D:\\Media\\TV\\Severance\\Season 02\\S02E01.mkv
            e:\\downloads\\films\\Arrival\\Arrival.mkv   | /downloaded/Arrival/Arrival.mkv
            E:/Downloads/Films/Arrival/Arrival.mkv       | /downloaded/Arrival/Arrival.mkv
            \\\\NAS\\Media\\Films\\a.mkv                 | /nas/Films/a.mkv
            /elsewhere/a.mkv                             | /elsewhere/a.mkv
            """)
    void mapsWholeLeadingComponents(String arrPath, String plexPath) {
        assertThat(CONTAINERS.map(arrPath)).isEqualTo(plexPath);
    }

    @Test
    void theFirstMatchingMappingWins() {
        var paths = new PlexPaths(
                List.of(new PathMapping("/data/media/films", "/first"), new PathMapping("/data", "/second")));

        assertThat(paths.map("/data/media/films/a.mkv")).isEqualTo("/first/a.mkv");
        assertThat(paths.map("/data/media/series/a.mkv")).isEqualTo("/second/media/series/a.mkv");
    }

    @Test
    void theRootMapsEveryLinuxPath() {
        var paths = new PlexPaths(List.of(new PathMapping("/", "/mnt/arr")));

        assertThat(paths.map("/films/a.mkv")).isEqualTo("/mnt/arr/films/a.mkv");
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /data/media/films/Arrival (2016)/Arrival.mkv | /data/media/films/Arrival (2016)
            D:\\Media\\Films\\Arrival\\Arrival.mkv       | D:\\Media\\Films\\Arrival
            D:\\Arrival.mkv                              | D:\\
            /Arrival.mkv                                 | /
            """)
    void aFileIsInItsParentFolder(String file, String folder) {
        assertThat(PathPrefix.parent(file)).isEqualTo(folder);
    }

    @Nested
    class AtStartUp {

        @Test
        void acceptsAbsolutePathsOfEitherStyle() {
            assertThat(PlexPaths.problem("plex", CONTAINERS.mappings())).isEmpty();
        }

        @Test
        void refusesARelativePathNamingTheSetting() {
            var problem = PlexPaths.problem(
                    "plex", List.of(new PathMapping("/data", "/media"), new PathMapping("media/films", "/films")));

            assertThat(problem).hasValueSatisfying(text -> assertThat(text)
                    .startsWith("callsheet.instances.plex.path-mappings[1].from must be an absolute path"));
        }

        @Test
        void refusesAMissingTarget() {
            var problem = PlexPaths.problem("plex", List.of(new PathMapping("/data", null)));

            assertThat(problem).hasValueSatisfying(text -> assertThat(text)
                    .startsWith("callsheet.instances.plex.path-mappings[0].to"));
        }

        @Test
        void refusesAMappingAnEarlierOneHides() {
            var problem = PlexPaths.problem(
                    "plex", List.of(new PathMapping("/data", "/media"), new PathMapping("/data/films", "/films")));

            assertThat(problem)
                    .hasValue("callsheet.instances.plex.path-mappings[1] is never used:"
                            + " callsheet.instances.plex.path-mappings[0].from (/data) comes first and covers"
                            + " /data/films; list the more specific mapping first");
        }
    }
}
