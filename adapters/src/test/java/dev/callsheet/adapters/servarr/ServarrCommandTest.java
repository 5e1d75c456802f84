package dev.callsheet.adapters.servarr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.servarr.ServarrCommand.Status;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServarrCommandTest {

    // The arrs write camelCase words; they are read in any case, and a word a later version adds is
    // not guessed at.
    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "queued, QUEUED",
                "started, STARTED",
                "completed, COMPLETED",
                "failed, FAILED",
                "aborted, ABORTED",
                "cancelled, CANCELLED",
                "orphaned, ORPHANED",
                "Completed, COMPLETED",
                "' queued ', QUEUED",
                "paused, UNKNOWN",
                "unknown, UNKNOWN",
                "'', UNKNOWN",
                "null, UNKNOWN"
            })
    void readsTheArrsStatusWords(String word, Status status) {
        assertThat(Status.ofWord(word)).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({
        "QUEUED, true",
        "STARTED, true",
        "COMPLETED, false",
        "FAILED, false",
        "ABORTED, false",
        "CANCELLED, false",
        "ORPHANED, false",
        "UNKNOWN, false"
    })
    void isPendingOnlyWhileQueuedOrStarted(Status status, boolean pending) {
        assertThat(new ServarrCommand(7, "MoviesSearch", status, Instant.EPOCH, null, null, null).pending())
                .isEqualTo(pending);
    }

    // Radarr's and Sonarr's readings both build commands here, so a blank reads as "none" from either.
    @Test
    void readsABlankNameOrMessageAsNone() {
        ServarrCommand command = new ServarrCommand(7, " ", Status.QUEUED, Instant.EPOCH, null, null, "");

        assertThat(command.name()).isNull();
        assertThat(command.message()).isNull();
    }
}
