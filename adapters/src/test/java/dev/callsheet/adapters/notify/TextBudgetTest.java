package dev.callsheet.adapters.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class TextBudgetTest {

    private static final UnaryOperator<String> AS_IS = line -> line;
    private static final UnaryOperator<String> AMPERSANDS = line -> line.replace("&", "&amp;");
    private static final ToIntFunction<String> UTF8_BYTES = text -> text.getBytes(StandardCharsets.UTF_8).length;

    @Test
    void leavesATextThatFitsAlone() {
        assertThat(TextBudget.fit("a\nb", 3, AS_IS)).isEqualTo("a\nb");
    }

    @Test
    void keepsATextThatFitsLineForLineWithItsLineEndsAsNewlines() {
        assertThat(TextBudget.fit("one\r\ntwo\n", 7, AS_IS)).isEqualTo("one\ntwo");
    }

    @Test
    void keepsTheMostWholeLinesThatFitWithTheCountOfTheRest() {
        String text = "S01E01\nS01E02\nS01E03\nS01E04\nS01E05";

        String fitted = TextBudget.fit(text, 30, AS_IS);

        assertThat(fitted).isEqualTo("S01E01\nS01E02\n… and 3 more").hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void countsTheRenderedLines() {
        assertThat(TextBudget.fit("a&b\nc&d\ne&f", 20, AMPERSANDS)).isEqualTo("a&amp;b\n… and 2 more");
    }

    @Test
    void countsWhatTheChannelCountsHereUtf8Bytes() {
        String text = "éé\n".repeat(9) + "éé";

        // "é" and "…" are one UTF-16 unit each, but two and three bytes in UTF-8.
        assertThat(TextBudget.fit(text, 22, AS_IS)).isEqualTo("éé\néé\néé\n… and 7 more");
        assertThat(TextBudget.fit(text, 22, AS_IS, UTF8_BYTES)).isEqualTo("éé\n… and 9 more");
        assertThat(TextBudget.cut("éééé", 6, AS_IS, UTF8_BYTES)).isEqualTo("é…");
    }

    @Test
    void measuresTheWholeCandidateWhenTheSizeSaysSo() {
        ToIntFunction<String> withFrame = candidate -> ("<p>" + candidate + "</p>").length();

        String text = "one\ntwo\nthree\nfour";

        assertThat(TextBudget.fit(text, 24, AS_IS)).isEqualTo(text);
        assertThat(TextBudget.fit(text, 24, AS_IS, withFrame)).isEqualTo("one\n… and 3 more");
    }

    @Test
    void cutsAFirstLineTooLongForTheLimitAndStillCountsTheOthers() {
        assertThat(TextBudget.fit("x".repeat(50) + "\nsecond\nthird", 30, AS_IS))
                .isEqualTo("x".repeat(16) + "…\n… and 2 more")
                .hasSize(30);
        assertThat(TextBudget.fit("x".repeat(50) + "\nsecond", 30, AS_IS))
                .isEqualTo("x".repeat(16) + "…\n… and 1 more")
                .hasSize(30);
    }

    @Test
    void cutsAtACodePointNeverInsideOne() {
        assertThat(TextBudget.cut("🎬🎬🎬🎬", 5, AS_IS)).isEqualTo("🎬🎬…");
        assertThat(TextBudget.cut("ab😀😀", 4, AS_IS)).isEqualTo("ab…");
        // A pair that fits right at the start is kept, not given up with the rest.
        assertThat(TextBudget.cut("🎬abcd", 3, AS_IS)).isEqualTo("🎬…");
    }

    @Test
    void cutsBeforeRenderingSoAnEscapeIsNeverSplit() {
        assertThat(TextBudget.cut("a&b&c", 6, AMPERSANDS)).isEqualTo("a…");
    }

    @Test
    void givesNothingWhenTheLimitIsSmallerThanTheEllipsis() {
        assertThat(TextBudget.cut("abc", 0, AS_IS)).isEmpty();
        assertThat(TextBudget.fit("abcdef", 0, AS_IS)).isEmpty();
        // "…" is three bytes in UTF-8.
        assertThat(TextBudget.cut("abcd", 2, AS_IS, UTF8_BYTES)).isEmpty();
        assertThat(TextBudget.cut("abcd", 3, AS_IS, UTF8_BYTES)).isEqualTo("…");
    }

    @Test
    void leavesAnEmptyTextEmpty() {
        assertThat(TextBudget.fit("", 100, AS_IS)).isEmpty();
        assertThat(TextBudget.fit("", 5, AS_IS, candidate -> 10 + candidate.length()))
                .isEmpty();
    }
}
