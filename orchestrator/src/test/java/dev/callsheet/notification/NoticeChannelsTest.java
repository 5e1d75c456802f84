package dev.callsheet.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.callsheet.adapters.notify.ChannelSettings;
import dev.callsheet.adapters.notify.GotifyChannel;
import dev.callsheet.adapters.notify.WebhookChannel;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.reactive.function.client.WebClient;

/** One channel per configured instance, by name; a type not built yet stops the start by name. */
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
    void refusesAChannelTypeNotBuiltYetWithoutItsSecret() {
        var discord = new ChannelSettings.Discord(
                URI.create("https://discord.com/api/webhooks/123/" + DISCORD_TOKEN), null, null, null);

        assertThatThrownBy(() -> NoticeChannels.of(
                        Map.of("family-discord", discord), WebClient.builder(), Duration.ofSeconds(5)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("family-discord")
                .hasMessageContaining("discord channel is not built yet")
                .message()
                .doesNotContain(DISCORD_TOKEN);
    }
}
