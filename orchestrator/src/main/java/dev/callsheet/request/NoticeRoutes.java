package dev.callsheet.request;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The routes, in the order they are configured ({@code callsheet.notifications.routes}); the
 * decider's input, built from the configuration like {@link ApprovalRules}.
 */
public record NoticeRoutes(List<NoticeRoute> routes) {

    /** No routes: nobody is told anything (no channel is configured). */
    public static final NoticeRoutes NONE = new NoticeRoutes(List.of());

    public NoticeRoutes {
        routes = routes == null ? List.of() : List.copyOf(routes);
    }

    /**
     * The routes when none are configured: every channel tells the requesters that their media are
     * available, series when a season is complete.
     */
    public static NoticeRoutes byDefault(Collection<String> channels) {
        if (channels.isEmpty()) {
            return NONE;
        }
        return new NoticeRoutes(List.of(new NoticeRoute(
                Set.of(NoticeEvent.AVAILABLE),
                NoticeAudience.REQUESTER,
                List.copyOf(channels),
                SeriesPolicy.SEASON_COMPLETE,
                NoticeRoute.DEFAULT_BATCH_WINDOW)));
    }

    /** The routes that tell {@code audience} of {@code event}, in configured order; empty when none does. */
    public List<NoticeRoute> carrying(NoticeEvent event, NoticeAudience audience) {
        return routes.stream().filter(route -> route.carries(event, audience)).toList();
    }

    /** Whether any route tells anyone of {@code event}: an event no route carries needs no deciding. */
    public boolean carries(NoticeEvent event) {
        return routes.stream().anyMatch(route -> route.events().contains(event));
    }
}
