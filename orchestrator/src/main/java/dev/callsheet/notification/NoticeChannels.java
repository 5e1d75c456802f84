package dev.callsheet.notification;

import dev.callsheet.adapters.notify.ChannelSettings;
import dev.callsheet.adapters.notify.DiscordChannel;
import dev.callsheet.adapters.notify.EmailChannel;
import dev.callsheet.adapters.notify.GotifyChannel;
import dev.callsheet.adapters.notify.MatrixChannel;
import dev.callsheet.adapters.notify.NoticeChannel;
import dev.callsheet.adapters.notify.NtfyChannel;
import dev.callsheet.adapters.notify.PushoverChannel;
import dev.callsheet.adapters.notify.SlackChannel;
import dev.callsheet.adapters.notify.TelegramChannel;
import dev.callsheet.adapters.notify.WebhookChannel;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.web.reactive.function.client.WebClient;

/** The configured channel instances, one {@link NoticeChannel} each, by their configured names. */
public final class NoticeChannels {

    private final Map<String, NoticeChannel> channels;

    public NoticeChannels(Map<String, NoticeChannel> channels) {
        this.channels = Collections.unmodifiableMap(new TreeMap<>(channels));
    }

    /**
     * Builds every instance in {@code settings}.
     *
     * @param timeout how long one send may wait for the channel's answer
     */
    static NoticeChannels of(Map<String, ChannelSettings> settings, WebClient.Builder builder, Duration timeout) {
        Map<String, NoticeChannel> channels = new TreeMap<>();
        settings.forEach((name, channel) -> channels.put(name, channel(name, channel, builder, timeout)));
        return new NoticeChannels(channels);
    }

    private static NoticeChannel channel(
            String name, ChannelSettings settings, WebClient.Builder builder, Duration timeout) {
        // Each channel gets a builder of its own: one channel's customising must not reach another's.
        return switch (settings) {
            case ChannelSettings.Ntfy ntfy -> new NtfyChannel(ntfy, name, builder.clone(), timeout);
            case ChannelSettings.Gotify gotify -> new GotifyChannel(gotify, name, builder.clone(), timeout);
            case ChannelSettings.Pushover pushover -> new PushoverChannel(pushover, name, builder.clone(), timeout);
            case ChannelSettings.Matrix matrix -> new MatrixChannel(matrix, name, builder.clone(), timeout);
            case ChannelSettings.Webhook webhook -> new WebhookChannel(webhook, name, builder.clone(), timeout);
            case ChannelSettings.Email email -> new EmailChannel(email, name, timeout);
            case ChannelSettings.Discord discord -> new DiscordChannel(discord, name, builder.clone(), timeout);
            case ChannelSettings.Slack slack -> new SlackChannel(slack, name, builder.clone(), timeout);
            case ChannelSettings.Telegram telegram -> new TelegramChannel(telegram, name, builder.clone(), timeout);
        };
    }

    /** The instance called {@code name}. */
    public Optional<NoticeChannel> get(String name) {
        return Optional.ofNullable(channels.get(name));
    }

    /** Every instance, by name, in name order. */
    public Map<String, NoticeChannel> all() {
        return channels;
    }
}
