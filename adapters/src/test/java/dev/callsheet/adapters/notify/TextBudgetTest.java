package dev.callsheet.adapters.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class TextBudgetTest {

    private static final UnaryOperator<String> AS_IS = line -> line;

    @Test
    void keepsATextThatFitsLineForLine() {
        assertThat(TextBudget.fit("  one\r\ntwo\n", 7, AS_IS)).isEqualTo("one\ntwo");
    }

    @Test
    void keepsWholeLinesAndCountsTheRest() {
        String text = "S01E01\nS01E02\nS01E03\nS01E04\nS01E05";

        String fitted = TextBudget.fit(text, 30, AS_IS);

        assertThat(fitted).isEqualTo("S01E01\nS01E02\n… and 3 more").hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void countsTheRenderedLines() {
        UnaryOperator<String> doubled = line -> line.replace("&", "&amp;");

        assertThat(TextBudget.fit("a&b\nc&d\ne&f", 20, doubled)).isEqualTo("a&amp;b\n… and 2 more");
    }

    @Test
    void cutsAFirstLineTooLongOnItsOwn() {
        String fitted = TextBudget.fit("x".repeat(50) + "\nsecond", 30, AS_IS);

        assertThat(fitted).isEqualTo("x".repeat(16) + "…\n… and 1 more").hasSize(30);
    }

    @Test
    void cutsWithoutSplittingAnEscapeOrASurrogatePair() {
        assertThat(TextBudget.cut("a&b&c", 6, line -> line.replace("&", "&amp;")))
                .isEqualTo("a…");
        assertThat(TextBudget.cut("ab😀😀", 4, AS_IS)).isEqualTo("ab…");
    }

    @Test
    void leavesAnEmptyTextEmpty() {
        assertThat(TextBudget.fit(" \n ", 100, AS_IS)).isEmpty();
    }
}
