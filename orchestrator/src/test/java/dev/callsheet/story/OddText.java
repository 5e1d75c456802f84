package dev.callsheet.story;

import java.util.List;
import java.util.random.RandomGenerator;

/** Text a parser may not expect: very long, control characters, other scripts, emoji, invisible marks. */
final class OddText {

    private static final List<String> ODD = List.of(
            "",
            " ",
            "\u0000",
            "\t\r\n",
            "null",
            "-",
            "NaN",
            "-Infinity",
            "\u202Eevil\u202C",
            "\u200B\uFEFF",
            "Dune: Part Two \uD83C\uDFAC",
            "\u30C7\u30E5\u30FC\u30F3",
            "\u00E9t\u00E9 \u00FCber na\u00EFve",
            "' OR 1=1 --",
            "<script>alert(1)</script>",
            "${jndi:ldap://x}",
            "%s%n%x",
            "../../etc/passwd",
            "9F1C2A7B3D4E5F60718293A4B5C6D7E8F9012345",
            "2024-13-45T25:61:61Z",
            "movie:tmdb:693134:4k:extra");

    private static final String ALPHABET = "abcXYZ019 \t\u0001\u001F\"\\/\u00E9\u4E2D\u0627\uD83C\uDFAC\u200B";

    private OddText() {}

    static String oddString(RandomGenerator random) {
        return ODD.get(random.nextInt(ODD.size()));
    }

    /** Between 1,000 and 300,000 characters, from an alphabet of escapes, other scripts and emoji. */
    static String longString(RandomGenerator random) {
        int length = 1_000 + random.nextInt(300_000);
        var text = new StringBuilder(length);
        while (text.length() < length) {
            int at = random.nextInt(ALPHABET.length());
            char c = ALPHABET.charAt(at);
            // Keep surrogate pairs whole: a lone surrogate cannot be written as UTF-8 at all.
            if (Character.isHighSurrogate(c)) {
                text.append(c).append(ALPHABET.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** {@code value} as a JSON string literal, every character outside printable ASCII escaped. */
    static String jsonString(String value) {
        var literal = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                literal.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                literal.append(String.format("\\u%04x", (int) c));
            } else {
                literal.append(c);
            }
        }
        return literal.append('"').toString();
    }
}
