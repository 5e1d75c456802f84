package dev.callsheet.adapters.notify;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Fitting a notice's text into a channel's limit, so the channel never refuses it for its size: whole
 * lines from the start while they fit, then "… and N more" for the N lines left out, so an episode list
 * still reads as a list; a first line too long on its own is cut within and ends "…".
 *
 * <p>Each channel says how it counts. {@code render} is its escaping, applied line by line, for channels
 * that count the escaped text; the result is rendered (all but the count line, which is plain words).
 * {@code size} measures a rendered candidate the way the channel does (UTF-8 bytes, code points, the
 * bytes of the whole request); left out, it is UTF-16 units ({@link String#length()}), which is what
 * Telegram counts and never less than the code points Discord and Slack count. Both must only grow as
 * the text does: the longest fit is found by halving.
 */
final class TextBudget {

    private static final String ELLIPSIS = "…";

    private TextBudget() {}

    /** {@link #fit(String, int, UnaryOperator, ToIntFunction)} counted in UTF-16 units. */
    static String fit(String text, int limit, UnaryOperator<String> render) {
        return fit(text, limit, render, String::length);
    }

    /**
     * {@code text}'s lines (split at any line end, not stripped), rendered and joined by {@code \n}: all
     * of them when they fit, else the most whole lines from the start that fit with "… and N more", else
     * the first line cut, with that count.
     */
    static String fit(String text, int limit, UnaryOperator<String> render, ToIntFunction<String> size) {
        List<String> lines = text.lines().toList();
        List<String> rendered = lines.stream().map(render).toList();
        String whole = String.join("\n", rendered);
        if (size.applyAsInt(whole) <= limit) {
            return whole;
        }
        int kept = largest(1, lines.size() - 1, k -> size.applyAsInt(head(rendered, k)) <= limit);
        if (kept > 0) {
            return head(rendered, kept);
        }
        // Not even the first line fits: cut it within the line, still saying what else was left out.
        String first = lines.isEmpty() ? "" : lines.getFirst();
        String rest = lines.size() > 1 ? "\n" + more(lines.size() - 1) : "";
        return cut(first, limit, render, candidate -> size.applyAsInt(candidate + rest)) + rest;
    }

    /** {@link #cut(String, int, UnaryOperator, ToIntFunction)} counted in UTF-16 units. */
    static String cut(String line, int limit, UnaryOperator<String> render) {
        return cut(line, limit, render, String::length);
    }

    /**
     * {@code line} rendered: whole when it fits, else its longest prefix that fits with "…", cut between
     * code points and before rendering, so neither a surrogate pair nor an escape is split; empty when
     * not even "…" fits.
     */
    static String cut(String line, int limit, UnaryOperator<String> render, ToIntFunction<String> size) {
        String whole = render.apply(line);
        if (size.applyAsInt(whole) <= limit) {
            return whole;
        }
        int[] codePoints = line.codePoints().toArray();
        int kept = largest(
                0,
                codePoints.length - 1,
                n -> size.applyAsInt(render.apply(new String(codePoints, 0, n)) + ELLIPSIS) <= limit);
        return kept < 0 ? "" : render.apply(new String(codePoints, 0, kept).stripTrailing()) + ELLIPSIS;
    }

    private static String head(List<String> rendered, int kept) {
        return String.join("\n", rendered.subList(0, kept)) + "\n" + more(rendered.size() - kept);
    }

    private static String more(int left) {
        return ELLIPSIS + " and " + left + " more";
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
