package dev.callsheet.notification;

import dev.callsheet.adapters.notify.ChannelSettings;
import java.net.URI;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The channel types, each with the keys it takes and how they make its {@link ChannelSettings}. The
 * checks catch at start what the service would refuse on every send (a URL that is no webhook, a
 * token of the wrong shape), so that a channel that cannot work stops the start instead.
 */
enum ChannelType {
    DISCORD("discord", "url", "username", "avatar-url", "thread-id") {
        private static final Pattern WEBHOOK = Pattern.compile(".*/webhooks/\\d+/[^/]+/?");

        @Override
        ChannelSettings read(ChannelKeys keys) {
            URI url = keys.requiredHttp("url", "the webhook URL (https://discord.com/api/webhooks/<id>/<token>)");
            if (url != null && !WEBHOOK.matcher(url.getRawPath()).matches()) {
                keys.problem("url", "is not a Discord webhook URL (…/api/webhooks/<numeric id>/<token>)");
            }
            String threadId = keys.text("thread-id");
            if (threadId != null && !threadId.matches("\\d+")) {
                keys.problem("thread-id", "is not a thread's id (a number)");
            }
            URI avatar = keys.http("avatar-url");
            return keys.wrong() ? null : new ChannelSettings.Discord(url, threadId, keys.text("username"), avatar);
        }
    },
    SLACK("slack", "url") {
        @Override
        ChannelSettings read(ChannelKeys keys) {
            URI url = keys.requiredHttp("url", "the incoming webhook's URL (https://hooks.slack.com/services/…)");
            if (url != null
                    && url.getHost().equalsIgnoreCase("hooks.slack.com")
                    && !url.getRawPath().matches("/services/[^/]+/[^/]+/[^/]+/?")) {
                keys.problem("url", "is not an incoming webhook's URL (https://hooks.slack.com/services/T…/B…/…)");
            }
            return keys.wrong() ? null : new ChannelSettings.Slack(url);
        }
    },
    TELEGRAM("telegram", "url", "token", "chat-ids") {
        @Override
        ChannelSettings read(ChannelKeys keys) {
            String token = keys.required("token", "the bot's token, from @BotFather");
            if (token != null && !token.matches("\\d+:[A-Za-z0-9_-]+")) {
                keys.problem("token", "is not a bot token (digits, a colon, then letters, digits, _ and -)");
            }
            List<String> chats = keys.list("chat-ids");
            for (int i = 0; i < chats.size(); i++) {
                if (!chats.get(i).matches("-?\\d{1,32}|@[A-Za-z][A-Za-z0-9_]{3,}")) {
                    keys.problem("chat-ids", "entry " + i + " is not a chat id (a number) nor a @channelname");
                }
            }
            URI api = keys.http("url", "https://api.telegram.org");
            return keys.wrong() ? null : new ChannelSettings.Telegram(api, token, chats);
        }
    },
    NTFY("ntfy", "url", "topic", "token", "username", "password", "priority", "tags") {
        private static final Map<String, Integer> PRIORITIES =
                Map.of("min", 1, "low", 2, "default", 3, "high", 4, "max", 5, "urgent", 5);

        @Override
        ChannelSettings read(ChannelKeys keys) {
            String topic = keys.text("topic");
            URI base;
            if (topic == null) {
                URI url = keys.requiredHttp("url", "the topic's URL (https://ntfy.example.org/<topic>), or topic");
                String path = url == null ? "" : url.getRawPath().replaceAll("/+$", "");
                int slash = path.lastIndexOf('/');
                if (url != null && slash < 0) {
                    keys.problem("url", "names no topic: give the topic's URL (https://ntfy.example.org/<topic>)");
                }
                base = url == null || slash < 0 ? null : url.resolve(path.substring(0, slash + 1));
                topic = slash < 0 ? null : path.substring(slash + 1);
            } else {
                base = keys.http("url", "https://ntfy.sh");
            }
            if (topic != null && !topic.matches("[-_A-Za-z0-9]{1,64}")) {
                keys.problem(
                        keys.text("topic") == null ? "url" : "topic",
                        "is not a topic name (1 to 64 of A-Z a-z 0-9 _ -)");
            }
            String token = keys.text("token");
            String username = keys.text("username");
            String password = keys.text("password");
            if (token != null && (username != null || password != null)) {
                keys.problem("token", "is given with a username or password; give one or the other");
            }
            if ((username == null) != (password == null)) {
                keys.problem(username == null ? "password" : "username", "needs both username and password");
            }
            Integer priority = keys.number("priority", 1, 5, PRIORITIES);
            return keys.wrong()
                    ? null
                    : new ChannelSettings.Ntfy(
                            withoutTrailingSlash(base), topic, token, username, password, priority, keys.list("tags"));
        }
    },
    GOTIFY("gotify", "url", "app-token", "priority") {
        private static final Map<String, Integer> PRIORITIES =
                Map.of("low", 0, "moderate", 3, "normal", 5, "high", 8, "emergency", 10);

        @Override
        ChannelSettings read(ChannelKeys keys) {
            URI url = keys.requiredHttp("url", "the Gotify server's URL");
            String token = keys.required("app-token", "the application's token (Apps → the app's token)");
            Integer priority = keys.number("priority", 0, 10, PRIORITIES);
            return keys.wrong() ? null : new ChannelSettings.Gotify(withoutTrailingSlash(url), token, priority);
        }
    },
    PUSHOVER("pushover", "url", "user-key", "app-token", "devices", "priority") {
        private static final Map<String, Integer> PRIORITIES = Map.of("lowest", -2, "low", -1, "normal", 0, "high", 1);

        @Override
        ChannelSettings read(ChannelKeys keys) {
            String user = keys.required("user-key", "the user's or group's key (30 letters and digits)");
            String token = keys.required("app-token", "the application's API token (30 letters and digits)");
            for (String key : List.of("user-key", "app-token")) {
                String value = keys.text(key);
                if (value != null && !value.matches("[A-Za-z0-9]{30}")) {
                    keys.problem(key, "is not a Pushover key (30 letters and digits)");
                }
            }
            List<String> devices = keys.list("devices");
            if (devices.stream().anyMatch(device -> !device.matches("[A-Za-z0-9_-]{1,25}"))) {
                keys.problem("devices", "holds a name that is not a device name (1 to 25 of A-Z a-z 0-9 _ -)");
            }
            String word = keys.text("priority");
            Integer priority = word != null && (word.equals("2") || word.equalsIgnoreCase("emergency"))
                    ? emergency(keys)
                    : keys.number("priority", -2, 1, PRIORITIES);
            URI api = keys.http("url", "https://api.pushover.net");
            return keys.wrong() ? null : new ChannelSettings.Pushover(api, token, user, devices, priority);
        }

        private Integer emergency(ChannelKeys keys) {
            keys.problem("priority", "emergency (2) must be acknowledged and is not sent; use high (1) at most");
            return null;
        }
    },
    EMAIL("email", "host", "port", "security", "username", "password", "from", "to") {
        private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>]+@[^\\s@<>]+");
        private static final Pattern SENDER = Pattern.compile("[^<>]*<" + ADDRESS + ">|" + ADDRESS);

