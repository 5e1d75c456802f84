package dev.callsheet.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.media.EpisodeRef;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which of a season pack's episodes one file holds, read from its name, for an import complete that
 * comes before the file's own import.
 */
class PlexTargetsNamingTest {

    private static final List<EpisodeRef> PACK = IntStream.rangeClosed(1, 10)
            .mapToObj(n -> new EpisodeRef(new EpisodeKey(2, n), null, null, null, null))
            .toList();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/tv/Severance/Season 02/Severance - S02E01 - Hello, Ms. Cobel.mkv | S02E01",
                "/tv/Severance/Season 02/severance.s02e07.1080p.mkv                  | S02E07",
                "/tv/Severance/Season 02/Severance - S02E03E04 - Two.mkv             | S02E03 S02E04",
                "/tv/Severance/Season 02/Severance - S02E05-E06 - Two.mkv            | S02E05 S02E06",
                "/tv/Severance/Season 02/Severance - S01E05 - Another season.mkv     | ''",
                "/tv/Severance/Season 02/Severance - Episode Five.mkv                | ''",
                "/tv/S02E09 Folder/Severance - Finale.mkv                            | ''",
            })
    void readsTheEpisodesOfTheReleaseThatTheFileNameNumbers(String path, String expected) {
        List<String> keys = PlexTargets.namedIn(path, PACK).stream()
                .map(ref -> "S%02dE%02d".formatted(ref.key().season(), ref.key().episode()))
                .toList();

        assertThat(String.join(" ", keys)).isEqualTo(expected);
    }
}
