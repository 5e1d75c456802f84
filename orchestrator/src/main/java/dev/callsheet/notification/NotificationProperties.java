package dev.callsheet.notification;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code callsheet.notifications.*} as written; {@link NotificationSettings#read} checks it and turns
 * it into what the channels and the decider take. Everything is bound as text, so that a malformed
 * value reaches that check, which names the key without the value, rather than Spring's conversion,
 * whose message would show a URL with its token.
 *
 * @param channels the channel instances by name, in configured order
 * @param routes which events go to whom on which channels; none: every channel tells the requesters
 *     that their media are available
 * @param users what Callsheet knows of people beyond what Overseerr says, by user name
 */
@ConfigurationProperties("callsheet.notifications")
public record NotificationProperties(Map<String, Channel> channels, List<Route> routes, Map<String, User> users) {

    public NotificationProperties {
        channels = ordered(channels);
        routes = routes == null ? List.of() : List.copyOf(routes);
        users = ordered(users);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /**
     * One channel instance: its {@code type} and that type's keys, or an Apprise-style {@code url}
     * from which the type and the keys are read (keys given beside it fill what it leaves out). Each
     * secret may instead be read from a file at start ({@code token-file}).
     */
    public record Channel(
            String type,
            String url,
            String urlFile,
            String token,
            String tokenFile,
            String username,
            String password,
            String passwordFile,
            List<String> chatIds,
            String topic,
            String priority,
            List<String> tags,
            List<String> devices,
            String userKey,
            String userKeyFile,
            String appToken,
            String appTokenFile,
            String roomId,
            String secret,
            String secretFile,
            String host,
            String port,
            String security,
            String from,
            List<String> to,
            String threadId,
            String avatarUrl) {

        /** Every key given, by its name in the settings ({@code chat-ids}), in declaration order. */
        Map<String, Object> given() {
            Map<String, Object> given = new LinkedHashMap<>();
            put(given, "type", type);
            put(given, "url", url);
            put(given, "url-file", urlFile);
            put(given, "token", token);
            put(given, "token-file", tokenFile);
            put(given, "username", username);
            put(given, "password", password);
            put(given, "password-file", passwordFile);
            put(given, "chat-ids", chatIds);
            put(given, "topic", topic);
            put(given, "priority", priority);
            put(given, "tags", tags);
            put(given, "devices", devices);
            put(given, "user-key", userKey);
            put(given, "user-key-file", userKeyFile);
            put(given, "app-token", appToken);
            put(given, "app-token-file", appTokenFile);
            put(given, "room-id", roomId);
            put(given, "secret", secret);
            put(given, "secret-file", secretFile);
            put(given, "host", host);
            put(given, "port", port);
            put(given, "security", security);
            put(given, "from", from);
            put(given, "to", to);
            put(given, "thread-id", threadId);
            put(given, "avatar-url", avatarUrl);
            return given;
        }

        private static void put(Map<String, Object> given, String key, Object value) {
            boolean blank = value == null
                    || (value instanceof String text && text.isBlank())
                    || (value instanceof List<?> list && list.isEmpty());
            if (!blank) {
                given.put(key, value);
            }
        }

        /** Only the keys' names: the values hold tokens and webhook URLs. */
        @Override
        public String toString() {
            return "Channel" + given().keySet();
        }
    }

    /**
     * One route.
     *
     * @param events the event words ({@code available}, {@code needs-approval}, …)
     * @param audience {@code requester}, {@code admins} or {@code subscribers}
     * @param channels the channel instances' names
     * @param series {@code season-complete} (the default), {@code first-episode}, {@code every-batch}
     *     or {@code caught-up}
     * @param batchWindow how long {@code every-batch} collects episodes; 10 minutes when unset
     */
    public record Route(
            List<String> events, String audience, List<String> channels, String series, Duration batchWindow) {

        public Route {
            events = events == null ? List.of() : List.copyOf(events);
            channels = channels == null ? List.of() : List.copyOf(channels);
        }
    }

    /**
     * One person.
     *
     * @param channels the channel instances they hear on; unset: all a route gives them
     * @param events the events they hear; unset: all a route gives them
     * @param quietHours when notices to them wait
     */
    public record User(
            String email,
            String discordId,
            String telegramChatId,
            List<String> channels,
            List<String> events,
            Quiet quietHours) {

        public User {
            channels = channels == null ? List.of() : List.copyOf(channels);
            events = events == null ? List.of() : List.copyOf(events);
        }
    }

    /**
     * Quiet hours on the wall clock.
     *
     * @param from {@code 22:00}
     * @param to {@code 07:00}; before {@code from}, the hours span midnight
     * @param zone {@code Europe/London}; the server's zone when unset
     */
    public record Quiet(String from, String to, String zone) {}
}
