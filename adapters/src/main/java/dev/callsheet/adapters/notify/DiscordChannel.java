package dev.callsheet.adapters.notify;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A Discord webhook: one message with one embed (title, text, link, poster as thumbnail, a colour per
 * event, the actions as links), mentioning the recipient when their Discord id is known and allowing
 * that one mention only, so an {@code @everyone} in a title pings nobody. Sent with {@code wait=true}:
 * the 200 carries the message's id, so success is definite.
 */
public final class DiscordChannel implements NoticeChannel {

    /** Discord's staff gave execute-webhook as 5 requests per 2 s; the docs give no number. */
    private static final Pace PACE = new Pace(5, Duration.ofSeconds(2));

    // Embed limits (message.mdx "Embed Limits"). With one embed, a title, a description and one field
    // stay below the 6000 characters all embeds may hold together: 256 + 4096 + 5 + 1024.
    static final int TITLE_LIMIT = 256;
    static final int DESCRIPTION_LIMIT = 4096;
    static final int FIELD_VALUE_LIMIT = 1024;
    static final int CONTENT_LIMIT = 2000;
    private static final String LINKS_FIELD = "Links";

    private static final Pattern SNOWFLAKE = Pattern.compile("\\d{1,20}");
    private static final Pattern MARKDOWN = Pattern.compile("([\\\\*_~`|<>\\[\\]#])");
    private static final Pattern LINE_START_MARKDOWN = Pattern.compile("(?m)^(\\s*)([-+]|\\d+\\.)(?=\\s)");

    private final String channel;
    private final URI executeUrl;
    private final String token;
    private final ChannelSettings.Discord settings;
    private final NoticeHttp http;

