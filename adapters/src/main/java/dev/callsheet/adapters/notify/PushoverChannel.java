package dev.callsheet.adapters.notify;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * A Pushover application sending to one user or group. Posts JSON to {@code {api}/1/messages.json}
 * with the token and user key in the body: the title (at most 250 characters), the message in
 * Pushover's HTML ({@code html=1}: the person's name in bold, the notice's text escaped, the actions
 * as links; at most 1,024 characters), the link as {@code url} with {@code url_title}, the configured
 * devices and priority. Priority 2 (emergency) needs acknowledgement and repeats until then, which a
 * notice does not want: it is refused when the channel is made. Pushover takes no poster by URL (it
 * wants the image's bytes), so none is sent.
 *
 * <p>Pushover's rules: a 4xx or {@code status != 1} means the request is wrong ("repeating your same
 * request will not work"): permanent, with Pushover's {@code errors}. The exception is 429, the month's
 * message quota used up: it is retried when the quota starts again, at {@code X-Limit-App-Reset} or,
 * when that is missing, at midnight Central Time on the 1st of next month. 5xx and any other status are
 * retried, no sooner than 5 s later as Pushover asks. Pushover does not dedupe: a retry after an unknown
 * outcome may show the notice twice.
 */
public final class PushoverChannel implements NoticeChannel {

    static final int TITLE_LIMIT = 250;
    static final int MESSAGE_LIMIT = 1024;
    static final int URL_LIMIT = 512;
    static final String URL_TITLE = "Open";

    /** Pushover: "no sooner than 5 seconds" after a failed request. */
    static final Duration TEMPORARY_FAILURE_WAIT = Duration.ofSeconds(5);

    /** Where Pushover's monthly quotas start again, at midnight on the 1st. */
    private static final ZoneId QUOTA_ZONE = ZoneId.of("America/Chicago");

    private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_-]{1,25}");

    /** Pushover asks for at most two connections at once; two a second keeps well within that. */
    private static final Pace PACE = new Pace(2, Duration.ofSeconds(1));

    private final ChannelSettings.Pushover settings;
    private final String channel;
    private final NoticeHttp http;
    private final URI messagesUri;
    private final Clock clock;

    public PushoverChannel(
            ChannelSettings.Pushover settings, String name, WebClient.Builder builder, Duration timeout) {
        this(settings, name, builder, timeout, Clock.systemUTC());
    }

    PushoverChannel(
            ChannelSettings.Pushover settings, String name, WebClient.Builder builder, Duration timeout, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.channel = "Pushover " + name;
        if (settings.priority() != null && settings.priority() == 2) {
            throw new IllegalArgumentException(channel
                    + ": priority 2 (emergency) repeats until someone acknowledges it; use -2 to 1 for notices");
        }
        if (settings.priority() != null && (settings.priority() < -2 || settings.priority() > 1)) {
            throw new IllegalArgumentException(channel + ": the priority must be -2 to 1");
        }
        for (String device : settings.devices()) {
            if (!DEVICE.matcher(device).matches()) {
                throw new IllegalArgumentException(
                        channel + ": a device name is 1 to 25 letters, digits, '-' or '_', not " + device);
            }
        }
        this.http = new NoticeHttp(channel, builder, timeout);
        String base = settings.apiBase().toString();
        this.messagesUri = URI.create((base.endsWith("/") ? base : base + "/") + "1/messages.json");
        this.clock = clock;
    }

    @Override
    public Mono<Sent> send(Notice notice) {
        byte[] body = NoticeHttp.json(message(notice));
        return http.exchange(HttpMethod.POST, messagesUri, MediaType.APPLICATION_JSON, body, headers -> {})
                .flatMap(this::read);
    }

    @Override
    public Pace pace() {
        return PACE;
    }

    private Map<String, Object> message(Notice notice) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("token", settings.appToken());
        json.put("user", settings.userKey());
        json.put("title", TextBudget.cut(notice.title(), TITLE_LIMIT, line -> line, PushoverChannel::characters));
        json.put("message", html(notice));
        json.put("html", 1);
        // A longer link would have the whole message refused; the notice goes out without it.
        if (notice.link() != null && notice.link().toString().length() <= URL_LIMIT) {
            json.put("url", notice.link().toString());
            json.put("url_title", URL_TITLE);
        }
        if (!settings.devices().isEmpty()) {
            json.put("device", String.join(",", settings.devices()));
        }
        if (settings.priority() != null) {
            json.put("priority", settings.priority());
        }
        return json;
    }

    private static String html(Notice notice) {
        String before = notice.recipient() == null
                ? ""
                : "<b>For " + escaped(notice.recipient().name()) + "</b>";
        List<String> after = notice.actions().stream()
                .map(action ->
                        "<a href=\"" + escaped(action.url().toString()) + "\">" + escaped(action.label()) + "</a>")
                .toList();
        String text = TextBudget.fit(
                notice.text(),
                MESSAGE_LIMIT,
                line -> line,
                candidate -> characters(joined(before, escaped(candidate), after)));
        return joined(before, escaped(text), after);
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

    /** Pushover counts "4-byte UTF-8 characters": code points. */
    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String escaped(String plain) {
        return plain.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private Mono<Sent> read(NoticeHttp.Answer answer) {
        JsonNode json = NoticeHttp.tree(answer.body());
        if (answer.ok() && json.path("status").asInt(0) == 1) {
            String request = json.path("request").asString("");
            return Mono.just(new Sent(request.isEmpty() ? null : request));
        }
        String message = channel + " answered HTTP " + answer.status() + errors(json);
        if (answer.status() == 429) {
            return Mono.error(
                    DeliveryFailure.retry(message + "; the month's message quota is used up", untilReset(answer)));
        }
        if (answer.ok() || answer.status() >= 400 && answer.status() < 500) {
            return Mono.error(DeliveryFailure.permanent(message));
        }
        return Mono.error(DeliveryFailure.retry(message, TEMPORARY_FAILURE_WAIT));
    }

    private static String errors(JsonNode json) {
        List<String> errors = StreamSupport.stream(json.path("errors").spliterator(), false)
                .map(error -> error.asString(""))
                .filter(error -> !error.isBlank())
                .toList();
        return errors.isEmpty() ? "" : ": " + String.join("; ", errors);
    }

    private Duration untilReset(NoticeHttp.Answer answer) {
        Instant now = clock.instant();
        Instant reset = readReset(answer.headers().getFirst("X-Limit-App-Reset"));
        if (reset == null) {
            reset = ZonedDateTime.ofInstant(now, QUOTA_ZONE)
                    .toLocalDate()
                    .withDayOfMonth(1)
                    .plusMonths(1)
                    .atStartOfDay(QUOTA_ZONE)
                    .toInstant();
        }
        Duration wait = Duration.between(now, reset);
        return wait.isNegative() ? TEMPORARY_FAILURE_WAIT : wait;
    }

    private static Instant readReset(String unixSeconds) {
        try {
            return unixSeconds == null ? null : Instant.ofEpochSecond(Long.parseLong(unixSeconds.trim()));
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
