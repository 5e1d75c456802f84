package dev.callsheet.normalise;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Reads vendor webhook bodies. Separate from {@code EventJson} on purpose: vendor DTOs never go on a
 * topic, and this mapping may be as lenient as the vendors need without loosening the topic contract.
 * Property names stay case-sensitive because Plex sends both {@code guid} and {@code Guid}. Every
 * string value is cut to {@link #MAX_TEXT} characters as the tree is read, so that no fact, view or
 * timeline entry carries a megabyte title, whatever a sender puts in a field.
 */
public final class VendorJson {

    /**
     * The longest text kept from a vendor body: longer than any path a file system allows (4,096 on
     * Linux), so that only nonsense is ever cut.
     */
    public static final int MAX_TEXT = 4096;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .nodeFactory(new CappedText())
            .build();

    private VendorJson() {}

    /** Reads one source's webhook from the whole body. */
    @FunctionalInterface
    public interface BodyParser {
        ParsedWebhook parse(ObjectNode body) throws UnparseableWebhook;
    }

    /**
     * Reads {@code body} as a JSON object and hands it to {@code parser}. Whatever goes wrong on the
     * way comes back as {@link UnparseableWebhook} with a reason fit for the dead-letter record.
     */
    public static ParsedWebhook parse(byte[] body, BodyParser parser) throws UnparseableWebhook {
        ObjectNode object = readObject(body);
        try {
            return parser.parse(object);
        } catch (JacksonException e) {
            throw new UnparseableWebhook("unexpected value at " + path(e) + ": " + e.getOriginalMessage(), e);
        } catch (RuntimeException e) {
            throw new UnparseableWebhook("could not read the webhook: " + e, e);
        }
    }

    /** Binds a JSON value to a vendor DTO; a mismatch surfaces through {@link #parse}. */
    public static <T> T convert(JsonNode node, Class<T> type) {
        return MAPPER.treeToValue(node, type);
    }

    /** The text of a scalar property, or null when it is absent, null, blank or not a scalar. */
    public static String text(JsonNode object, String property) {
        JsonNode value = object.get(property);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        return nonBlank(value.asString());
    }

    /** {@code value}, or null when it is null or blank: the vendors send {@code ""} for "not set". */
    public static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** {@code text}, or its first {@link #MAX_TEXT} characters ending in "…" when it is longer. */
    public static String capped(String text) {
        if (text == null || text.length() <= MAX_TEXT) {
            return text;
        }
        int end = MAX_TEXT - 1;
        // Never half a character: a surrogate pair stays whole or goes.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /**
     * A {@code yyyy-MM-dd} date, or null when it is absent, blank or in another shape: an unreadable
     * air date is not worth losing the fact it comes with.
     */
    public static LocalDate date(String value) {
        String text = nonBlank(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ObjectNode readObject(byte[] body) throws UnparseableWebhook {
        if (body == null || body.length == 0) {
            throw new UnparseableWebhook("empty body");
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new UnparseableWebhook("malformed JSON" + location(e) + ": " + e.getOriginalMessage(), e);
        }
        if (tree.isMissingNode()) {
            throw new UnparseableWebhook("empty body");
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new UnparseableWebhook("expected a JSON object, got " + tree.getNodeType());
        }
        return object;
    }

    /** Builds trees whose string values are {@link #capped}. */
    private static final class CappedText extends JsonNodeFactory {

        @Override
        public StringNode stringNode(String text) {
            return super.stringNode(capped(text));
        }
    }

    private static String location(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        return at == null || at.getLineNr() < 0 ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String path(JacksonException e) {
        String path = e.getPath().stream()
                .map(step -> step.getPropertyName() != null ? step.getPropertyName() : "[" + step.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "the top level" : path;
    }
}
