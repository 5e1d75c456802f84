package dev.callsheet.adapters.notify;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * A Slack incoming webhook: the title as a header, the text as mrkdwn with the poster beside it, the
 * person it is for, and a link button for the notice's link and each action. {@code text} carries the
 * title for notifications and clients without blocks. Slack answers {@code ok} and no message id.
 */
public final class SlackChannel implements NoticeChannel {

    /** "Incoming webhooks: 1 per second, short bursts allowed" (Slack's rate-limit page). */
    private static final Pace PACE = new Pace(1, Duration.ofSeconds(1));

    // Block Kit limits: a header's plain text 150, a section's text 3000, a button's label 75 and URL
    // 3000, 25 elements in an actions block; the top-level text should stay within 4000.
    static final int HEADER_LIMIT = 150;
    static final int SECTION_LIMIT = 3000;
    static final int FALLBACK_LIMIT = 4000;
    private static final int BUTTON_LABEL_LIMIT = 75;
    private static final int BUTTON_URL_LIMIT = 3000;
    private static final int BUTTONS_LIMIT = 25;
    private static final int ALT_TEXT_LIMIT = 2000;
    private static final int NAME_LIMIT = 150;

    /** The webhook errors Slack documents; each means the same message fails the same way again. */
    private static final Set<String> REFUSALS = Set.of(
            "action_prohibited",
            "channel_is_archived",
            "channel_not_found",
            "invalid_payload",
            "invalid_token",
            "no_active_hooks",
            "no_service",
            "no_service_id",
            "no_team",
            "no_text",
            "posting_to_general_channel_denied",
            "team_disabled",
            "too_many_attachments",
            "user_not_found");

    private final String channel;
    private final URI webhookUrl;
    private final NoticeHttp http;

    /**
     * @param name the configured instance name, for messages
     * @param timeout for connecting, and again for Slack's answer
     */
    public SlackChannel(ChannelSettings.Slack settings, String name, WebClient.Builder builder, Duration timeout) {
        this.webhookUrl = Objects.requireNonNull(settings, "settings").webhookUrl();
        this.channel = "Slack webhook " + name;
        this.http = new NoticeHttp(channel, builder, timeout);
    }

    @Override
    public Mono<Sent> send(Notice notice) {
        return http.exchange(
                        HttpMethod.POST, webhookUrl, MediaType.APPLICATION_JSON, NoticeHttp.json(body(notice)), h -> {})
                .map(this::read);
    }

    @Override
    public Pace pace() {
        return PACE;
    }

    private static Map<String, Object> body(Notice notice) {
        List<Object> blocks = new ArrayList<>();
        String title = notice.title().strip();
        blocks.add(Map.of("type", "header", "text", plain(TextBudget.cut(title, HEADER_LIMIT, line -> line))));
        if (notice.recipient() != null) {
            blocks.add(Map.of(
                    "type",
                    "context",
                    "elements",
                    List.of(plain(TextBudget.cut("For " + notice.recipient().name(), NAME_LIMIT, line -> line)))));
        }
        String text = TextBudget.fit(notice.text().strip(), SECTION_LIMIT, SlackChannel::escape);
        if (!text.isEmpty() || isWeb(notice.imageUrl())) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("type", "section");
            // A section needs text; with a poster and no text, the title stands beside the poster.
            section.put(
                    "text",
                    Map.of(
                            "type",
                            "mrkdwn",
                            "text",
                            text.isEmpty() ? TextBudget.cut(title, SECTION_LIMIT, SlackChannel::escape) : text));
            if (isWeb(notice.imageUrl())) {
                section.put(
                        "accessory",
                        Map.of(
                                "type", "image",
                                "image_url", notice.imageUrl().toString(),
                                "alt_text", TextBudget.cut(title, ALT_TEXT_LIMIT, line -> line)));
            }
            blocks.add(section);
        }
        List<Object> buttons = buttons(notice);
        if (!buttons.isEmpty()) {
            blocks.add(Map.of("type", "actions", "elements", buttons));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", TextBudget.cut(title, FALLBACK_LIMIT, SlackChannel::escape));
        body.put("blocks", blocks);
        // Slack must not fetch the links for previews: a one-tap approve link is not to be opened by a bot.
        body.put("unfurl_links", false);
        body.put("unfurl_media", false);
        return body;
    }

    /** The notice's link first ("Open"), unless an action leads there, then the actions. */
    private static List<Object> buttons(Notice notice) {
        List<NoticeAction> actions = new ArrayList<>();
        if (notice.link() != null
                && notice.actions().stream().noneMatch(action -> action.url().equals(notice.link()))) {
            actions.add(new NoticeAction("Open", notice.link()));
        }
        actions.addAll(notice.actions());
        List<Object> buttons = new ArrayList<>();
        for (NoticeAction action : actions) {
            String url = action.url().toString();
            // Slack refuses the whole message for a longer URL; such an action is left out.
            if (url.length() <= BUTTON_URL_LIMIT && buttons.size() < BUTTONS_LIMIT) {
                buttons.add(Map.of(
                        "type",
                        "button",
                        "text",
                        plain(TextBudget.cut(action.label().strip(), BUTTON_LABEL_LIMIT, line -> line)),
                        "url",
                        url,
                        "action_id",
                        "link-" + (buttons.size() + 1)));
            }
        }
        return buttons;
    }

    private static Map<String, Object> plain(String text) {
        return Map.of("type", "plain_text", "text", text, "emoji", true);
    }

    /** Slack's three control characters; mrkdwn knows no other escape. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static boolean isWeb(URI url) {
        return url != null && ("https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme()));
    }

    private Sent read(NoticeHttp.Answer answer) {
        String code = answer.body().strip();
        // Slack's statuses for its error codes vary; the code in the body is what says "do not repeat".
        if (REFUSALS.contains(code)) {
            throw DeliveryFailure.permanent(channel + " refused the message: " + code);
        }
        if (answer.ok()) {
            return new Sent(null);
        }
        throw answer.failure(channel, code.matches("[a-z_]{1,64}") ? code : null);
    }
}
