package dev.callsheet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.notify.ChannelSettings;
import dev.callsheet.adapters.notify.ChannelSettings.Email.Security;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Apprise URL form Callsheet reads, and the services' own webhook URLs, each to its exact settings. */
class AppriseUrlsTest {

    private static final String USER_KEY = "uQiRzpo4DXghDmr9QzzfQu27cmVRsG";
    private static final String APP_TOKEN = "azGDORePK8gMaC0QOYAMyEEuzJnyUi";

    static Stream<Arguments> forms() {
        return Stream.of(
                // Discord: Apprise's id/token, with a bot name and options; Shoutrrr's token@id; the native URL
                form(
                        "discord://123456789012345678/AbC-tok_en",
                        new ChannelSettings.Discord(
                                URI.create("https://discord.com/api/webhooks/123456789012345678/AbC-tok_en"),
                                null,
                                null,
                                null)),
                form(
                        "discord://Callsheet@123456789012345678/AbC-tok_en?avatar_url=https%3A%2F%2Fexample.org%2Fcs.png&thread=987654321",
                        new ChannelSettings.Discord(
                                URI.create("https://discord.com/api/webhooks/123456789012345678/AbC-tok_en"),
                                "987654321",
                                "Callsheet",
                                URI.create("https://example.org/cs.png"))),
                form(
                        "discord://AbC-tok_en@123456789012345678",
                        new ChannelSettings.Discord(
                                URI.create("https://discord.com/api/webhooks/123456789012345678/AbC-tok_en"),
                                null,
                                null,
                                null)),
                form(
                        "https://discord.com/api/webhooks/123456789012345678/AbC-tok_en",
                        new ChannelSettings.Discord(
                                URI.create("https://discord.com/api/webhooks/123456789012345678/AbC-tok_en"),
                                null,
                                null,
                                null)),
                form(
                        "https://discordapp.com/api/v10/webhooks/123456789012345678/AbC-tok_en",
                        new ChannelSettings.Discord(
                                URI.create("https://discordapp.com/api/v10/webhooks/123456789012345678/AbC-tok_en"),
                                null,
                                null,
                                null)),
                // Slack incoming webhooks
                form(
                        "slack://T1ABCDEF/B2GHIJKL/xyzXYZ0123",
                        new ChannelSettings.Slack(
                                URI.create("https://hooks.slack.com/services/T1ABCDEF/B2GHIJKL/xyzXYZ0123"))),
                form(
                        "https://hooks.slack.com/services/T1ABCDEF/B2GHIJKL/xyzXYZ0123",
                        new ChannelSettings.Slack(
                                URI.create("https://hooks.slack.com/services/T1ABCDEF/B2GHIJKL/xyzXYZ0123"))),
                // Telegram: chats in the path and in to=, a token written with its bot prefix
                form(
                        "tgram://123456789:AAH-bot_token/-1001234567890/42",
                        new ChannelSettings.Telegram(
                                URI.create("https://api.telegram.org"),
                                "123456789:AAH-bot_token",
                                List.of("-1001234567890", "42"))),
                form(
                        "tgram://bot123456789:AAH-bot_token?to=@callsheet_news,42",
                        new ChannelSettings.Telegram(
                                URI.create("https://api.telegram.org"),
                                "123456789:AAH-bot_token",
                                List.of("@callsheet_news", "42"))),
                form(
                        "tgram://123456789:AAH-bot_token",
                        new ChannelSettings.Telegram(
                                URI.create("https://api.telegram.org"), "123456789:AAH-bot_token", List.of())),
                // ntfy: a topic on ntfy.sh, user and password, a tk_ token as the user or as token=
                form(
                        "ntfy://callsheet-alerts",
                        new ChannelSettings.Ntfy(
                                URI.create("https://ntfy.sh"), "callsheet-alerts", null, null, null, null, List.of())),
                form(
                        "ntfys://alice:pa%2Fss@ntfy.example.org/admins?priority=high&tags=tv,warning",
                        new ChannelSettings.Ntfy(
                                URI.create("https://ntfy.example.org"),
                                "admins",
                                null,
                                "alice",
                                "pa/ss",
                                4,
                                List.of("tv", "warning"))),
                form(
                        "ntfy://tk_0123abcd@ntfy.lan:8080/admins",
                        new ChannelSettings.Ntfy(
                                URI.create("http://ntfy.lan:8080"),
                                "admins",
                                "tk_0123abcd",
                                null,
                                null,
                                null,
                                List.of())),
                form(
                        "ntfys://ntfy.example.org/admins?token=tk_0123abcd&priority=5",
                        new ChannelSettings.Ntfy(
                                URI.create("https://ntfy.example.org"),
                                "admins",
                                "tk_0123abcd",
                                null,
                                null,
                                5,
                                List.of())),
                // Gotify: the token is the last segment, a path before it is the server's
                form(
                        "gotifys://gotify.example.org/AbCdEf.123",
                        new ChannelSettings.Gotify(URI.create("https://gotify.example.org"), "AbCdEf.123", null)),
                form(
                        "gotify://gotify.lan:8080/apps/gotify/AbCdEf.123?priority=high",
                        new ChannelSettings.Gotify(URI.create("http://gotify.lan:8080/apps/gotify"), "AbCdEf.123", 8)),
                // Pushover: user key @ app token, devices in the path and in to=
                form(
                        "pover://" + USER_KEY + "@" + APP_TOKEN,
                        new ChannelSettings.Pushover(
                                URI.create("https://api.pushover.net"), APP_TOKEN, USER_KEY, List.of(), null)),
                form(
                        "pover://" + USER_KEY + "@" + APP_TOKEN + "/phone?to=tablet&priority=high",
                        new ChannelSettings.Pushover(
                                URI.create("https://api.pushover.net"),
                                APP_TOKEN,
                                USER_KEY,
                                List.of("phone", "tablet"),
                                1)),
                // E-mail: STARTTLS on 587 unless the mode says otherwise; the sender from the user and domain
                form(
                        "mailto://callsheet:pa55word@example.org?smtp=smtp.example.org&to=marge@example.org",
                        new ChannelSettings.Email(
                                "smtp.example.org",
                                587,
                                Security.STARTTLS,
                                "callsheet",
                                "pa55word",
                                "callsheet@example.org",
                                List.of("marge@example.org"))),
                form(
                        "mailtos://me%40example.org:pa55word@mail.example.org?mode=ssl&name=Callsheet",
                        new ChannelSettings.Email(
                                "mail.example.org",
                                465,
                                Security.TLS,
                                "me@example.org",
                                "pa55word",
                                "Callsheet <me@example.org>",
                                List.of("me@example.org"))),
                form(
                        "mailto://relay.lan:2525/ops@example.org/homer@example.org?from=callsheet@example.org&mode=insecure",
                        new ChannelSettings.Email(
                                "relay.lan",
                                2525,
                                Security.NONE,
                                null,
                                null,
                                "callsheet@example.org",
                                List.of("ops@example.org", "homer@example.org"))),
                // Matrix: token@host and a room id, completed with the host when it names no server
                form(
                        "matrixs://syt_abc_123@matrix.example.org/!RoomId:example.org",
                        new ChannelSettings.Matrix(
                                URI.create("https://matrix.example.org"), "syt_abc_123", "!RoomId:example.org")),
                form(
                        "matrix://matrix.lan:8008/!RoomId?token=syt_abc_123",
                        new ChannelSettings.Matrix(
                                URI.create("http://matrix.lan:8008"), "syt_abc_123", "!RoomId:matrix.lan")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void readsTheUrlAsTheChannelItNames(String url, ChannelSettings expected) {
        var settings = Bound.settings("callsheet.notifications.channels.one.url=" + url);

        assertThat(settings.channels()).containsExactly(Map.entry("one", expected));
    }

    private static Arguments form(String url, ChannelSettings expected) {
        return Arguments.of(url, expected);
    }
}
