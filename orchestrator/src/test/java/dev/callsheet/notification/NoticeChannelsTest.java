package dev.callsheet.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.adapters.notify.ChannelSettings;
import dev.callsheet.adapters.notify.DiscordChannel;
import dev.callsheet.adapters.notify.EmailChannel;
import dev.callsheet.adapters.notify.GotifyChannel;
import dev.callsheet.adapters.notify.SlackChannel;
import dev.callsheet.adapters.notify.TelegramChannel;
import dev.callsheet.adapters.notify.WebhookChannel;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

/** One channel per configured instance, by name, of every type. */
class NoticeChannelsTest {

    private static final String DISCORD_TOKEN = "discord-webhook-token";

    @Test
    void buildsOneChannelPerInstance() {
        var channels = NoticeChannels.of(
                Map.of(
                        "home-gotify", new ChannelSettings.Gotify(URI.create("http://gotify.lan"), "app-token", null),
                        "signed",
                                new ChannelSettings.Webhook(
                                        URI.create("https://hooks.example.org/in"), "whsec_c2VjcmV0")),
                WebClient.builder(),
                Duration.ofSeconds(5));

        assertThat(channels.all()).containsOnlyKeys("home-gotify", "signed");
        assertThat(channels.get("home-gotify")).get().isInstanceOf(GotifyChannel.class);
        assertThat(channels.get("signed")).get().isInstanceOf(WebhookChannel.class);
        assertThat(channels.get("nope")).isEmpty();
    }

    @Test
    void buildsEveryTypeOfChannel() {
        var channels = NoticeChannels.of(
                Map.of(
                        "family-discord",
                        new ChannelSettings.Discord(
                                URI.create("https://discord.com/api/webhooks/123/" + DISCORD_TOKEN), null, null, null),
                        "team-slack",
                        new ChannelSettings.Slack(URI.create("https://hooks.slack.com/services/T1/B1/X1")),
                        "bot",
                        new ChannelSettings.Telegram(
                                URI.create("https://api.telegram.org"), "123456:ABC", List.of("-100123")),
                        "mail",
                        new ChannelSettings.Email(
                                "smtp.example.org",
                                587,
                                ChannelSettings.Email.Security.STARTTLS,
                                null,
                                null,
                                "callsheet@example.org",
                                List.of())),
                WebClient.builder(),
                Duration.ofSeconds(5));

        assertThat(channels.get("family-discord")).get().isInstanceOf(DiscordChannel.class);
        assertThat(channels.get("team-slack")).get().isInstanceOf(SlackChannel.class);
        assertThat(channels.get("bot")).get().isInstanceOf(TelegramChannel.class);
        assertThat(channels.get("mail")).get().isInstanceOf(EmailChannel.class);
    }
}
