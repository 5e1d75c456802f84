package dev.callsheet.notification;

import dev.callsheet.adapters.notify.Notice;
import dev.callsheet.adapters.notify.NoticeAction;
import dev.callsheet.adapters.notify.Recipient;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaType;
import dev.callsheet.events.command.NoticeSubject;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.readside.ApprovalLinks;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a {@link SendNotification} into a channel-neutral {@link Notice}: its event's title and
 * text, from the default wording below or {@code callsheet.notifications.templates}, with the item's
 * Plex link, poster, and (awaiting approval) the one-tap approve and decline links as actions.
 *
 * <p>Templates hold {@code {{variable}}}s: {@link #VARIABLES}. A variable with no value is empty, and
 * a line whose variables are all empty is left out, so that "Quality: {{quality}}" disappears when the
 * quality is not known.
 */
final class NoticeTemplates implements Function<SendNotification, Notice> {

    /** The variables a template may use. */
    static final Set<String> VARIABLES = Set.of(
            "title",
            "year",
            "media",
            "type",
            "episodes",
            "seasons",
            "requester",
            "recipient",
            "release",
            "quality",
            "reason",
            "plexUrl",
            "approveUrl",
            "declineUrl",
            "channel",
            "event",
            "request");

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    private static final String PREFIX = "callsheet.notifications.templates.";

    /** A title and a text. */
    record Template(String title, String text) {}

    /** The default wording per event. */
    static final Map<String, Template> DEFAULTS = Map.of(
            "needs-approval",
                    new Template(
                            "{{media}} needs approval",
                            "Requested by {{requester}}\n{{episodes}}\n{{seasons}}\n{{reason}}"),
            "approved", new Template("{{media}} was approved", "Requested by {{requester}}\n{{episodes}}\n{{seasons}}"),
            "declined", new Template("{{media}} was declined", "Reason: {{reason}}\nRequested by {{requester}}"),
            "available",
                    new Template(
                            "{{media}} is ready to watch",
                            "{{episodes}}\nQuality: {{quality}}\nRequested by {{requester}}"),
            "failed", new Template("{{media}} failed", "{{reason}}\n{{episodes}}\nRequested by {{requester}}"),
            "stuck", new Template("{{media}} is stuck", "{{reason}}\n{{episodes}}\nRequested by {{requester}}"),
            "download-started",
                    new Template("{{media}} is downloading", "{{episodes}}\n{{release}}\nRequested by {{requester}}"),
            "test", new Template("Callsheet test notice", "{{reason}}"),
            "source-unhealthy", new Template("{{title}} is unhealthy", "{{reason}}"),
            "dead-letter", new Template("A record was dead-lettered: {{title}}", "{{reason}}"));

    private final Map<String, Map<String, String>> overrides;
    private final OneTapLinks oneTap;

    /**
     * @throws IllegalStateException when an override uses an unknown variable or part, naming its key
     */
    NoticeTemplates(NoticeTemplateProperties properties, OneTapLinks oneTap) {
        this.overrides = properties.byEvent();
        this.oneTap = oneTap;
        overrides.forEach((event, parts) -> parts.forEach((part, template) -> check(event, part, template)));
    }

    @Override
    public Notice apply(SendNotification command) {
        var subject = command.subject();
        var links = "needs-approval".equals(command.event()) && command.requestId() != null
                ? oneTap.of(command.requestId())
                : Optional.<ApprovalLinks.Urls>empty();
        URI plex = plexUrl(subject);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", subject.title());
        values.put("year", subject.year() == null ? null : subject.year().toString());
        boolean aboutAnItem = command.mediaKey() != null;
        values.put("media", aboutAnItem ? media(subject) : subject.title());
        values.put("type", aboutAnItem ? type(subject) : null);
        values.put("episodes", EpisodeRanges.of(subject.episodes()));
        values.put("seasons", subject.episodes().isEmpty() ? EpisodeRanges.seasons(subject.seasons()) : null);
        values.put("requester", subject.requestedBy());
        values.put(
                "recipient",
                command.recipient() == null ? null : command.recipient().username());
        values.put("release", subject.release());
        values.put("quality", subject.quality());
        values.put("reason", subject.reason());
        values.put("plexUrl", plex == null ? null : plex.toString());
        values.put("approveUrl", links.map(l -> l.approve().toString()).orElse(null));
        values.put("declineUrl", links.map(l -> l.decline().toString()).orElse(null));
        values.put("channel", command.channel());
        values.put("event", command.event());
        values.put(
                "request",
                command.requestId() == null ? null : command.requestId().value());

        var template = template(command.event(), command.channel());
        List<NoticeAction> actions = new ArrayList<>();
        links.ifPresent(l -> {
            actions.add(new NoticeAction("Approve", l.approve()));
            actions.add(new NoticeAction("Decline", l.decline()));
        });
        var recipient = command.recipient() == null
                ? null
                : new Recipient(
                        command.recipient().username(),
                        command.recipient().discordId(),
                        command.recipient().telegramChatId(),
                        command.recipient().email());
        return new Notice(
                command.id(),
                command.event(),
                rendered(template.title(), values).strip(),
                rendered(template.text(), values).strip(),
                plex,
                poster(subject),
                actions,
                recipient,
                data(command));
    }

    /** The channel's override, else the event's, else the default; part by part. */
    private Template template(String event, String channel) {
        var fallback = DEFAULTS.getOrDefault(event, new Template("{{media}}: {{event}}", "{{reason}}\n{{episodes}}"));
        var parts = overrides.getOrDefault(event, Map.of());
        return new Template(
                parts.getOrDefault(channel + ".title", parts.getOrDefault("title", fallback.title())),
                parts.getOrDefault(channel + ".text", parts.getOrDefault("text", fallback.text())));
    }

    /** Each line with its variables filled in; a line whose variables are all empty is left out. */
    static String rendered(String template, Map<String, String> values) {
        List<String> lines = new ArrayList<>();
        for (String line : template.split("\n", -1)) {
            Matcher matcher = VARIABLE.matcher(line);
            StringBuilder out = new StringBuilder();
            boolean anyVariable = false;
            boolean anyValue = false;
            while (matcher.find()) {
                anyVariable = true;
                String value = values.get(matcher.group(1));
                anyValue |= value != null && !value.isBlank();
                matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
            }
            matcher.appendTail(out);
            if (!anyVariable || anyValue) {
                lines.add(out.toString());
            }
        }
        return String.join("\n", lines);
    }

    /** {@code movie} or {@code series}; a notice about no item has none ({@link NoticeSubject#type()}). */
    private static String type(NoticeSubject subject) {
        return subject.type() == MediaType.MOVIE ? "movie" : "series";
    }

    /** {@code The Matrix (1999)}; the type when no source named the item. */
    private static String media(NoticeSubject subject) {
        String title = subject.title() != null && !subject.title().isBlank()
                ? subject.title()
                : subject.type() == MediaType.MOVIE ? "A movie" : "A series";
        return subject.year() == null ? title : title + " (" + subject.year() + ")";
    }

    /** The item in Plex's web app, once Plex confirmed it. */
    static URI plexUrl(NoticeSubject subject) {
        try {
            return subject.plexUrl() == null ? null : URI.create(subject.plexUrl());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private static URI poster(NoticeSubject subject) {
        try {
            return subject.posterUrl() == null ? null : URI.create(subject.posterUrl());
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    /** The facts behind the notice, for the generic webhook's body. */
    private static Map<String, Object> data(SendNotification command) {
        var subject = command.subject();
        Map<String, Object> data = new LinkedHashMap<>();
        put(
                data,
                "request",
                command.requestId() == null ? null : command.requestId().value());
        put(
                data,
                "mediaKey",
                command.mediaKey() == null ? null : command.mediaKey().value());
        put(data, "type", command.mediaKey() == null ? null : type(subject));
        put(data, "title", subject.title());
        put(data, "year", subject.year());
        put(data, "tmdbId", subject.tmdbId());
        put(data, "tvdbId", subject.tvdbId());
        if (!subject.episodes().isEmpty()) {
            data.put(
                    "episodes",
                    subject.episodes().stream().map(EpisodeKey::toString).toList());
        }
        if (!subject.seasons().isEmpty()) {
            data.put("seasons", subject.seasons());
        }
        put(data, "requestedBy", subject.requestedBy());
        put(data, "quality", subject.quality());
        put(data, "release", subject.release());
        put(data, "reason", subject.reason());
        return data;
    }

    private static void put(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
    }

    private static void check(String event, String part, String template) {
        String key = PREFIX + event + "." + part;
        if (!part.equals("title") && !part.equals("text") && !part.endsWith(".title") && !part.endsWith(".text")) {
            throw new IllegalStateException(key + ": a template is a title or a text (" + PREFIX + event + ".title, or "
                    + PREFIX + event + ".<channel>.title for one channel)");
        }
        Set<String> unknown = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(template);
        while (matcher.find()) {
            if (!VARIABLES.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalStateException(
                    key + ": unknown template variables " + unknown + "; known are " + new TreeSet<>(VARIABLES));
        }
    }
}