        @Override
        ChannelSettings read(ChannelKeys keys) {
            String host = keys.required("host", "the SMTP server's host name");
            if (host != null && !host.matches("[A-Za-z0-9.\\-\\[\\]:]+")) {
                keys.problem("host", "is not a host name");
            }
            String securityWord = Optional.ofNullable(keys.text("security")).orElse("starttls");
            ChannelSettings.Email.Security security = Arrays.stream(ChannelSettings.Email.Security.values())
                    .filter(one -> one.name().equalsIgnoreCase(securityWord))
                    .findFirst()
                    .orElse(null);
            if (security == null) {
                keys.problem("security", "is '" + securityWord + "', not none, starttls nor tls");
            }
            Integer port = keys.number("port", 1, 65535, Map.of());
            if (port == null && security != null) {
                port = switch (security) {
                    case NONE -> 25;
                    case STARTTLS -> 587;
                    case TLS -> 465;
                };
            }
            String username = keys.text("username");
            String password = keys.text("password");
            if (password != null && username == null) {
                keys.problem("username", "missing: a password needs the user name it belongs to");
            }
            String from = keys.required("from", "the sender (Callsheet <callsheet@example.org>)");
            if (from != null && !SENDER.matcher(from).matches()) {
                keys.problem("from", "is not an address (callsheet@example.org, or Callsheet <callsheet@example.org>)");
            }
            List<String> to = keys.list("to");
            if (to.stream().anyMatch(address -> !ADDRESS.matcher(address).matches())) {
                keys.problem("to", "holds something that is not an e-mail address");
            }
            return keys.wrong() ? null : new ChannelSettings.Email(host, port, security, username, password, from, to);
        }
    },
    MATRIX("matrix", "url", "token", "room-id") {
        @Override
        ChannelSettings read(ChannelKeys keys) {
            URI homeserver = keys.requiredHttp("url", "the homeserver's URL (https://matrix.example.org)");
            String token = keys.required("token", "an access token of the user that sends");
            String room = keys.required("room-id", "the room's id (!…:example.org)");
            if (room != null && room.startsWith("#")) {
                keys.problem(
                        "room-id",
                        "is a room alias (#…); sending needs the room id (!…), shown in the room's"
                                + " settings under Advanced");
            } else if (room != null && !room.matches("![^:\\s]+:\\S+")) {
                keys.problem("room-id", "is not a room id (!…:example.org)");
            }
            return keys.wrong() ? null : new ChannelSettings.Matrix(withoutTrailingSlash(homeserver), token, room);
        }
    },
    WEBHOOK("webhook", "url", "secret") {
        @Override
        ChannelSettings read(ChannelKeys keys) {
            URI url = keys.requiredHttp("url", "where to POST");
            String secret = keys.required("secret", "the signing secret (whsec_ and base64)");
            if (secret != null && !signingSecret(secret)) {
                keys.problem(
                        "secret",
                        "is not whsec_ followed by the base64 of 24 to 64 random bytes"
                                + " (make one: echo whsec_$(openssl rand -base64 32))");
            }
            return keys.wrong() ? null : new ChannelSettings.Webhook(url, secret);
        }

        private static boolean signingSecret(String secret) {
            if (!secret.startsWith("whsec_")) {
                return false;
            }
            try {
                int bytes = Base64.getDecoder().decode(secret.substring(6)).length;
                return bytes >= 24 && bytes <= 64;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    };

    /** The keys that hold secrets, each of which may instead be read from a file ({@code token-file}). */
    static final List<String> SECRETS = List.of("url", "token", "password", "user-key", "app-token", "secret");

    private final String word;
    private final Set<String> keys;

    ChannelType(String word, String... keys) {
        this.word = word;
        this.keys = Set.of(keys);
    }

    String word() {
        return word;
    }

    /** Whether a channel of this type takes the key {@code name} as written (its {@code -file} form included). */
    boolean takes(String name) {
        String plain = name.endsWith("-file") ? name.substring(0, name.length() - "-file".length()) : name;
        return name.equals("type") || (keys.contains(plain) && (plain.equals(name) || SECRETS.contains(plain)));
    }

    /** The keys a channel of this type takes, for messages. */
    List<String> keys() {
        return keys.stream().sorted().toList();
    }

    /** Its settings; null when a problem was reported. */
    abstract ChannelSettings read(ChannelKeys keys);

    static Optional<ChannelType> named(String word) {
        String wanted = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.word.equals(wanted)).findFirst();
    }

    static String words() {
        return String.join(", ", Arrays.stream(values()).map(ChannelType::word).toList());
    }

    private static URI withoutTrailingSlash(URI url) {
        String text = url.toString();
        return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
    }
}
