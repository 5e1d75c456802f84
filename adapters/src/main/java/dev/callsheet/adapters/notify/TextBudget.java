package dev.callsheet.adapters.notify;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Fitting a notice's text into a channel's length limit, so the channel never refuses it for its size.
 * Lengths are counted in UTF-16 units ({@link String#length()}), which is what Telegram counts and never
 * less than the code points Discord and Slack count. {@code render} is the channel's escaping, applied
 * line by line before counting, for channels that count the escaped text.
 */
final class TextBudget {

    private static final String ELLIPSIS = "…";

    private TextBudget() {}

    /**
     * {@code text}'s lines, rendered and joined by {@code \n}, within {@code limit}: whole lines from the
     * start while they fit, then "… and N more" for the N lines left out (an episode list reads "S01E01
     * …, … and 12 more"); a first line too long on its own is cut and ends "…".
     */
    static String fit(String text, int limit, UnaryOperator<String> render) {
        List<String> lines = text.strip().lines().toList();
        if (lines.isEmpty() || limit <= 0) {
            return "";
        }
        List<String> rendered = lines.stream().map(render).toList();
        int[] upTo = new int[rendered.size() + 1];
        for (int i = 0; i < rendered.size(); i++) {
            upTo[i + 1] = upTo[i] + rendered.get(i).length() + (i == 0 ? 0 : 1);
        }
        if (upTo[rendered.size()] <= limit) {
            return String.join("\n", rendered);
        }
        for (int kept = rendered.size() - 1; kept >= 1; kept--) {
            String more = "\n" + more(rendered.size() - kept);
            if (upTo[kept] + more.length() <= limit) {
                return String.join("\n", rendered.subList(0, kept)) + more;
            }
        }
        String more = rendered.size() > 1 ? "\n" + more(rendered.size() - 1) : "";
        return cut(lines.getFirst(), limit - more.length(), render) + more;
    }

    /** {@code line} rendered within {@code limit}: whole when it fits, else its longest prefix that fits with "…". */
    static String cut(String line, int limit, UnaryOperator<String> render) {
        String whole = render.apply(line);
        if (whole.length() <= limit) {
            return whole;
        }
        if (limit < ELLIPSIS.length()) {
            return "";
        }
        // Rendering only adds characters, so the rendered length grows with the prefix: search its end.
        int low = 0;
        int high = line.length();
        while (low < high) {
            int middle = boundary(line, (low + high + 1) / 2);
            if (middle > low && render.apply(line.substring(0, middle)).length() + ELLIPSIS.length() <= limit) {
                low = middle;
            } else {
                high = middle > low ? middle - 1 : low;
            }
        }
        return render.apply(line.substring(0, boundary(line, low)).stripTrailing()) + ELLIPSIS;
    }

    private static String more(int left) {
        return ELLIPSIS + " and " + left + " more";
    }

    /** {@code index}, moved back one when it would split a surrogate pair. */
    private static int boundary(String line, int index) {
        return index > 0 && index < line.length() && Character.isLowSurrogate(line.charAt(index)) ? index - 1 : index;
    }
}
