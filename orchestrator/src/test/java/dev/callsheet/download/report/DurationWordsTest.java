package dev.callsheet.download.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationWordsTest {

    @ParameterizedTest(name = "{0} is \"{1}\"")
    @CsvSource({
        "PT15M, 15 min",
        "PT40S, 40 s",
        "PT90S, 90 s",
        "PT1H, 1 h",
        "PT90M, 90 min",
        "PT0.25S, 250 ms",
        "PT0S, 0 ms"
    })
    void saysADurationInItsLargestWholeUnit(Duration duration, String words) {
        assertThat(DurationWords.of(duration)).isEqualTo(words);
    }
}
