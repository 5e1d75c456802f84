package dev.callsheet.adapters.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineTrimTest {

    @Test
    void leavesATextThatFitsAlone() {
        assertThat(LineTrim.fit("a\nb", 3, String::length)).isEqualTo("a\nb");
    }

    @Test
    void keepsTheMostWholeLinesThatFitWithTheCountOfTheRest() {
        String text = "S01E01\nS01E02\nS01E03\nS01E04\nS01E05";

        String fitted = LineTrim.fit(text, 30, String::length);

        assertThat(fitted).isEqualTo("S01E01\nS01E02\n… and 3 more");
    }

    @Test
    void cutsAFirstLineTooLongForTheLimitAndStillCountsTheOthers() {
        String fitted = LineTrim.fit("x".repeat(50) + "\nsecond\nthird", 30, String::length);

        assertThat(fitted).isEqualTo("x".repeat(16) + "…\n… and 2 more");
        assertThat(fitted).hasSize(30);
    }

    @Test
    void cutsAtACodePointNeverInsideOne() {
        String cut = LineTrim.cut("🎬🎬🎬🎬", 5, String::length);

        assertThat(cut).isEqualTo("🎬🎬…");
    }
}
