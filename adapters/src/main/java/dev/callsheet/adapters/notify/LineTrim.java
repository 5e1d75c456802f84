package dev.callsheet.adapters.notify;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;

/**
 * Fits a notice's text into a channel's limit by dropping whole lines from the end and saying how many
 * went ({@code … and 12 more}), so a long episode list still reads as a list. The size is whatever the
 * channel counts (UTF-8 bytes, code points, the bytes of the whole rendered request), given as a
 * function of the candidate text; it must grow with the text.
 */
final class LineTrim {

    private static final String ELLIPSIS = "…";

    private LineTrim() {}

    /** {@code text} unchanged when it fits, else its longest head of whole lines that fits with the count line. */
    static String fit(String text, int limit, ToIntFunction<String> size) {
        if (size.applyAsInt(text) <= limit) {
            return text;
        }
        List<String> lines = text.lines().toList();
        int kept = largest(1, lines.size() - 1, k -> size.applyAsInt(head(lines, k)) <= limit);
        if (kept > 0) {
            return head(lines, kept);
        }
        // Not even the first line fits: cut it within the line, still saying what else was left out.
        String first = lines.isEmpty() ? "" : lines.getFirst();
        String rest = lines.size() > 1 ? "\n" + more(lines.size() - 1) : "";
        return cut(first, limit, candidate -> size.applyAsInt(candidate + rest)) + rest;
    }

    /** {@code text} unchanged when it fits, else cut at a code point and ended with {@code …}. */
    static String cut(String text, int limit, ToIntFunction<String> size) {
        if (size.applyAsInt(text) <= limit) {
            return text;
        }
        int[] codePoints = text.codePoints().toArray();
        int kept = largest(
                0, codePoints.length - 1, n -> size.applyAsInt(new String(codePoints, 0, n) + ELLIPSIS) <= limit);
        return kept < 0 ? "" : new String(codePoints, 0, kept).stripTrailing() + ELLIPSIS;
    }

    private static String head(List<String> lines, int kept) {
        return String.join("\n", lines.subList(0, kept)) + "\n" + more(lines.size() - kept);
    }

    private static String more(int dropped) {
        return ELLIPSIS + " and " + dropped + " more";
    }

    /** The largest n in [from, to] for which {@code fits} holds (it holds for all smaller n); -1 when none. */
    private static int largest(int from, int to, IntPredicate fits) {
        int best = -1;
        int low = from;
        int high = to;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (fits.test(middle)) {
                best = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return best;
    }
}
