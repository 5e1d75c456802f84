package dev.callsheet.adapters.notify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * A JSON webhook signed per the Standard Webhooks specification: {@code POST} of {@code {type,
 * timestamp, data}} with the headers {@code webhook-id} (the notice's id), {@code webhook-timestamp}
 * (this attempt's Unix seconds) and {@code webhook-signature} ({@code v1,} and the base64 HMAC-SHA256
 * of {@code id.timestamp.body}, keyed by the secret's bytes after {@code whsec_}).
 *
 * <p>Any 2xx is delivered. 410 Gone means the receiver wants no more and is permanent; a redirect is
 * permanent too and not followed (the signed body would go elsewhere); 408, 429 and 5xx are retried
 * after {@code Retry-After} when given; any other 4xx is permanent. The {@code webhook-id} is the same
 * on every try and receivers dedupe on it, as the specification asks of them, so an unknown outcome (no
 * answer after sending) is safe to retry: unlike the other channels, this one does not double.
 */
public final class WebhookChannel implements NoticeChannel {

    /** The specification advises bodies under about 20 kB; the text is the only part that grows. */
    static final int MAX_TEXT_CHARS = 8000;

    private static final String SECRET_PREFIX = "whsec_";

    private final ChannelSettings.Webhook settings;
    private final String channel;
    private final NoticeHttp http;
    private final SecretKeySpec key;
    private final Clock clock;

    /**
     * @param name the configured instance name, for messages
     * @throws IllegalArgumentException when the secret is not {@code whsec_} and base64
     */
    public WebhookChannel(ChannelSettings.Webhook settings, String name, WebClient.Builder builder, Duration timeout) {
        this(settings, name, builder, timeout, Clock.systemUTC());
    }

    WebhookChannel(
            ChannelSettings.Webhook settings, String name, WebClient.Builder builder, Duration timeout, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.channel = "Webhook " + name;
        this.key = new SecretKeySpec(secretBytes(settings.secret(), channel), "HmacSHA256");
        this.http = new NoticeHttp(channel, builder, timeout);
        this.clock = clock;
    }

    @Override
    public Mono<Sent> send(Notice notice) {
        return Mono.defer(() -> {
            Instant now = clock.instant();
            String timestamp = Long.toString(now.getEpochSecond());
            byte[] body = NoticeHttp.json(payload(notice, now));
            String signature = signature(notice.id(), timestamp, body);
            return http.exchange(HttpMethod.POST, settings.url(), MediaType.APPLICATION_JSON, body, headers -> {
                        headers.set("webhook-id", notice.id());
                        headers.set("webhook-timestamp", timestamp);
                        headers.set("webhook-signature", signature);
                    })
                    .map(this::read);
        });
    }

    /** The receiver is the caller's own service; the specification states no rate. */
    @Override
    public Pace pace() {
        return Pace.UNLIMITED;
    }

    @Override
    public boolean dedupes() {
        return true;
    }

    private static byte[] secretBytes(String secret, String channel) {
        String invalid = channel + ": the secret must be 'whsec_' followed by base64 (the secret is not shown)";
        if (!secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException(invalid);
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
            if (bytes.length == 0) {
                throw new IllegalArgumentException(invalid);
            }
            return bytes;
        } catch (IllegalArgumentException notBase64) {
            // The decoder's message quotes the offending character of the secret.
            throw new IllegalArgumentException(invalid);
        }
    }

    /** {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}, over the body's exact bytes. */
    String signature(String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // Every Java runtime has HmacSHA256, and any non-empty key fits it.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * {@code type} is {@code notice.} and the event, with the characters the specification does not
     * allow in a type ({@code -}) as {@code _}; {@code data} holds the notice's fields, its own {@code
     * data} map among them.
     */
    private static Map<String, Object> payload(Notice notice, Instant now) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", notice.id());
        data.put("event", notice.event());
        data.put("title", notice.title());
        data.put("text", trimmed(notice.text()));
        putIfPresent(data, "link", notice.link());
        putIfPresent(data, "imageUrl", notice.imageUrl());
        data.put(
                "actions",
                notice.actions().stream()
                        .map(action -> Map.of(
                                "label", action.label(), "url", action.url().toString()))
                        .toList());
        Recipient recipient = notice.recipient();
        if (recipient != null) {
            Map<String, Object> person = new LinkedHashMap<>();
            person.put("name", recipient.name());
            putIfPresent(person, "discordId", recipient.discordId());
            putIfPresent(person, "telegramChatId", recipient.telegramChatId());
            putIfPresent(person, "email", recipient.email());
            data.put("recipient", person);
        }
        data.put("data", notice.data());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", "notice." + notice.event().replaceAll("[^A-Za-z0-9_.]", "_"));
        payload.put("timestamp", now.toString());
        payload.put("data", data);
        return payload;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value.toString());
        }
    }

    /** Whole lines up to {@link #MAX_TEXT_CHARS}, then {@code … and N more} for the lines left out. */
    static String trimmed(String text) {
        if (text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        List<String> lines = text.lines().toList();
        StringBuilder kept = new StringBuilder();
        int count = 0;
        for (String line : lines) {
            String tail = "\n… and " + (lines.size() - count) + " more";
            if (kept.length() + line.length() + 1 + tail.length() > MAX_TEXT_CHARS) {
                break;
            }
            kept.append(count == 0 ? "" : "\n").append(line);
            count++;
        }
        String more = "… and " + (lines.size() - count) + " more";
        return count == 0 ? more : kept + "\n" + more;
    }

    private Sent read(NoticeHttp.Answer answer) {
        if (answer.ok()) {
            return new Sent(null);
        }
        if (answer.status() == 410) {
            throw DeliveryFailure.permanent(
                    channel + " answered HTTP 410: the endpoint is gone and asks for no more deliveries");
        }
        if (answer.status() >= 300 && answer.status() < 400) {
            throw DeliveryFailure.permanent(
                    channel + " answered HTTP " + answer.status() + ": a redirect, which is not followed");
        }
        throw answer.failure(channel, reason(answer.body()));
    }

    /** The start of the receiver's body, on one line: receivers' error bodies have no common form. */
    private static String reason(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
