package dev.callsheet.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Apprise URL forms Callsheet reads, each turned into the channel keys it stands for ({@code
 * tgram://TOKEN/CHAT} is {@code type: telegram, token: TOKEN, chat-ids: [CHAT]}), so that both ways of
 * declaring a channel are checked by the same rules. A form or an option Callsheet does not read is
 * refused, never ignored. Messages say what is wrong with the URL without repeating any of it.
 */
final class AppriseForms {

    /** The schemes read here, for messages. */
    static final String SCHEMES =
            "discord, slack, tgram, ntfy, ntfys, gotify, gotifys, pover, mailto, mailtos, matrix, matrixs";

    private AppriseForms() {}

    /** The keys {@code url} stands for, {@code type} among them; throws when it cannot be read. */
    static Map<String, Object> keys(AppriseUrl url) {
        return switch (url.scheme()) {
            case "discord" -> discord(url);
            case "slack" -> slack(url);
            case "tgram" -> telegram(url);
            case "ntfy", "ntfys" -> ntfy(url);
            case "gotify", "gotifys" -> gotify(url);
            case "pover" -> pushover(url);
            case "mailto", "mailtos" -> email(url);
            case "matrix", "matrixs" -> matrix(url);
            case "json", "jsons" ->
                throw new IllegalArgumentException("Apprise's json:// posts an unsigned body; Callsheet's webhook is"
                        + " signed per Standard Webhooks: declare it with type: webhook, url and secret");
            default ->
                throw new IllegalArgumentException("the scheme '" + url.scheme() + "' is not one Callsheet reads ("
                        + SCHEMES + "; or an http(s) URL with the channel's type)");
        };
    }

    /**
     * Apprise's {@code discord://[botname@]webhook_id/webhook_token}, and Shoutrrr's {@code
     * discord://token@webhook_id}, which puts the two the other way round: a URL with no path and a
     * user part is read as Shoutrrr's, the webhook id being the number after the {@code @}.
     */
    private static Map<String, Object> discord(AppriseUrl url) {
        Map<String, Object> keys = typed("discord");
        String id;
        String token;
        if (url.path().isEmpty() && url.user() != null && url.password() == null) {
            options(url, Set.of());
            id = url.authority();
            token = url.user();
            if (isNumber(token) && !isNumber(id)) {
                throw new IllegalArgumentException("it has the webhook id before the @: Shoutrrr's form is"
                        + " discord://token@webhook_id, Apprise's discord://webhook_id/webhook_token");
            }
        } else if (url.path().size() == 1 && url.password() == null) {
            options(url, Set.of("avatar_url", "thread"));
            id = url.authority();
            token = url.path().getFirst();
            put(keys, "username", url.user());
            put(keys, "avatar-url", url.query().get("avatar_url"));
            put(keys, "thread-id", url.query().get("thread"));
        } else {
            throw new IllegalArgumentException("it is not discord://webhook_id/webhook_token (Apprise) nor"
                    + " discord://token@webhook_id (Shoutrrr)");
        }
        if (!isNumber(id)) {
            throw new IllegalArgumentException("its webhook id is not a number (Apprise: discord://webhook_id/"
                    + "webhook_token; Shoutrrr: discord://token@webhook_id)");
        }
        keys.put("url", "https://discord.com/api/webhooks/" + id + "/" + token);
        return keys;
    }

    /** {@code slack://TokenA/TokenB/TokenC}: an incoming webhook, which posts where it was made for. */
    private static Map<String, Object> slack(AppriseUrl url) {
        if (url.authority().startsWith("xox")) {
            throw new IllegalArgumentException("it is a Slack bot token; Callsheet posts through incoming webhooks"
                    + " only (slack://TokenA/TokenB/TokenC)");
        }
        if (url.user() != null) {
            throw new IllegalArgumentException("a Slack incoming webhook cannot take another name (botname@)");
        }
        if (url.path().size() != 2) {
            throw new IllegalArgumentException("it is not slack://TokenA/TokenB/TokenC (an incoming webhook posts"
                    + " to the channel it was made for: no channel can follow)");
        }
        options(url, Set.of());
        Map<String, Object> keys = typed("slack");
        keys.put("url", "https://hooks.slack.com/services/" + url.authority() + "/" + String.join("/", url.path()));
        return keys;
    }

    /** {@code tgram://bot_token[/chat_id…]}, more chats in {@code ?to=}. */
    private static Map<String, Object> telegram(AppriseUrl url) {
        if (url.user() != null) {
            throw new IllegalArgumentException("it is not tgram://bot_token/chat_id");
        }
        options(url, Set.of("to"));
        String token = url.authority().matches("bot\\d.*") ? url.authority().substring(3) : url.authority();
        List<String> chats = new ArrayList<>(url.path());
        chats.addAll(listed(url.query().get("to")));
        for (String chat : chats) {
            if (chat.matches(".+:\\d+")) {
                throw new IllegalArgumentException("a chat's :topic is not supported; give the chat id alone");
            }
        }
        Map<String, Object> keys = typed("telegram");
        keys.put("token", token);
        put(keys, "chat-ids", chats);
        return keys;
    }

    /**
     * {@code ntfy://topic} (ntfy.sh), {@code ntfy[s]://[user:password@|token@]host[:port]/topic}, the
     * token also as {@code ?token=}.
     */
    private static Map<String, Object> ntfy(AppriseUrl url) {
        options(url, Set.of("token", "priority", "tags"));
        Map<String, Object> keys = typed("ntfy");
        if (url.path().isEmpty()) {
            keys.put("url", "https://ntfy.sh");
            keys.put("topic", url.authority());
        } else if (url.path().size() == 1) {
            keys.put("url", url.origin(url.scheme().equals("ntfys") ? "https" : "http"));
            keys.put("topic", url.path().getFirst());
        } else {
            throw new IllegalArgumentException("it names several topics; declare one channel per topic");
        }
        if (url.user() != null && url.password() == null) {
            if (!url.user().startsWith("tk_")) {
                throw new IllegalArgumentException(
                        "it has a user without a password; give user:password@ or an access token (tk_…)@");
            }
            keys.put("token", url.user());
        } else {
            put(keys, "username", url.user());
            put(keys, "password", url.password());
        }
        putOnce(keys, "token", url.query().get("token"));
        put(keys, "priority", url.query().get("priority"));
        put(keys, "tags", listed(url.query().get("tags")));
        return keys;
    }

    /** {@code gotify[s]://host[:port][/path]/app_token}. */
    private static Map<String, Object> gotify(AppriseUrl url) {
        if (url.user() != null || url.path().isEmpty()) {
            throw new IllegalArgumentException("it is not gotify[s]://host[:port][/path]/app_token");
        }
        options(url, Set.of("priority"));
        List<String> path = url.path();
        String base = url.origin(url.scheme().equals("gotifys") ? "https" : "http");
        Map<String, Object> keys = typed("gotify");
        keys.put("url", path.size() == 1 ? base : base + "/" + String.join("/", path.subList(0, path.size() - 1)));
        keys.put("app-token", path.getLast());
        put(keys, "priority", url.query().get("priority"));
        return keys;
    }

    /** {@code pover://user_key@app_token[/device…]}, more devices in {@code ?to=}. */
    private static Map<String, Object> pushover(AppriseUrl url) {
        if (url.user() == null || url.password() != null) {
            throw new IllegalArgumentException("it is not pover://user_key@app_token[/device]");
        }
        options(url, Set.of("priority", "to"));
        List<String> devices = new ArrayList<>(url.path());
        devices.addAll(listed(url.query().get("to")));
        Map<String, Object> keys = typed("pushover");
        keys.put("user-key", url.user());
        keys.put("app-token", url.authority());
        put(keys, "devices", devices);
        put(keys, "priority", url.query().get("priority"));
        return keys;
    }

    /**
     * {@code mailto[s]://[user[:password]@]domain[:port][/to…]?smtp=&from=&name=&to=&mode=}: the SMTP
     * server is {@code smtp} (else the domain); the sender {@code from} (else {@code user@domain}); the
     * recipients the path and {@code to} (else the sender). {@code mode} is {@code starttls} (the
     * default, whichever the scheme), {@code ssl} or {@code insecure}.
     */
    private static Map<String, Object> email(AppriseUrl url) {
        options(url, Set.of("smtp", "from", "name", "to", "mode"));
        Map<String, Object> keys = typed("email");
        String domain = url.host();
        String smtp = url.query().get("smtp");
        keys.put("host", smtp == null || smtp.isBlank() ? domain : smtp.strip());
        if (url.port() != null) {
            keys.put("port", String.valueOf(url.port()));
        }
        String mode = url.query().getOrDefault("mode", "starttls").strip();
        keys.put(
                "security",
                switch (mode) {
                    case "starttls" -> "starttls";
                    case "ssl" -> "tls";
                    case "insecure" -> "none";
                    default ->
                        throw new IllegalArgumentException(
                                "its mode is not starttls, ssl nor insecure (it is '" + mode + "')");
                });
        put(keys, "username", url.user());
        put(keys, "password", url.password());
        String from = sender(url, domain);
        keys.put("from", from);
        List<String> to = new ArrayList<>(url.path());
        to.addAll(listed(url.query().get("to")));
        keys.put("to", to.isEmpty() ? List.of(address(from)) : to);
        return keys;
    }

    private static String sender(AppriseUrl url, String domain) {
        String from = url.query().getOrDefault("from", "").strip();
        String name = url.query().getOrDefault("name", "").strip();
        String address;
        if (from.contains("@")) {
            if (from.contains("<")) {
                return from;
            }
            address = from;
        } else {
            // Apprise reads a from= without an @ as the sender's name.
            name = name.isEmpty() ? from : name;
            if (url.user() == null) {
                throw new IllegalArgumentException("it names no sender: give from=address (or user@domain)");
            }
            address = url.user().contains("@") ? url.user() : url.user() + "@" + domain;
        }
        return name.isEmpty() ? address : name + " <" + address + ">";
    }

    private static String address(String from) {
        int open = from.indexOf('<');
        int close = from.indexOf('>', open + 1);
        return open < 0 || close < 0 ? from : from.substring(open + 1, close);
    }

    /** {@code matrix[s]://access_token@host[:port]/!room_id}, the token also as {@code ?token=}. */
    private static Map<String, Object> matrix(AppriseUrl url) {
        options(url, Set.of("token"));
        if (url.password() != null) {
            throw new IllegalArgumentException("logging in with a user and password is not supported; give an"
                    + " access token: matrix[s]://access_token@host/!room_id");
        }
        if (url.path().size() != 1) {
            throw new IllegalArgumentException("it does not name exactly one room (matrix[s]://access_token@host/"
                    + "!room_id); declare one channel per room");
        }
        String room = url.path().getFirst();
        if (room.startsWith("#")) {
            throw new IllegalArgumentException("it names a room alias (#…); sending needs the room id (!…),"
                    + " shown in the room's settings under Advanced");
        }
        if (!room.startsWith("!")) {
            throw new IllegalArgumentException("it names no room id (!…); a user (@…) cannot be sent to");
        }
        Map<String, Object> keys = typed("matrix");
        keys.put("url", url.origin(url.scheme().equals("matrixs") ? "https" : "http"));
        put(keys, "token", url.user());
        putOnce(keys, "token", url.query().get("token"));
        // Apprise completes a room id without a server with the URL's host.
        keys.put("room-id", room.contains(":") ? room : room + ":" + url.host());
        return keys;
    }

    private static Map<String, Object> typed(String type) {
        Map<String, Object> keys = new LinkedHashMap<>();
        keys.put("type", type);
        return keys;
    }

    /** Refuses every option of the URL that is not in {@code known}. */
    private static void options(AppriseUrl url, Set<String> known) {
        Set<String> unknown = new TreeSet<>(url.query().keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Callsheet does not read its option(s) " + unknown
                    + (known.isEmpty() ? "; this form takes none" : "; it reads " + new TreeSet<>(known)));
        }
    }

    private static void put(Map<String, Object> keys, String key, Object value) {
        boolean blank = value == null
                || (value instanceof String text && text.isBlank())
                || (value instanceof List<?> list && list.isEmpty());
        if (!blank) {
            keys.put(key, value instanceof String text ? text.strip() : value);
        }
    }

    /** Puts {@code value} unless the URL gave the key already, elsewhere in it. */
    private static void putOnce(Map<String, Object> keys, String key, String value) {
        if (value != null && !value.isBlank() && keys.containsKey(key)) {
            throw new IllegalArgumentException("it gives the " + key + " twice");
        }
        put(keys, key, value);
    }

    private static List<String> listed(String values) {
        if (values == null) {
            return List.of();
        }
        return Arrays.stream(values.split("[,\\s]+"))
                .filter(value -> !value.isEmpty())
                .toList();
    }

    private static boolean isNumber(String text) {
        return text != null && text.matches("\\d+");
    }
}
