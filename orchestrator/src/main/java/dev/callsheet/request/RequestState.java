package dev.callsheet.request;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where one request stands. The main line runs {@code requested → approved → searching →
 * downloading → imported → available → notified}; {@code declined}, {@code failed} and {@code
 * cancelled} are off it. Which moves are allowed is listed once, in {@link TransitionTable}.
 */
public enum RequestState {
    REQUESTED,
    APPROVED,
    SEARCHING,
    DOWNLOADING,
    IMPORTED,
    AVAILABLE,
    NOTIFIED,
    DECLINED,
    FAILED,
    CANCELLED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RequestState fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
