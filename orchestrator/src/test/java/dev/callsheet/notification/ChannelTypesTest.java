package dev.callsheet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.notify.ChannelSettings;
import dev.callsheet.adapters.notify.ChannelSettings.Email.Security;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each channel type declared with its own keys, to its exact settings; defaults where keys are left out. */
class ChannelTypesTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    static Stream<Arguments> types() {
        return Stream.of(
                declared(
                        new ChannelSettings.Discord(
                                URI.create("http://localhost:8089/api/webhooks/123/abc"),
                                "456",
                                "Callsheet",
                                URI.create("https://example.org/cs.png")),
                        "type=discord",
                        "url=http://localhost:8089/api/webhooks/123/abc",
                        "thread-id=456",
                        "username=Callsheet",
                        "avatar-url=https://example.org/cs.png"),
                declared(
                        new ChannelSettings.Slack(URI.create("http://localhost:8089/services/T1/B2/x3")),
                        "type=slack",
                        "url=http://localhost:8089/services/T1/B2/x3"),
                declared(
                        new ChannelSettings.Telegram(
                                URI.create("http://localhost:8081"), "123456789:AAH-bot_token", List.of("42", "@news")),
                        "type=telegram",
                        "url=http://localhost:8081",
                        "token=123456789:AAH-bot_token",
                        "chat-ids=42,@news"),
                declared(
                        new ChannelSettings.Ntfy(
                                URI.create("https://ntfy.sh"), "callsheet", null, null, null, null, List.of()),
                        "type=ntfy",
                        "topic=callsheet"),
                declared(
                        new ChannelSettings.Ntfy(
                                URI.create("https://ntfy.example.org/ntfy"),
                                "admins",
                                null,
                                "alice",
                                "pa55",
                                2,
                                List.of("tv")),
                        "type=ntfy",
                        "url=https://ntfy.example.org/ntfy/",
                        "topic=admins",
                        "username=alice",
                        "password=pa55",
                        "priority=low",
                        "tags=tv"),
                declared(
                        new ChannelSettings.Gotify(URI.create("https://gotify.example.org"), "AbCdEf.123", 5),
                        "type=gotify",
                        "url=https://gotify.example.org/",
                        "app-token=AbCdEf.123",
                        "priority=5"),
                declared(
                        new ChannelSettings.Pushover(
                                URI.create("https://api.pushover.net"),
                                "azGDORePK8gMaC0QOYAMyEEuzJnyUi",
                                "uQiRzpo4DXghDmr9QzzfQu27cmVRsG",
                                List.of("phone"),
                                -1),
                        "type=pushover",
                        "app-token=azGDORePK8gMaC0QOYAMyEEuzJnyUi",
                        "user-key=uQiRzpo4DXghDmr9QzzfQu27cmVRsG",
                        "devices=phone",
                        "priority=-1"),
                declared(
                        new ChannelSettings.Email(
                                "smtp.example.org",
                                587,
                                Security.STARTTLS,
                                "callsheet",
                                "pa55",
                                "Callsheet <callsheet@example.org>",
                                List.of()),
                        "type=email",
                        "host=smtp.example.org",
                        "username=callsheet",
                        "password=pa55",
                        "from=Callsheet <callsheet@example.org>"),
                declared(
                        new ChannelSettings.Email(
                                "mail.lan", 25, Security.NONE, null, null, "callsheet@example.org", List.of("a@b.org")),
                        "type=email",
                        "host=mail.lan",
                        "security=none",
                        "from=callsheet@example.org",
                        "to=a@b.org"),
                declared(
                        new ChannelSettings.Email(
                                "smtp.example.org", 465, Security.TLS, null, null, "callsheet@example.org", List.of()),
                        "type=email",
                        "host=smtp.example.org",
                        "security=TLS",
                        "from=callsheet@example.org"),
                declared(
                        new ChannelSettings.Matrix(
                                URI.create("https://matrix.example.org"), "syt_abc", "!room:example.org"),
                        "type=matrix",
                        "url=https://matrix.example.org/",
                        "token=syt_abc",
                        "room-id=!room:example.org"),
                declared(
                        new ChannelSettings.Webhook(URI.create("https://hooks.example.org/callsheet"), SECRET),
                        "type=webhook",
                        "url=https://hooks.example.org/callsheet",
                        "secret=" + SECRET));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void readsTheTypesKeys(ChannelSettings expected, List<String> keys) {
        var settings = Bound.settings(keys.stream()
                .map(key -> "callsheet.notifications.channels.one." + key)
                .toArray(String[]::new));

        assertThat(settings.channels()).containsExactly(Map.entry("one", expected));
    }

    private static Arguments declared(ChannelSettings expected, String... keys) {
        return Arguments.of(expected, Arrays.asList(keys));
    }
}
