package dev.callsheet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;

class EpisodeKeyTest {

    @Test
    void writesSeasonAndEpisodeWithTwoDigitsAtLeast() {
        assertThat(EpisodeKey.of(2, 3)).hasToString("S02E03");
        assertThat(EpisodeKey.of(0, 1)).hasToString("S00E01");
        assertThat(EpisodeKey.of(2024, 115)).hasToString("S2024E115");
    }

    @Test
    void readsWhatItWrites() {
        assertThat(EpisodeKey.parse("S02E03")).isEqualTo(EpisodeKey.of(2, 3));
        assertThat(EpisodeKey.parse("s2024e115")).isEqualTo(EpisodeKey.of(2024, 115));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "S2E3", "2x03", "S02", "S02E03E04", "S12345E01"})
    void refusesWhatIsNotAnEpisodeKey(String text) {
        assertThatThrownBy(() -> EpisodeKey.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNegativeAndOversizedNumbers() {
        assertThatThrownBy(() -> EpisodeKey.of(-1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EpisodeKey.of(1, 10_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordersBySeasonThenEpisode() {
        assertThat(new TreeMap<>(Map.of(EpisodeKey.of(2, 1), "b", EpisodeKey.of(1, 10), "a", EpisodeKey.of(2, 10), "c"))
                        .values())
                .containsExactly("a", "b", "c");
    }

    @Test
    void isTextInJsonAlsoAsAMapKey() {
        Map<EpisodeKey, String> states = Map.of(EpisodeKey.of(2, 3), "imported");

        String json = EventJson.mapper().writeValueAsString(states);

        assertThat(json).isEqualTo("{\"S02E03\":\"imported\"}");
        assertThat(EventJson.mapper().readValue(json, new TypeReference<Map<EpisodeKey, String>>() {}))
                .isEqualTo(states);
    }
}
