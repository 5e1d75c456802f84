package dev.callsheet.request;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes the request state machine out of {@link TransitionTable}: the Mermaid diagram and the
 * {@code docs/state-machine.md} page around it, so that the docs cannot drift from the code.
 */
public final class StateDiagram {

    private static final String START = "[*]";

    private StateDiagram() {}

    /** The Mermaid {@code stateDiagram-v2} text: every transition with its trigger, and the final states. */
    public static String mermaid() {
        StringBuilder text = new StringBuilder("stateDiagram-v2\n");
        for (Transition t : TransitionTable.transitions()) {
            text.append("    %s --> %s : %s\n".formatted(from(t), t.to().id(), t.trigger()));
        }
        for (RequestState state : finalStates()) {
            text.append("    %s --> %s\n".formatted(state.id(), START));
        }
        return text.toString();
    }

    /** The whole {@code docs/state-machine.md} page. */
    public static String markdown() {
        StringBuilder text = new StringBuilder("""
                # Request states

                <!-- Generated from TransitionTable by StateDiagram: do not edit. StateDiagramTest says how to regenerate. -->

                Every request inside a media item moves through these states on its own. The decider works out
                where a fact would take a request and moves it only if the move is listed here; anything else
                (a late or repeated webhook, a fact that would go backwards) is recorded on the request's
                timeline as "no change" and the state stays. Declined and cancelled requests are over; a
                notified request still shows later upgrades on its timeline.

                In the triggers, "the arr" is Radarr (Sonarr for series); "in the library" is the media
                server's `library.new` or the request manager's `MEDIA_AVAILABLE`. A request approved while the
                arr is already at work joins it where it stands, so approval can lead straight to downloading,
                imported or available. Failed means the request manager could not hand the request over; later
                progress from the arr, or a new approval, moves it on.

                ```mermaid
                """);
        text.append(mermaid()).append("```\n\n| from | to | trigger |\n|---|---|---|\n");
        for (Transition t : TransitionTable.transitions()) {
            String from = t.from().map(RequestState::id).orElse("(new)");
            text.append("| %s | %s | %s |\n".formatted(from, t.to().id(), t.trigger()));
        }
        return text.toString();
    }

    private static String from(Transition transition) {
        return transition.from().map(RequestState::id).orElse(START);
    }

    private static List<RequestState> finalStates() {
        return Arrays.stream(RequestState.values())
                .filter(state -> TransitionTable.transitions().stream()
                        .noneMatch(t -> t.from().equals(Optional.of(state))))
                .toList();
    }
}
