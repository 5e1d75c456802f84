package dev.callsheet.story;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * JSON that is deeply nested, not an object at all, or almost JSON: comments, single quotes,
 * trailing commas, {@code NaN}; and escapes of lone surrogates and NULs inside otherwise real webhooks.
 */
final class JsonBreakage {

    private static final int[] DEPTHS = {10, 400, 499, 500, 501, 1_000, 5_000, 100_000};

    private static final List<String> NOT_OBJECTS =
            List.of("[]", "\"text\"", "42", "true", "null", "1e999999", "-0", "[null]", "{}", "\"\"");

    private static final List<String> ALMOST_JSON = List.of(
            "{/* comment */}",
            "{'eventType':'Test'}",
            "{\"eventType\":\"Test\",}",
            "{eventType:\"Test\"}",
            "{\"n\":NaN}",
            "{\"n\":01}",
            "{\"n\":+1}",
            "{\"s\":\"tab\tinside\"}",
            "{\"s\":\"\\x41\"}",
            "{\"a\":1}{\"b\":2}",
            "{\"a\":1} x");

    private static final List<String> ODD_ESCAPES =
            List.of("\\ud800", "\\udfff\\ud800", "\\u0000", "\\uFFFE", "\\ud83c", "\\u00", "\\");

    private JsonBreakage() {}

    static byte[] of(byte[] real, RandomGenerator random, StringBuilder described) {
        String text = new String(real, UTF_8).strip();
        return switch (random.nextInt(5)) {
            case 0 -> nested(random, described);
            case 1 -> {
                String root = NOT_OBJECTS.get(random.nextInt(NOT_OBJECTS.size()));
                described.append("root ").append(root);
                yield root.getBytes(UTF_8);
            }
            case 2 -> {
                described.append("webhook in an array");
                yield ("[" + text + "]").getBytes(UTF_8);
            }
            case 3 -> {
                String almost = ALMOST_JSON.get(random.nextInt(ALMOST_JSON.size()));
                described.append("almost JSON ").append(almost);
                yield almost.getBytes(UTF_8);
            }
            default -> {
                String escape = ODD_ESCAPES.get(random.nextInt(ODD_ESCAPES.size()));
                described.append("escape ").append(escape).append(" in a first field");
                yield ("{\"odd\":\"" + escape + "\"," + text.substring(1)).getBytes(UTF_8);
            }
        };
    }

    private static byte[] nested(RandomGenerator random, StringBuilder described) {
        int depth = DEPTHS[random.nextInt(DEPTHS.length)];
        boolean arrays = random.nextBoolean();
        boolean closed = random.nextInt(4) != 0;
        described.append("nested ").append(depth).append(arrays ? " arrays" : " objects");
        described.append(closed ? "" : ", never closed");
        String open = arrays ? "[" : "{\"a\":";
        String close = arrays ? "]" : "}";
        return (open.repeat(depth) + (arrays ? "" : "1") + (closed ? close.repeat(depth) : "")).getBytes(UTF_8);
    }
}
