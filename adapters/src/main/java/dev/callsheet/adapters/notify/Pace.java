package dev.callsheet.adapters.notify;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code messages} sends per {@code per} to one channel instance: Discord allows a webhook about
 * five requests per two seconds, Telegram about one message per second to a chat.
 */
public record Pace(int messages, Duration per) {

    /** For channels that state no limit (a self-hosted Gotify or ntfy, a mail server). */
    public static final Pace UNLIMITED = new Pace(Integer.MAX_VALUE, Duration.ofSeconds(1));

    public Pace {
        Objects.requireNonNull(per, "per");
        if (messages < 1 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a pace needs at least one message per positive duration");
        }
    }
}
