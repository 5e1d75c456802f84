package dev.callsheet.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A request's identity: {@code overseerr-42} for Overseerr request 42. Ids are URL-safe so they can
 * stand in a path.
 */
public record RequestId(String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");

    public RequestId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a request id: " + value);
        }
    }

    @JsonCreator
    public static RequestId parse(String value) {
        return new RequestId(value);
    }

    /** The id of Overseerr (or Jellyseerr / Seerr) request {@code requestId}. */
    public static RequestId overseerr(long requestId) {
        return new RequestId("overseerr-" + requestId);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
