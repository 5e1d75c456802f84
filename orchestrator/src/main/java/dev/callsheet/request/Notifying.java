package dev.callsheet.request;

import java.util.Objects;

/**
 * Who hears what: the configured routes and the people Callsheet knows, as the decider applies them
 * ({@link NoticeRules}).
 */
public record Notifying(NoticeRoutes routes, NoticePeople people) {

    /** Nobody is told anything. */
    public static final Notifying NONE = new Notifying(NoticeRoutes.NONE, NoticePeople.NONE);

    public Notifying {
        routes = Objects.requireNonNullElse(routes, NoticeRoutes.NONE);
        people = Objects.requireNonNullElse(people, NoticePeople.NONE);
    }
}
