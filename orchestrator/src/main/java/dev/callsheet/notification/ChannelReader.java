package dev.callsheet.notification;

import dev.callsheet.adapters.notify.ChannelSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code callsheet.notifications.channels}: secret files first, then an Apprise URL into the keys
 * it stands for, then the type's own checks.
 */
final class ChannelReader {

    private ChannelReader() {}

    /** The channels that can work, by name in configured order; the others' problems in {@code problems}. */
    static Map<String, ChannelSettings> read(
            Map<String, NotificationProperties.Channel> channels, SettingProblems problems) {
        Map<String, ChannelSettings> read = new LinkedHashMap<>();
        channels.forEach(
                (name, channel) -> read(name, channel, problems).ifPresent(settings -> read.put(name, settings)));
        return read;
    }

    private static Optional<ChannelSettings> read(
            String name, NotificationProperties.Channel channel, SettingProblems problems) {
        String prefix = "callsheet.notifications.channels." + name;
        Map<String, Object> written = channel == null ? Map.of() : channel.given();
        if (written.isEmpty()) {
            problems.add(prefix, "declares nothing: give its type and that type's keys, or an Apprise URL as url");
            return Optional.empty();
        }
        Map<String, Object> values = new LinkedHashMap<>(written);
        Map<String, String> origins = new HashMap<>();
        if (!readSecretFiles(prefix, values, origins, problems)) {
            return Optional.empty();
        }
        String type = values.get("type") instanceof String word ? word.strip().toLowerCase(Locale.ROOT) : null;
        Optional<AppriseUrl> apprise;
        Map<String, Object> fromUrl;
        try {
            apprise = values.get("url") instanceof String url
                    ? AppriseUrl.parse(url.strip())
                            .filter(parsed -> !parsed.scheme().equals("http")
                                    && !parsed.scheme().equals("https"))
                    : Optional.empty();
            fromUrl = apprise.isPresent() ? AppriseForms.keys(apprise.get()) : Map.of();
        } catch (IllegalArgumentException e) {
            // The messages of AppriseUrl and AppriseForms describe the URL without quoting it.
            problems.add(prefix + "." + origins.getOrDefault("url", "url"), "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        if (apprise.isPresent()) {
            type = fromApprise(prefix, type, new LinkedHashMap<>(fromUrl), values, origins, problems);
            if (type == null) {
                return Optional.empty();
            }
        }
        if (type == null) {
            type = nativeType(values.get("url"));
        }
        if (type == null) {
            problems.add(
                    prefix + ".type",
                    "missing: one of " + ChannelType.words() + " (or an Apprise URL as url, which names it)");
            return Optional.empty();
        }
        Optional<ChannelType> known = ChannelType.named(type);
        if (known.isEmpty()) {
            problems.add(prefix + ".type", "is '" + type + "', not one of " + ChannelType.words());
            return Optional.empty();
        }
        boolean misplaced = false;
        for (String key : written.keySet()) {
            boolean url = key.equals("url") || key.equals("url-file");
            if (!known.get().takes(key) && !(url && apprise.isPresent())) {
                problems.add(
                        prefix + "." + key,
                        "is not a key of a " + type + " channel (it takes "
                                + known.get().keys() + ")");
                misplaced = true;
            }
        }
        ChannelKeys keys = new ChannelKeys(prefix, values, origins, problems);
        ChannelSettings settings = known.get().read(keys);
        return misplaced || keys.wrong() ? Optional.empty() : Optional.of(settings);
    }

    /** Replaces each {@code x-file} by {@code x} read from the file; false when one cannot be read. */
    private static boolean readSecretFiles(
            String prefix, Map<String, Object> values, Map<String, String> origins, SettingProblems problems) {
        boolean read = true;
        for (String secret : ChannelType.SECRETS) {
            String fileKey = secret + "-file";
            if (!(values.remove(fileKey) instanceof String file)) {
                continue;
            }
            if (values.containsKey(secret)) {
                problems.add(prefix + "." + fileKey, "is given with " + secret + "; give one or the other");
                read = false;
                continue;
            }
            Optional<String> content = content(file.strip());
            if (content.isEmpty()) {
                problems.add(prefix + "." + fileKey, "cannot read the file '" + file.strip() + "', or it is empty");
                read = false;
            } else {
                values.put(secret, content.get());
                origins.put(secret, fileKey);
            }
        }
        return read;
    }

    private static Optional<String> content(String file) {
        try {
            String content =
                    Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
            return content.isEmpty() ? Optional.empty() : Optional.of(content);
        } catch (IOException | InvalidPathException e) {
            return Optional.empty();
        }
    }

    /**
     * Puts the keys an Apprise URL stands for in the place of the URL, and gives the type it names;
     * null, with the problem reported, when the type given beside it is another or a key is given
     * both in the URL and beside it.
     */
    private static String fromApprise(
            String prefix,
            String type,
            Map<String, Object> fromUrl,
            Map<String, Object> values,
            Map<String, String> origins,
            SettingProblems problems) {
        String urlKey = origins.getOrDefault("url", "url");
        String urlType = (String) fromUrl.remove("type");
        if (type != null && !type.equals(urlType)) {
            problems.add(prefix + ".type", "is '" + type + "' but " + urlKey + " is a " + urlType + " URL");
            return null;
        }
        values.remove("url");
        origins.remove("url");
        boolean twice = false;
        for (Map.Entry<String, Object> key : fromUrl.entrySet()) {
            if (values.containsKey(key.getKey())) {
                problems.add(
                        prefix + "." + origins.getOrDefault(key.getKey(), key.getKey()),
                        "is given twice: here and in " + urlKey);
                twice = true;
            } else {
                values.put(key.getKey(), key.getValue());
                origins.put(key.getKey(), urlKey);
            }
        }
        return twice ? null : urlType;
    }

    /** The type a service's own URL shows (a Discord or Slack webhook); null for any other. */
    private static String nativeType(Object url) {
        if (!(url instanceof String text)) {
            return null;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        if (lower.matches("https://((ptb|canary)\\.)?discord(app)?\\.com/api/(v\\d+/)?webhooks/.*")) {
            return "discord";
        }
        return lower.startsWith("https://hooks.slack.com/services/") ? "slack" : null;
    }
}
