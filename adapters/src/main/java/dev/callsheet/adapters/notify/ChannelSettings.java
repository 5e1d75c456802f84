package dev.callsheet.adapters.notify;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What one channel instance needs to send, read from {@code callsheet.notifications.channels.<name>}
 * or an Apprise-style URL. Every record's {@code toString} leaves its secrets out: settings appear in
 * start-up errors and logs.
 */
public sealed interface ChannelSettings {

    /** The channel type as configured ({@code discord}, {@code ntfy}, …). */
    String type();

    /**
     * A Discord webhook. The URL holds the webhook's token.
     *
     * @param webhookUrl {@code https://discord.com/api/webhooks/{id}/{token}} (or {@code discordapp.com},
     *     or a versioned {@code /api/v10/webhooks/…})
     * @param threadId a forum or thread channel's thread to post in; null for the webhook's channel
     * @param username overrides the webhook's name; null keeps it
     * @param avatarUrl overrides the webhook's avatar; null keeps it
     */
    record Discord(URI webhookUrl, String threadId, String username, URI avatarUrl) implements ChannelSettings {
        public Discord {
            Objects.requireNonNull(webhookUrl, "webhookUrl");
        }

        @Override
        public String type() {
            return "discord";
        }

        @Override
        public String toString() {
            return "Discord[webhook " + Secrets.lastPathSegmentHidden(webhookUrl) + "]";
        }
    }

    /** A Slack incoming webhook ({@code https://hooks.slack.com/services/T…/B…/X…}); the URL is the secret. */
    record Slack(URI webhookUrl) implements ChannelSettings {
        public Slack {
            Objects.requireNonNull(webhookUrl, "webhookUrl");
        }

        @Override
        public String type() {
            return "slack";
        }

        @Override
        public String toString() {
            return "Slack[webhook " + Secrets.lastPathSegmentHidden(webhookUrl) + "]";
        }
    }

    /**
     * A Telegram bot.
     *
     * @param apiBase {@code https://api.telegram.org} unless a local Bot API server is used
     * @param botToken {@code 123456:ABC…}
     * @param chatIds the chats a notice without a recipient goes to (ids or {@code @channelname})
     */
    record Telegram(URI apiBase, String botToken, List<String> chatIds) implements ChannelSettings {
        public Telegram {
            Objects.requireNonNull(apiBase, "apiBase");
            Objects.requireNonNull(botToken, "botToken");
            chatIds = List.copyOf(Objects.requireNonNullElse(chatIds, List.of()));
        }

        @Override
        public String type() {
            return "telegram";
        }

        @Override
        public String toString() {
            return "Telegram[" + apiBase + ", chats " + chatIds + "]";
        }
    }

    /**
     * An ntfy topic, on ntfy.sh or a self-hosted server.
     *
     * @param baseUrl the server ({@code https://ntfy.sh})
     * @param topic the topic name
     * @param token an access token ({@code tk_…}); null when the topic needs none or a user and password
     * @param username with {@code password}, Basic auth; null when not used
     * @param priority 1 (min) to 5 (max); null for the server's default (3)
     * @param tags tags or emoji short codes shown with the notice
     */
    record Ntfy(
            URI baseUrl,
            String topic,
            String token,
            String username,
            String password,
            Integer priority,
            List<String> tags)
            implements ChannelSettings {
        public Ntfy {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(topic, "topic");
            tags = List.copyOf(Objects.requireNonNullElse(tags, List.of()));
        }

        @Override
        public String type() {
            return "ntfy";
        }

        @Override
        public String toString() {
            return "Ntfy[" + baseUrl + ", topic " + topic
                    + (token != null || password != null ? ", with credentials" : "") + "]";
        }
    }

    /**
     * A Gotify application.
     *
     * @param baseUrl the server
     * @param appToken the application's token
     * @param priority Gotify's priority (0–10); null for the application's default
     */
    record Gotify(URI baseUrl, String appToken, Integer priority) implements ChannelSettings {
        public Gotify {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(appToken, "appToken");
        }

        @Override
        public String type() {
            return "gotify";
        }

        @Override
        public String toString() {
            return "Gotify[" + baseUrl + "]";
        }
    }

    /**
     * A Pushover application sending to a user or group.
     *
     * @param apiBase {@code https://api.pushover.net}
     * @param appToken the application's API token
     * @param userKey the user or group key
     * @param devices the devices to send to; empty for all the user's devices
     * @param priority -2 to 1 (2, emergency, needs acknowledgement and is refused here); null for 0
     */
    record Pushover(URI apiBase, String appToken, String userKey, List<String> devices, Integer priority)
            implements ChannelSettings {
        public Pushover {
            Objects.requireNonNull(apiBase, "apiBase");
            Objects.requireNonNull(appToken, "appToken");
            Objects.requireNonNull(userKey, "userKey");
            devices = List.copyOf(Objects.requireNonNullElse(devices, List.of()));
        }

        @Override
        public String type() {
            return "pushover";
        }

        @Override
        public String toString() {
            return "Pushover[devices " + devices + "]";
        }
    }

    /**
     * A mailbox reached over SMTP.
     *
     * @param security how the connection is protected
     * @param username null when the server takes mail without login
     * @param from the sender address ({@code Callsheet <callsheet@example.org>})
     * @param to the addresses a notice without a recipient goes to
     */
    record Email(
            String host, int port, Security security, String username, String password, String from, List<String> to)
            implements ChannelSettings {
        public Email {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(security, "security");
            Objects.requireNonNull(from, "from");
            to = List.copyOf(Objects.requireNonNullElse(to, List.of()));
        }

        /** {@code NONE} (port 25 inside a LAN), {@code STARTTLS} (587), {@code TLS} (465, implicit). */
        public enum Security {
            NONE,
            STARTTLS,
            TLS
        }

        @Override
        public String type() {
            return "email";
        }

        @Override
        public String toString() {
            return "Email[" + host + ":" + port + " " + security + (username != null ? ", as " + username : "") + "]";
        }
    }

    /**
     * A Matrix room, sent to as a user (or bot) with an access token.
     *
     * @param homeserver {@code https://matrix.example.org}
     * @param roomId {@code !abc:example.org}
     */
    record Matrix(URI homeserver, String accessToken, String roomId) implements ChannelSettings {
        public Matrix {
            Objects.requireNonNull(homeserver, "homeserver");
            Objects.requireNonNull(accessToken, "accessToken");
            Objects.requireNonNull(roomId, "roomId");
        }

        @Override
        public String type() {
            return "matrix";
        }

        @Override
        public String toString() {
            return "Matrix[" + homeserver + ", room " + roomId + "]";
        }
    }

    /**
     * A JSON webhook signed per the Standard Webhooks specification.
     *
     * @param url where to POST
     * @param secret the signing secret, {@code whsec_} and base64
     */
    record Webhook(URI url, String secret) implements ChannelSettings {
        public Webhook {
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String type() {
            return "webhook";
        }

        @Override
        public String toString() {
            return "Webhook[" + url.getScheme() + "://" + url.getAuthority() + "]";
        }
    }
}
