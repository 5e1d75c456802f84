package dev.callsheet.intake;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Whether bytes are exactly one well-formed JSON value, found by reading them as a token stream to
 * the end: nothing is bound or kept, so a body of any shape costs no more than its length.
 */
final class JsonCheck {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonCheck() {}

    /** @return what is wrong with {@code body}, or empty when it is one well-formed JSON value */
    static Optional<String> problemWith(byte[] body) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
            if (parser.nextToken() == null) {
                return Optional.of("body is empty; expected a JSON document");
            }
            parser.skipChildren();
            // Jackson reads whitespace-separated root values as a sequence; a webhook is one document.
            if (parser.nextToken() != null) {
                return Optional.of("body holds more than one JSON value (the second starts at "
                        + at(parser.currentTokenLocation()) + ")");
            }
            return Optional.empty();
        } catch (JacksonException e) {
            return Optional.of(
                    "body is not well-formed JSON: " + e.getOriginalMessage() + " (at " + at(e.getLocation()) + ")");
        }
    }

    private static String at(TokenStreamLocation location) {
        return location == null
                ? "unknown position"
                : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
