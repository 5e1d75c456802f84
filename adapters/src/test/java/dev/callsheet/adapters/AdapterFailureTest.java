package dev.callsheet.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.AdapterFailure.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdapterFailureTest {

    @Test
    void retriesWhatTimeCanFixOnly() {
        assertThat(Kind.values())
                .filteredOn(Kind::retryable)
                .containsExactlyInAnyOrder(Kind.UNREACHABLE, Kind.NOT_READY, Kind.SERVER_ERROR);
    }

    @Test
    void answersRetryableByItsKind() {
        assertThat(new AdapterFailure(Kind.NOT_READY, "starting", null).retryable())
                .isTrue();
        assertThat(new AdapterFailure(Kind.UNAUTHORIZED, "wrong key", null).retryable())
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "401, UNAUTHORIZED",
        "503, NOT_READY",
        "400, REJECTED",
        "403, REJECTED",
        "404, REJECTED",
        "409, REJECTED",
        "302, REJECTED",
        "500, SERVER_ERROR",
        "502, SERVER_ERROR"
    })
    void readsHttpStatusesTheUsualWay(int status, Kind kind) {
        assertThat(Kind.ofStatus(status)).isEqualTo(kind);
    }
}
