package dev.callsheet.adapters.notify;

import java.net.URI;
import java.net.URISyntaxException;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A Telegram bot: {@code sendPhoto} with the poster and the notice as its caption, else {@code
 * sendMessage}; HTML formatting with the title in bold (a link to the notice's link) and a URL button per
 * action. It goes to the recipient's own chat when their chat id is known, else to each configured chat.
 *
 * <p>With several configured chats the first one decides: its failure is the notice's failure (nothing
 * went out yet, so a retry doubles nothing); once it has the message, the other chats get theirs once,
 * and one that refuses is noted in the receipt instead of failing the notice, which a retry would send
 * again to every chat that already has it.
 *
 * <p>A refusal with 400 sent nothing, so it is answered at once where a smaller message can pass: a
 * group that became a supergroup ({@code migrate_to_chat_id}) gets the message at its new id (noted in
 * the receipt, for the configuration to follow); a poster Telegram cannot use falls back to the text
 * alone; buttons Telegram refuses (a URL on a LAN host such as {@code http://nas:5055}) fall back to the
 * links written out as text. The bot token, part of every request's path, appears in no failure.
 */
public final class TelegramChannel implements NoticeChannel {

    // Counted after entity parsing, that is in visible characters: tags and escapes do not count.
    static final int MESSAGE_LIMIT = 4096;
    static final int CAPTION_LIMIT = 1024;
    static final int TITLE_LIMIT = 256;

    /** "In a single chat, avoid sending more than one message per second" (Telegram's bot FAQ). */
    private static final Pace PRIVATE_CHATS = new Pace(1, Duration.ofSeconds(1));
    /** "In a group, bots are not able to send more than 20 messages per minute." */
    private static final Pace GROUPS = new Pace(20, Duration.ofMinutes(1));

    private static final Pattern NUMERIC_ID = Pattern.compile("-?\\d{1,18}");

    /** How a message is shaped; each next shape is what is left when Telegram refused the one before. */
    private enum Shape {
        PHOTO,
        MESSAGE,
        TEXT_ONLY
    }

    private final String channel;
    private final String token;
    private final List<String> chats;
    private final URI sendPhoto;
    private final URI sendMessage;
    private final Pace pace;
    private final NoticeHttp http;

    /**
     * @param name the configured instance name, for messages
     * @param timeout for connecting, and again for Telegram's answer
     */
    public TelegramChannel(
            ChannelSettings.Telegram settings, String name, WebClient.Builder builder, Duration timeout) {
        Objects.requireNonNull(settings, "settings");
        this.channel = "Telegram bot " + name;
        this.token = settings.botToken();
        this.chats = settings.chatIds();
        this.sendPhoto = method(settings, "sendPhoto");
        this.sendMessage = method(settings, "sendMessage");
        // Groups and channels have negative ids or a @name; private chats, positive ids.
        this.pace =
                chats.stream().anyMatch(chat -> chat.startsWith("-") || chat.startsWith("@")) ? GROUPS : PRIVATE_CHATS;
        this.http = new NoticeHttp(channel, builder, timeout);
    }

    private URI method(ChannelSettings.Telegram settings, String method) {
        String base = settings.apiBase().toString().replaceAll("/+$", "");
        try {
            return new URI(base + "/bot" + token + "/" + method);
        } catch (URISyntaxException e) {
            // The exception's message would quote the URL, token included.
            throw new IllegalArgumentException(channel + ": the bot token has characters a URL path cannot hold");
        }
    }

    @Override
    public Mono<Sent> send(Notice notice) {
        Recipient recipient = notice.recipient();
        if (recipient != null
                && recipient.telegramChatId() != null
                && !recipient.telegramChatId().isBlank()) {
            return deliver(notice, recipient.telegramChatId().strip(), false);
        }
        if (chats.isEmpty()) {
            return Mono.error(DeliveryFailure.permanent(
                    channel + " has no chat to send to: the notice names no Telegram chat and none is configured"));
        }
        boolean named = recipient != null;
        Mono<Sent> first = deliver(notice, chats.getFirst(), named);
        if (chats.size() == 1) {
            return first;
        }
        return first.flatMap(sent -> Flux.fromIterable(chats.subList(1, chats.size()))
                .concatMap(chat -> deliver(notice, chat, named)
                        .map(other -> chat + ": " + other.receipt())
                        .onErrorResume(
                                DeliveryFailure.class,
                                refused -> Mono.just(chat + ": "
                                        + (refused.kind() == DeliveryFailure.Kind.UNKNOWN_OUTCOME ? "" : "not sent, ")
                                        + refused.getMessage())))
                .collectList()
                .map(others -> {
                    List<String> receipts = new ArrayList<>();
                    receipts.add(chats.getFirst() + ": " + sent.receipt());
                    receipts.addAll(others);
                    return new Sent(String.join("; ", receipts));
                }));
    }

    @Override
    public Pace pace() {
        return pace;
    }

    /** @param named whether the chat is shared, so the text says whom the notice is for */
    private Mono<Sent> deliver(Notice notice, String chat, boolean named) {
        Shape first = isWeb(notice.imageUrl()) ? Shape.PHOTO : Shape.MESSAGE;
        return attempt(notice, chatId(chat), named, first, null);
    }

    private Mono<Sent> attempt(Notice notice, Object chat, boolean named, Shape shape, Object movedFrom) {
        Map<String, Object> body = body(notice, chat, named, shape);
        URI uri = shape == Shape.PHOTO ? sendPhoto : sendMessage;
        return http.exchange(HttpMethod.POST, uri, MediaType.APPLICATION_JSON, NoticeHttp.json(body), h -> {})
                .flatMap(answer -> {
                    JsonNode reply = NoticeHttp.tree(answer.body());
                    if (answer.ok()) {
                        JsonNode id = reply.path("result").path("message_id");
                        String receipt = id.isIntegralNumber() ? String.valueOf(id.longValue()) : null;
                        return Mono.just(new Sent(
                                movedFrom == null
                                        ? receipt
                                        : receipt + " in chat " + chat + " (was " + movedFrom
                                                + ": the group became a supergroup; configure the new id)"));
                    }
                    JsonNode movedTo = reply.path("parameters").path("migrate_to_chat_id");
                    if (answer.status() == 400 && movedTo.isIntegralNumber() && movedFrom == null) {
                        return attempt(notice, movedTo.longValue(), named, shape, chat);
                    }
                    Shape smaller = smaller(shape, notice);
                    if (answer.status() == 400 && smaller != null) {
                        return attempt(notice, chat, named, smaller, movedFrom);
                    }
                    return Mono.error(failure(answer, reply));
                });
    }

    /** The shape to try after Telegram refused {@code shape}; null when no smaller one differs. */
    private static Shape smaller(Shape shape, Notice notice) {
        return switch (shape) {
            case PHOTO -> Shape.MESSAGE;
            case MESSAGE ->
                isWeb(notice.link()) || notice.actions().stream().anyMatch(action -> isWeb(action.url()))
                        ? Shape.TEXT_ONLY
                        : null;
            case TEXT_ONLY -> null;
        };
    }

    private DeliveryFailure failure(NoticeHttp.Answer answer, JsonNode reply) {
        JsonNode description = reply.path("description");
        String reason = description.isString() && !description.stringValue().isBlank()
                ? description.stringValue().strip().replace(token, "***")
                : null;
        JsonNode retryAfter = reply.path("parameters").path("retry_after");
        if (answer.status() == 429 && retryAfter.isNumber()) {
            return DeliveryFailure.retry(
                    channel + " answered HTTP 429" + (reason == null ? "" : ": " + reason),
                    Duration.ofMillis(Math.round(retryAfter.doubleValue() * 1000)));
        }
        return answer.failure(channel, reason);
    }

    private static Map<String, Object> body(Notice notice, Object chat, boolean named, Shape shape) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chat_id", chat);
        if (shape == Shape.PHOTO) {
            body.put("photo", notice.imageUrl().toString());
            body.put("caption", html(notice, named, shape));
        } else {
            body.put("text", html(notice, named, shape));
            // No preview: a preview bot must not open a one-tap approve link, nor show the Plex page.
            body.put("link_preview_options", Map.of("is_disabled", true));
        }
        body.put("parse_mode", "HTML");
        List<List<Map<String, String>>> keyboard = new ArrayList<>();
        if (shape != Shape.TEXT_ONLY) {
            for (NoticeAction action : notice.actions()) {
                if (isWeb(action.url())) {
                    keyboard.add(List.of(Map.of(
                            "text", action.label().strip(), "url", action.url().toString())));
                }
            }
        }
        if (!keyboard.isEmpty()) {
            body.put("reply_markup", Map.of("inline_keyboard", keyboard));
        }
        return body;
    }

    /**
     * The title in bold (linked, but not in the text-only shape), whom it is for, then the text: fitted
     * in visible characters, then escaped, since Telegram counts the text after parsing the tags.
     */
    private static String html(Notice notice, boolean named, Shape shape) {
        int limit = shape == Shape.PHOTO ? CAPTION_LIMIT : MESSAGE_LIMIT;
        String title = TextBudget.cut(notice.title().strip(), TITLE_LIMIT, line -> line);
        String head = "<b>" + escape(title) + "</b>";
        if (shape != Shape.TEXT_ONLY && isWeb(notice.link())) {
            head = "<a href=\"" + escape(notice.link().toString()) + "\">" + head + "</a>";
        }
        int used = title.length();
        if (named) {
            String forWhom = TextBudget.cut("For " + notice.recipient().name(), TITLE_LIMIT, line -> line);
            head += "\n" + escape(forWhom);
            used += 1 + forWhom.length();
        }
        String links = "";
        if (shape == Shape.TEXT_ONLY) {
            List<String> lines = new ArrayList<>();
            if (notice.link() != null) {
                lines.add(notice.link().toString());
            }
            notice.actions().forEach(action -> lines.add(action.label().strip() + ": " + action.url()));
            links = TextBudget.fit(String.join("\n", lines), (limit - used) / 2, line -> line);
            used += links.isEmpty() ? 0 : 2 + links.length();
        }
        String text = TextBudget.fit(notice.text().strip(), limit - used - 2, line -> line);
        return head + (text.isEmpty() ? "" : "\n\n" + escape(text)) + (links.isEmpty() ? "" : "\n\n" + escape(links));
    }

    /** The three characters HTML mode needs escaped, and the quote for attribute values. */
    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    /** A numeric chat id as a number, as Telegram documents it; a {@code @channelname} as text. */
    private static Object chatId(String chat) {
        if (NUMERIC_ID.matcher(chat).matches()) {
            return Long.parseLong(chat);
        }
        return chat;
    }

    private static boolean isWeb(URI url) {
        return url != null && ("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()));
    }
}
