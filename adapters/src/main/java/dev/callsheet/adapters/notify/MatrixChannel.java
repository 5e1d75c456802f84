package dev.callsheet.adapters.notify;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A Matrix room, sent to with an access token: {@code PUT
 * {hs}/_matrix/client/v3/rooms/{roomId}/send/m.room.message/{txnId}}, an {@code m.text} with the plain
 * {@code body} and an {@code org.matrix.custom.html} {@code formatted_body} (title in bold, the
 * person's name, the text, the link and the actions as links) and an empty {@code m.mentions}, so
 * nobody is pinged. The content stays within 60,000 bytes, leaving room under Matrix's 65,536-byte
 * event for what the homeserver adds. The poster is not sent: Matrix shows only images uploaded to it.
 *
 * <p><b>A retry is safe, even after an unknown outcome.</b> The transaction id is derived from the
 * notice's id alone (a SHA-256, base64url: URL-safe and the same on every try), and a homeserver answers
 * a repeated transaction with the first one's {@code event_id} instead of posting again. The bound:
 * the same access token's device, and (on Synapse) within 30 to 60 minutes, as the homeserver keeps
 * transactions in memory only. A send that timed out still fails with {@link
 * DeliveryFailure.Kind#UNKNOWN_OUTCOME}, as it may have gone out, but retrying it with the same notice
 * does not double it.
 *
 * <p>429 {@code M_LIMIT_EXCEEDED} is retried after {@code Retry-After}, else the deprecated {@code
 * retry_after_ms}; 5xx too. 401 {@code M_UNKNOWN_TOKEN}, 403 {@code M_FORBIDDEN} (not in the room),
 * 400 and 413 are permanent, with the errcode and Matrix's words.
 */
public final class MatrixChannel implements NoticeChannel {

    static final int CONTENT_LIMIT_BYTES = 60_000;

    private final ChannelSettings.Matrix settings;
    private final String channel;
    private final NoticeHttp http;
    private final String sendPath;

    public MatrixChannel(ChannelSettings.Matrix settings, String name, WebClient.Builder builder, Duration timeout) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.channel = "Matrix " + name;
        if (!settings.roomId().startsWith("!")) {
            throw new IllegalArgumentException(
                    channel + ": the room must be a room id (!abc:example.org), not an alias; " + settings.roomId());
        }
        this.http = new NoticeHttp(channel, builder, timeout);
        String base = settings.homeserver().toString();
        this.sendPath = (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/_matrix/client/v3/rooms/"
                + segment(settings.roomId()) + "/send/m.room.message/";
    }

    @Override
    public Mono<Sent> send(Notice notice) {
        URI uri = URI.create(sendPath + transactionId(notice.id()));
        byte[] body = NoticeHttp.json(content(notice));
        return http.exchange(
                        HttpMethod.PUT,
                        uri,
                        MediaType.APPLICATION_JSON,
                        body,
                        headers -> headers.setBearerAuth(settings.accessToken()))
                .flatMap(answer -> answer.ok() ? Mono.just(new Sent(receipt(answer))) : Mono.error(failure(answer)));
    }

    /** The homeserver sets its own limits and says when they are hit: Callsheet follows its 429s. */
    @Override
    public Pace pace() {
        return Pace.UNLIMITED;
    }

    @Override
    public boolean dedupes() {
        return true;
    }

    /** The same for every try of a notice, and only for it: SHA-256 of its id, base64url without padding. */
    static String transactionId(String noticeId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(noticeId.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static Map<String, Object> content(Notice notice) {
        ToIntFunction<String> bytes = candidate -> NoticeHttp.json(content(notice, candidate)).length;
        String text = TextBudget.fit(notice.text(), CONTENT_LIMIT_BYTES, line -> line, bytes);
        return content(notice, text);
    }

    private static Map<String, Object> content(Notice notice, String text) {
        List<String> plain = new ArrayList<>();
        List<String> html = new ArrayList<>();
        plain.add(notice.title());
        html.add("<b>" + escaped(notice.title()) + "</b>");
        if (notice.recipient() != null) {
            plain.add("For " + notice.recipient().name());
            html.add("For " + escaped(notice.recipient().name()));
        }
        text.lines().forEach(line -> {
            plain.add(line);
            html.add(escaped(line));
        });
        if (notice.link() != null) {
            plain.add(notice.link().toString());
            html.add(anchor(notice.link().toString(), notice.link().toString()));
        }
        for (NoticeAction action : notice.actions()) {
            plain.add(action.label() + ": " + action.url());
            html.add(anchor(action.url().toString(), action.label()));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("msgtype", "m.text");
        json.put("body", String.join("\n", plain));
        json.put("format", "org.matrix.custom.html");
        json.put("formatted_body", String.join("<br>", html));
        json.put("m.mentions", Map.of());
        return json;
    }

    private static String anchor(String url, String label) {
        return "<a href=\"" + escaped(url) + "\">" + escaped(label) + "</a>";
    }

    private static String escaped(String plain) {
        return plain.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** A path segment with everything but unreserved characters percent-encoded ({@code !} and {@code :} too). */
    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String receipt(NoticeHttp.Answer answer) {
        String eventId = NoticeHttp.tree(answer.body()).path("event_id").asString("");
        return eventId.isEmpty() ? null : eventId;
    }

    private DeliveryFailure failure(NoticeHttp.Answer answer) {
        JsonNode error = NoticeHttp.tree(answer.body());
        String errcode = error.path("errcode").asString("");
        String words = error.path("error").asString("");
        String reason = errcode.isEmpty() ? words : words.isEmpty() ? errcode : errcode + " " + words;
        if (answer.status() == 429) {
            Duration wait = answer.retryAfterHeader().orElseGet(() -> retryAfterMs(error));
            return DeliveryFailure.retry(channel + " answered HTTP 429: " + reason, wait);
        }
        return answer.failure(channel, reason);
    }

    private static Duration retryAfterMs(JsonNode error) {
        JsonNode millis = error.path("retry_after_ms");
        return millis.isNumber() ? Duration.ofMillis(millis.asLong()) : null;
    }
}