    /**
     * @param name the configured instance name, for messages
     * @param timeout for connecting, and again for Discord's answer
     */
    public DiscordChannel(ChannelSettings.Discord settings, String name, WebClient.Builder builder, Duration timeout) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.channel = "Discord webhook " + name;
        if (settings.threadId() != null
                && !SNOWFLAKE.matcher(settings.threadId()).matches()) {
            throw new IllegalArgumentException(channel + ": the thread id must be a Discord id (digits)");
        }
        UriComponentsBuilder url =
                UriComponentsBuilder.fromUri(settings.webhookUrl()).replaceQueryParam("wait", "true");
        if (settings.threadId() != null) {
            url.replaceQueryParam("thread_id", settings.threadId());
        }
        this.executeUrl = url.build(true).toUri();
        String path = settings.webhookUrl().getRawPath();
        this.token = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
        this.http = new NoticeHttp(channel, builder, timeout);
    }

    @Override
    public Mono<Sent> send(Notice notice) {
        return http.exchange(
                        HttpMethod.POST, executeUrl, MediaType.APPLICATION_JSON, NoticeHttp.json(body(notice)), h -> {})
                .map(this::read);
    }

    @Override
    public Pace pace() {
        return PACE;
    }

    private Map<String, Object> body(Notice notice) {
        Map<String, Object> body = new LinkedHashMap<>();
        Recipient recipient = notice.recipient();
        if (recipient != null
                && recipient.discordId() != null
                && SNOWFLAKE.matcher(recipient.discordId()).matches()) {
            body.put("content", "<@" + recipient.discordId() + ">");
            body.put("allowed_mentions", Map.of("users", List.of(recipient.discordId())));
        } else {
            if (recipient != null) {
                body.put("content", TextBudget.cut("For " + recipient.name(), CONTENT_LIMIT, DiscordChannel::escape));
            }
            // Webhooks parse user mentions by default; a notice mentions nobody it was not meant to.
            body.put("allowed_mentions", Map.of("parse", List.of()));
        }
        if (settings.username() != null) {
            body.put("username", settings.username());
        }
        if (settings.avatarUrl() != null) {
            body.put("avatar_url", settings.avatarUrl().toString());
        }
        body.put("embeds", List.of(embed(notice)));
        return body;
    }

    private static Map<String, Object> embed(Notice notice) {
        Map<String, Object> embed = new LinkedHashMap<>();
        embed.put("title", TextBudget.cut(notice.title().strip(), TITLE_LIMIT, DiscordChannel::escape));
        String description = TextBudget.fit(notice.text().strip(), DESCRIPTION_LIMIT, DiscordChannel::escape);
        if (!description.isEmpty()) {
            embed.put("description", description);
        }
        // Discord refuses the whole message for an embed URL or thumbnail that is not http(s).
        if (isWeb(notice.link())) {
            embed.put("url", notice.link().toString());
        }
        embed.put("color", colour(notice.event()));
        if (isWeb(notice.imageUrl())) {
            embed.put("thumbnail", Map.of("url", notice.imageUrl().toString()));
        }
        String links = links(notice.actions());
        if (!links.isEmpty()) {
            embed.put("fields", List.of(Map.of("name", LINKS_FIELD, "value", links, "inline", false)));
        }
        return embed;
    }

    /** The actions as markdown links, one a line, as many as the field holds, then "… and N more". */
    private static String links(List<NoticeAction> actions) {
        List<String> lines = new ArrayList<>();
        for (NoticeAction action : actions) {
            // Parentheses would end the link's target early; percent-encoded they mean the same URL.
            String target = action.url().toString().replace("(", "%28").replace(")", "%29");
            lines.add("[" + escape(action.label().strip()) + "](" + target + ")");
        }
        return TextBudget.fit(String.join("\n", lines), FIELD_VALUE_LIMIT, line -> line);
    }

    /** Discord markdown escaped with backslashes, so a title like {@code M*A*S*H} reads as written. */
    static String escape(String text) {
        String escaped = MARKDOWN.matcher(text).replaceAll("\\\\$1");
        return LINE_START_MARKDOWN.matcher(escaped).replaceAll("$1\\\\$2");
    }

    private static boolean isWeb(URI url) {
        return url != null && ("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()));
    }

    private static int colour(String event) {
        return switch (event) {
            case "available" -> 0x2ECC71;
            case "approved" -> 0x3498DB;
            case "needs-approval" -> 0xF1C40F;
            case "declined", "failed", "stuck" -> 0xE74C3C;
            default -> 0x95A5A6;
        };
    }

    private Sent read(NoticeHttp.Answer answer) {
        if (answer.ok()) {
            JsonNode id = NoticeHttp.tree(answer.body()).path("id");
            return new Sent(id.isString() ? id.stringValue() : null);
        }
        JsonNode error = NoticeHttp.tree(answer.body());
        String reason = reason(error);
        if (answer.status() == 429) {
            JsonNode retryAfter = error.path("retry_after");
            // The body's float seconds are more precise than the header's rounded-up integer.
            Duration wait = retryAfter.isNumber()
                    ? Duration.ofMillis(Math.round(retryAfter.doubleValue() * 1000))
                    : answer.retryAfterHeader().orElse(null);
            String scope =
                    error.path("global").isBoolean() && error.path("global").booleanValue()
                            ? " (global: every webhook from here waits)"
                            : "";
            throw DeliveryFailure.retry(
                    channel + " answered HTTP 429" + (reason == null ? "" : ": " + reason) + scope, wait);
        }
        throw answer.failure(channel, reason);
    }

    /** Discord's {@code message (code n)}; null when the body is not Discord's error JSON. */
    private String reason(JsonNode error) {
        JsonNode message = error.path("message");
        if (!message.isString() || message.stringValue().isBlank()) {
            return null;
        }
        String code = error.path("code").isIntegralNumber()
                ? " (code " + error.path("code").intValue() + ")"
                : "";
        // Discord's messages are fixed texts; should one ever repeat the URL, the token still stays out.
        String text = message.stringValue().strip();
        return (token.isEmpty() ? text : text.replace(token, "***")) + code;
    }
}
