package dev.callsheet.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlexWordingTest {

    @ParameterizedTest
    @CsvSource({
        "-3, 0 s",
        "0, 0 s",
        "5, 5 s",
        "119, 119 s",
        "120, 2 min",
        "7199, 119 min",
        "7200, 2 h",
    })
    void roundsTheTimeEachStepTookForReading(long seconds, String words) {
        assertThat(PlexWording.took(Duration.ofSeconds(seconds))).isEqualTo(words);
    }
}
