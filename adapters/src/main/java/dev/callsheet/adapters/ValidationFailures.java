package dev.callsheet.adapters;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the *arrs (Sonarr, Radarr) say why they refused a call: a 400 whose body is a JSON array of
 * FluentValidation failures, {@code [{"propertyName": "RootFolderPath", "errorMessage": "Root folder
 * '/tv' does not exist", "attemptedValue": "/tv", "severity": "error"}]}. The messages are what an admin
 * can act on; the rest of each failure, and the raw JSON around them, would only push them out of a
 * failure's short excerpt.
 */
final class ValidationFailures {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ValidationFailures() {}

    /**
     * Every failure's {@code errorMessage} in {@code body}, once each, joined by "; "; empty when the
     * body is anything but such an array, so that it is quoted as it came.
     */
    static Optional<String> messages(String body) {
        JsonNode failures;
        try {
            failures = MAPPER.readTree(body);
        } catch (JacksonException e) {
            return Optional.empty();
        }
        if (failures == null || !failures.isArray() || failures.isEmpty()) {
            return Optional.empty();
        }
        Set<String> messages = new LinkedHashSet<>();
        for (JsonNode failure : failures) {
            JsonNode message = failure.path("errorMessage");
            if (!message.isString() || message.stringValue().isBlank()) {
                return Optional.empty();
            }
            messages.add(message.stringValue().strip());
        }
        return Optional.of(String.join("; ", messages));
    }
}
