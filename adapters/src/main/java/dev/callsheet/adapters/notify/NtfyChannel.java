package dev.callsheet.adapters.notify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * An ntfy topic. Publishes in ntfy's JSON form to the server's root URL (the JSON form carries any
 * title, where a header would refuse characters beyond Latin-1): the title, the text as the message,
 * the link as {@code click}, the poster as {@code attach} (shown as a picture on the phone), up to three
 * actions as {@code view} buttons (ntfy's maximum; the rest become lines of the message), the
 * configured tags and priority. The message stays within ntfy's 4,096 bytes, above which the server
 * would turn it into an attachment.
 *
 * <p>ntfy never sends {@code Retry-After}; its 429 body's code says which limit was hit, and the wait
 * follows ntfy's default limits: the request bucket refills one request every 5 s, the daily message and
 * bandwidth quotas (42908, 42905) start again on the next UTC day, and for the others (e-mails, calls,
 * failed logins) a minute. Refusals (400xx, 40101, 40301, 404, 413xx) are permanent and carry ntfy's
 * {@code error}. ntfy does not dedupe: a retry after an unknown outcome may show the notice twice.
 */
public final class NtfyChannel implements NoticeChannel {

    /** ntfy's {@code message-size-limit} default. */
    static final int MESSAGE_LIMIT_BYTES = 4096;

    /** ntfy shows at most three action buttons. */
    static final int MAX_BUTTONS = 3;

    static final Duration REQUEST_BUCKET_REFILL = Duration.ofSeconds(5);
    static final Duration OTHER_LIMIT_WAIT = Duration.ofMinutes(1);

    /** ntfy's {@code topicRegex}. */
    private static final Pattern TOPIC = Pattern.compile("[-_A-Za-z0-9]{1,64}");

    /**
     * Per visitor, a burst of 60 requests, then one every 5 s (ntfy's defaults): 60 in 5 minutes keeps
     * the long-run rate and never exceeds the burst.
     */
    private static final Pace PACE = new Pace(60, Duration.ofMinutes(5));

    private final ChannelSettings.Ntfy settings;
    private final String channel;
    private final NoticeHttp http;
    private final URI publishUri;
    private final Clock clock;

    public NtfyChannel(ChannelSettings.Ntfy settings, String name, WebClient.Builder builder, Duration timeout) {
        this(settings, name, builder, timeout, Clock.systemUTC());
    }

    NtfyChannel(ChannelSettings.Ntfy settings, String name, WebClient.Builder builder, Duration timeout, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.channel = "ntfy " + name;
        if (!TOPIC.matcher(settings.topic()).matches()) {
            throw new IllegalArgumentException(
                    channel + ": the topic must be 1 to 64 letters, digits, '-' or '_' (ntfy refuses others)");
        }
        if (settings.priority() != null && (settings.priority() < 1 || settings.priority() > 5)) {
            throw new IllegalArgumentException(channel + ": the priority must be 1 (min) to 5 (max)");
        }
        if (settings.token() != null && settings.username() != null) {
            throw new IllegalArgumentException(channel + ": give a token or a username and password, not both");
        }
        if ((settings.username() == null) != (settings.password() == null)) {
            throw new IllegalArgumentException(channel + ": a username needs a password, and a password a username");
        }
        this.http = new NoticeHttp(channel, builder, timeout);
        this.publishUri = root(settings.baseUrl());
        this.clock = clock;
    }

    @Override
    public Mono<Sent> send(Notice notice) {
        byte[] body = NoticeHttp.json(publication(notice));
        return http.exchange(HttpMethod.POST, publishUri, MediaType.APPLICATION_JSON, body, this::authorize)
                .flatMap(answer -> answer.ok() ? Mono.just(new Sent(receipt(answer))) : Mono.error(failure(answer)));
    }

    @Override
    public Pace pace() {
        return PACE;
    }

    private Map<String, Object> publication(Notice notice) {
        List<NoticeAction> buttons = notice.actions()
                .subList(0, Math.min(MAX_BUTTONS, notice.actions().size()));
        List<NoticeAction> overflow =
                notice.actions().subList(buttons.size(), notice.actions().size());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("topic", settings.topic());
        json.put("title", notice.title());
        json.put("message", message(notice, overflow));
        if (notice.link() != null) {
            json.put("click", notice.link().toString());
        }
        if (notice.imageUrl() != null) {
            json.put("attach", notice.imageUrl().toString());
        }
        if (!buttons.isEmpty()) {
            json.put(
                    "actions",
                    buttons.stream()
                            .map(action -> Map.of(
                                    "action",
                                    "view",
                                    "label",
                                    action.label(),
                                    "url",
                                    action.url().toString()))
                            .toList());
        }
        if (!settings.tags().isEmpty()) {
            json.put("tags", settings.tags());
        }
        if (settings.priority() != null) {
            json.put("priority", settings.priority());
        }
        return json;
    }

    /** The person's name first (a topic has no addressee), the text, then actions without a button. */
    private static String message(Notice notice, List<NoticeAction> overflow) {
        String before =
                notice.recipient() == null ? "" : "For " + notice.recipient().name();
        List<String> after = overflow.stream()
                .map(action -> action.label() + ": " + action.url())
                .toList();
        String text = TextBudget.fit(
                notice.text(), MESSAGE_LIMIT_BYTES, line -> line, candidate -> joined(before, candidate, after)
                        .getBytes(StandardCharsets.UTF_8)
                        .length);
        return joined(before, text, after);
    }

    private static String joined(String before, String text, List<String> after) {
        List<String> parts = new ArrayList<>();
        if (!before.isEmpty()) {
            parts.add(before);
        }
        if (!text.isEmpty()) {
            parts.add(text);
        }
        parts.addAll(after);
        return String.join("\n", parts);
    }

    private void authorize(HttpHeaders headers) {
        if (settings.token() != null) {
            headers.setBearerAuth(settings.token());
        } else if (settings.username() != null) {
            headers.setBasicAuth(Base64.getEncoder()
                    .encodeToString(
                            (settings.username() + ":" + settings.password()).getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static String receipt(NoticeHttp.Answer answer) {
        String id = NoticeHttp.tree(answer.body()).path("id").asString("");
        return id.isEmpty() ? null : id;
    }

    private DeliveryFailure failure(NoticeHttp.Answer answer) {
        JsonNode error = NoticeHttp.tree(answer.body());
        int code = error.path("code").asInt(0);
        String reason = error.path("error").asString("") + (code == 0 ? "" : " (" + code + ")");
        if (answer.status() != 429) {
            return answer.failure(channel, reason);
        }
        // A proxy in front of ntfy may say how long; ntfy itself never does.
        return DeliveryFailure.retry(
                channel + " answered HTTP 429: " + reason,
                answer.retryAfterHeader().orElseGet(() -> wait(code)));
    }

    private Duration wait(int code) {
        return switch (code) {
            case 42901 -> REQUEST_BUCKET_REFILL;
            case 42905, 42908 -> untilNextUtcDay();
            default -> OTHER_LIMIT_WAIT;
        };
    }

    private Duration untilNextUtcDay() {
        var now = clock.instant();
        var midnight = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1).atStartOfDay(ZoneOffset.UTC);
        return Duration.between(now, midnight.toInstant());
    }

    /** The server's root with a trailing slash, where ntfy takes JSON publications (a path prefix kept). */
    private static URI root(URI baseUrl) {
        String text = baseUrl.toString();
        return URI.create(text.endsWith("/") ? text : text + "/");
    }
}
