package dev.callsheet.story;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Structure-aware mutations of a real JSON webhook: a node of its tree replaced by a null, a value
 * of the wrong type, a huge number, a long string, an array where an object was, or removed; keys
 * given twice; values nested deeply. Each keeps the rest of the webhook real, so that it gets past
 * the first check a parser makes and reaches the later ones.
 */
final class JsonMutations {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMutations() {}

    /** One to three mutations of the tree of {@code seed}; {@code described} receives what was done. */
    static byte[] mutate(byte[] seed, RandomGenerator random, StringBuilder described) {
        JsonNode root = JSON.readTree(seed);
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            root = mutateOnce(root, random, described);
        }
        byte[] body = JSON.writeValueAsBytes(root);
        return random.nextInt(4) == 0 ? duplicateKey(body, random, described) : body;
    }

    private static JsonNode mutateOnce(JsonNode root, RandomGenerator random, StringBuilder described) {
        List<Slot> slots = new ArrayList<>();
        collect(root, "$", slots);
        if (slots.isEmpty()) {
            described.append("root replaced; ");
            return oddValue(root, random, described);
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        if (slot.parent() instanceof ObjectNode object && random.nextInt(5) == 0) {
            described.append("removed ").append(slot.path()).append("; ");
            object.remove(slot.name());
            return root;
        }
        described.append(slot.path()).append(" := ");
        slot.set(oddValue(slot.value(), random, described));
        described.append("; ");
        return root;
    }

    /** A value that a parser expecting {@code original} may not: of another type, or at an extreme. */
    static JsonNode oddValue(JsonNode original, RandomGenerator random, StringBuilder described) {
        return switch (random.nextInt(12)) {
            case 0 -> note(described, "null", NODES.nullNode());
            case 1 -> note(described, "wrong type (text)", NODES.stringNode(original.toString()));
            case 2 -> note(described, "wrong type (number)", NODES.numberNode(random.nextLong()));
            case 3 -> note(described, "wrong type (boolean)", NODES.booleanNode(random.nextBoolean()));
            case 4 -> note(described, "array for the value", NODES.arrayNode().add(original));
            case 5 -> note(described, "empty object", NODES.objectNode());
            case 6 -> note(described, "huge integer", NODES.numberNode(hugeInteger(random)));
            case 7 -> note(described, "extreme decimal", NODES.numberNode(extremeDecimal(random)));
            case 8 -> note(described, "long string", NODES.stringNode(OddText.longString(random)));
            case 9 -> note(described, "odd string", NODES.stringNode(OddText.oddString(random)));
            case 10 -> note(described, "nested", nested(original, 10 + random.nextInt(200)));
            default ->
                note(described, "object for the value", NODES.objectNode().set("value", original));
        };
    }

    private static JsonNode note(StringBuilder described, String what, JsonNode node) {
        described.append(what);
        return node;
    }

    /** Past {@code long}, sometimes far past it: Jackson refuses numbers of more than 1,000 digits. */
    private static BigInteger hugeInteger(RandomGenerator random) {
        int digits =
                switch (random.nextInt(3)) {
                    case 0 -> 19 + random.nextInt(3);
                    case 1 -> 20 + random.nextInt(400);
                    default -> 990 + random.nextInt(30);
                };
        BigInteger magnitude = BigInteger.TEN.pow(digits).subtract(BigInteger.ONE);
        return random.nextBoolean() ? magnitude : magnitude.negate();
    }

    private static BigDecimal extremeDecimal(RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> new BigDecimal("1E+" + (300 + random.nextInt(100_000)));
            case 1 -> new BigDecimal("-1E-" + (300 + random.nextInt(100_000)));
            case 2 -> new BigDecimal(Double.MAX_VALUE).multiply(BigDecimal.TEN);
            default -> new BigDecimal("0." + "0".repeat(random.nextInt(500)) + "1");
        };
    }

    private static JsonNode nested(JsonNode inner, int depth) {
        JsonNode node = inner;
        for (int i = 0; i < depth; i++) {
            node = i % 2 == 0 ? NODES.arrayNode().add(node) : NODES.objectNode().set("n", node);
        }
        return node;
    }

    /** Jackson's trees cannot hold a key twice, so the duplicate goes into the text. */
    private static byte[] duplicateKey(byte[] body, RandomGenerator random, StringBuilder described) {
        String text = new String(body, UTF_8);
        if (!text.startsWith("{\"")) {
            return body;
        }
        int keyEnd = text.indexOf("\":", 2);
        String key = text.substring(2, keyEnd);
        String value = OddText.jsonString(OddText.oddString(random));
        described.append("key ").append(key).append(" given twice; ");
        String duplicate = "\"" + key + "\":" + value;
        // Before the original: a reader that keeps the first sees the odd value, one that keeps the last the real.
        return random.nextBoolean()
                ? ("{" + duplicate + "," + text.substring(1)).getBytes(UTF_8)
                : (text.substring(0, text.length() - 1) + "," + duplicate + "}").getBytes(UTF_8);
    }

    private static void collect(JsonNode node, String path, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            for (var property : object.properties()) {
                String child = path + "." + property.getKey();
                slots.add(new Slot(object, property.getKey(), -1, property.getValue(), child));
                collect(property.getValue(), child, slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                String child = path + "[" + i + "]";
                slots.add(new Slot(array, null, i, array.get(i), child));
                collect(array.get(i), child, slots);
            }
        }
    }

    /** A place in the tree: a property of an object or an element of an array. */
    private record Slot(JsonNode parent, String name, int index, JsonNode value, String path) {

        void set(JsonNode replacement) {
            if (parent instanceof ObjectNode object) {
                object.set(name, replacement);
            } else {
                ((ArrayNode) parent).set(index, replacement);
            }
        }
    }
}
