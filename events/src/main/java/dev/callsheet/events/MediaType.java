package dev.callsheet.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a media item is; series are tracked per episode. JSON: {@code movie}, {@code series}. */
public enum MediaType {
    MOVIE,
    SERIES;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static MediaType fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
