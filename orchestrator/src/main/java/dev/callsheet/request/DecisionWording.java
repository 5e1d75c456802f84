package dev.callsheet.request;

import dev.callsheet.events.media.AddedToLibrary;
import dev.callsheet.events.media.OverseerrDecisionSent;
import dev.callsheet.events.media.RequestDecided;

/** How the timeline words decisions made in Callsheet and their way to the request manager. */
final class DecisionWording {

    private DecisionWording() {}

    static String decided(RequestDecided e) {
        String verb = verb(e.verdict());
        String who = e.rule() != null ? "rule '" + e.rule() + "'" : e.decidedBy() + " in Callsheet";
        String why = e.reason() == null || e.reason().isBlank() ? "" : ": " + e.reason();
        return "Request %s %s by %s%s".formatted(e.requestId(), verb, who, why);
    }

    static String sent(OverseerrDecisionSent e) {
        String verb = verb(e.verdict());
        return e.sent()
                ? "Request %s %s at Overseerr '%s' for Callsheet".formatted(e.requestId(), verb, e.instance())
                : "Overseerr '%s' has request %s %s already: nothing sent"
                        .formatted(
                                e.instance(),
                                e.requestId(),
                                String.valueOf(e.foundStatus()).toLowerCase());
    }

    static String added(AddedToLibrary e) {
        return e.alreadyThere()
                ? "%s '%s' has it already: nothing added%s"
                        .formatted(
                                e.arr(),
                                e.instance(),
                                e.arr().equals("Sonarr") ? ", the requested seasons monitored" : "")
                : "Added to %s '%s' for request %s, without a search".formatted(e.arr(), e.instance(), e.requestId());
    }

    private static String verb(RequestDecided.Verdict verdict) {
        return switch (verdict) {
            case APPROVE -> "approved";
            case DECLINE -> "declined";
        };
    }
}
