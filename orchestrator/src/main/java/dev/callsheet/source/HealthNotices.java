package dev.callsheet.source;

import dev.callsheet.events.MediaType;
import dev.callsheet.events.command.NoticeSubject;
import dev.callsheet.events.command.SendNotification;
import dev.callsheet.events.source.HealthIssueRaised;
import dev.callsheet.request.NoticeAudience;
import dev.callsheet.request.NoticeEvent;
import dev.callsheet.request.NoticeIds;
import dev.callsheet.request.NoticeRoutes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The admins' {@code source-unhealthy} notices: what a change of a source's health tells. Health going
 * from ok to warning or error, or from warning to error, is told once on each channel of every admins
 * route that carries the event; staying as bad, another failing check at the same level, or getting
 * better tells nothing. Pure: the routes are an input and the notice's id comes from what it is about,
 * so that a replayed delivery asks for the same notice and the delivery log skips it.
 */
public final class HealthNotices {

    /** The levels of {@link SourceStatus#health()}, better to worse. */
    private static final List<String> LEVELS = List.of("ok", "warning", "error");

    private HealthNotices() {}

    /**
     * The notices that delivery {@code deliveryId}, which took the source from {@code before} to {@code
     * after}, asks for; empty when its health did not get worse or no route carries the event.
     */
    public static List<SendNotification> after(
            SourceStatus before, SourceStatus after, String deliveryId, NoticeRoutes routes) {
        String was = before.health();
        String now = after.health();
        if (LEVELS.indexOf(now) <= LEVELS.indexOf(was)) {
            return List.of();
        }
        var subject = new NoticeSubject(
                MediaType.MOVIE,
                SourceNames.of(after.source(), after.instance()),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                reason(after),
                null);
        String about = "source:" + after.source().id() + "/" + after.instance();
        List<SendNotification> notices = new ArrayList<>();
        for (var route : routes.carrying(NoticeEvent.SOURCE_UNHEALTHY, NoticeAudience.ADMINS)) {
            for (String channel : route.channels()) {
                String signature =
                        SendNotification.SOURCE_UNHEALTHY + "|" + was + ">" + now + "|" + deliveryId + "|" + channel;
                notices.add(new SendNotification(
                        NoticeIds.of(about, signature),
                        null,
                        null,
                        SendNotification.SOURCE_UNHEALTHY,
                        channel,
                        null,
                        subject));
            }
        }
        return List.copyOf(notices);
    }

    /** The failing checks, errors first, one line each: {@code error: Unable to communicate with qBittorrent}. */
    private static String reason(SourceStatus status) {
        return status.failingChecks().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, HealthIssueRaised> check) -> !isError(check.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .map(check -> level(check.getValue()) + ": " + message(check.getKey(), check.getValue()))
                .collect(Collectors.joining("\n"));
    }

    private static boolean isError(HealthIssueRaised check) {
        return "error".equalsIgnoreCase(check.level());
    }

    private static String level(HealthIssueRaised check) {
        return isError(check) ? "error" : "warning";
    }

    private static String message(String name, HealthIssueRaised check) {
        return check.message() == null || check.message().isBlank()
                ? name
                : check.message().strip();
    }
}
