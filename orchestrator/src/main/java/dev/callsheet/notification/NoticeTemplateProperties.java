package dev.callsheet.notification;

import java.util.Map;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The templates that replace the default wording of an event's notices: {@code title} and {@code text}
 * for every channel, {@code <channel name>.title} and {@code <channel name>.text} for one channel
 * instance (which wins). Templates hold {@code {{variables}}}; {@link NoticeTemplates} lists them.
 */
@ConfigurationProperties("callsheet.notifications.templates")
public record NoticeTemplateProperties(
        Map<String, String> needsApproval,
        Map<String, String> approved,
        Map<String, String> declined,
        Map<String, String> available,
        Map<String, String> failed,
        Map<String, String> stuck,
        Map<String, String> downloadStarted,
        Map<String, String> test,
        Map<String, String> sourceUnhealthy,
        Map<String, String> deadLetter) {

    public NoticeTemplateProperties {
        needsApproval = copy(needsApproval);
        approved = copy(approved);
        declined = copy(declined);
        available = copy(available);
        failed = copy(failed);
        stuck = copy(stuck);
        downloadStarted = copy(downloadStarted);
        test = copy(test);
        sourceUnhealthy = copy(sourceUnhealthy);
        deadLetter = copy(deadLetter);
    }

    /** The overrides by event name as the routes say it ({@code needs-approval}, …). */
    Map<String, Map<String, String>> byEvent() {
        return Map.of(
                "needs-approval", needsApproval,
                "approved", approved,
                "declined", declined,
                "available", available,
                "failed", failed,
                "stuck", stuck,
                "download-started", downloadStarted,
                "test", test,
                "source-unhealthy", sourceUnhealthy,
                "dead-letter", deadLetter);
    }

    private static Map<String, String> copy(Map<String, String> overrides) {
        return Map.copyOf(Objects.requireNonNullElse(overrides, Map.of()));
    }
}
