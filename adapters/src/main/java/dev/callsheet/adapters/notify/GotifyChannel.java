package dev.callsheet.adapters.notify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A Gotify application. Posts to {@code {base}/message} with the application token in {@code
 * X-Gotify-Key} (a header, so the token is in no URL a proxy logs). The message is Markdown, declared
 * through the {@code client::display} extra: the notice's plain text escaped so that it shows as
 * written, one line each, the person's name first (an application has no addressee) and the actions as
 * links. The link goes in {@code client::notification.click.url}, the poster in {@code
 * client::notification.bigImageUrl}.
 *
 * <p>Gotify documents no message limit; Callsheet keeps the message within 8 KiB, more than a phone
 * shows. Gotify has no rate limit and no 429: 5xx and an unreachable server (a home server rebooting)
 * are retried, 400, 401 and 403 are permanent with Gotify's {@code errorDescription}. Gotify does not
 * dedupe: a retry after an unknown outcome may show the notice twice.
 */
public final class GotifyChannel implements NoticeChannel {

    static final int MESSAGE_LIMIT_BYTES = 8 * 1024;

    private static final String MARKDOWN_SPECIALS = "\\`*_[]<>#|~&";

    private final ChannelSettings.Gotify settings;
    private final String channel;
    private final NoticeHttp http;
    private final URI messageUri;

    public GotifyChannel(ChannelSettings.Gotify settings, String name, WebClient.Builder builder, Duration timeout) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.channel = "Gotify " + name;
        if (settings.priority() != null && (settings.priority() < 0 || settings.priority() > 10)) {
            throw new IllegalArgumentException(channel + ": the priority must be 0 to 10");
        }
        this.http = new NoticeHttp(channel, builder, timeout);
        String base = settings.baseUrl().toString();
        this.messageUri = URI.create((base.endsWith("/") ? base : base + "/") + "message");
    }

    @Override
    public Mono<Sent> send(Notice notice) {
        byte[] body = NoticeHttp.json(message(notice));
        return http.exchange(
                        HttpMethod.POST,
                        messageUri,
                        MediaType.APPLICATION_JSON,
                        body,
                        headers -> headers.set("X-Gotify-Key", settings.appToken()))
                .flatMap(answer -> answer.ok()
                        ? Mono.just(new Sent(receipt(answer)))
                        : Mono.error(answer.failure(channel, reason(answer))));
    }

    @Override
    public Pace pace() {
        return Pace.UNLIMITED;
    }

    private Map<String, Object> message(Notice notice) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", notice.title());
        json.put("message", markdown(notice));
        if (settings.priority() != null) {
            json.put("priority", settings.priority());
        }
        Map<String, Object> notification = new LinkedHashMap<>();
        if (notice.link() != null) {
            notification.put("click", Map.of("url", notice.link().toString()));
        }
        if (notice.imageUrl() != null) {
            notification.put("bigImageUrl", notice.imageUrl().toString());
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("client::display", Map.of("contentType", "text/markdown"));
        if (!notification.isEmpty()) {
            extras.put("client::notification", notification);
        }
        json.put("extras", extras);
        return json;
    }

    private static String markdown(Notice notice) {
        String before = notice.recipient() == null
                ? ""
                : "**For " + escaped(notice.recipient().name()) + "**";
        List<String> after = notice.actions().stream()
                .map(action -> "[" + escaped(action.label()) + "](<" + action.url() + ">)")
                .toList();
        String text = TextBudget.fit(
                notice.text(), MESSAGE_LIMIT_BYTES, line -> line, candidate -> joined(before, candidate, after)
                        .getBytes(StandardCharsets.UTF_8)
                        .length);
        return joined(before, text, after);
    }

    /**
     * The parts, one line each: a Markdown line break (two spaces before the newline) keeps the lines
     * apart, where a bare newline would run them into one paragraph.
     */
    private static String joined(String before, String text, List<String> after) {
        List<String> lines = new ArrayList<>();
        if (!before.isEmpty()) {
            lines.add(before);
        }
        text.lines().map(GotifyChannel::escaped).forEach(lines::add);
        lines.addAll(after);
        return String.join("  \n", lines);
    }

    /** Plain text that Markdown shows as written: each character with a meaning behind a backslash. */
    static String escaped(String plain) {
        StringBuilder out = new StringBuilder(plain.length() + 8);
        plain.codePoints().forEach(c -> {
            if (c < 128 && MARKDOWN_SPECIALS.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(c);
        });
        return out.toString();
    }

    private static String receipt(NoticeHttp.Answer answer) {
        String id = NoticeHttp.tree(answer.body()).path("id").asString("");
        return id.isEmpty() ? null : id;
    }

    private static String reason(NoticeHttp.Answer answer) {
        JsonNode error = NoticeHttp.tree(answer.body());
        String description = error.path("errorDescription").asString("");
        return description.isEmpty() ? error.path("error").asString("") : description;
    }
}
