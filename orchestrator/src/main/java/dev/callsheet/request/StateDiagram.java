package dev.callsheet.request;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the request and episode state machines out of {@link TransitionTable} and {@link
 * EpisodeTransitionTable}: the Mermaid diagrams and the {@code docs/state-machine.md} page around
 * them, so that the docs cannot drift from the code.
 */
public final class StateDiagram {

    private static final String START = "[*]";
    private static final String NEW = "(new)";

    private StateDiagram() {}

    /** One row of either table, as the diagram shows it; {@code from} is empty for the first move. */
    private record Row(String from, String to, String trigger) {}

    /** The request diagram, Mermaid {@code stateDiagram-v2}: every transition with its trigger, and the final states. */
    public static String mermaid() {
        return mermaid(requestRows(), finalStates(requestRows(), ids(RequestState.values())));
    }

    /** The episode diagram; every episode state can be the last one, so none is drawn as final. */
    public static String episodeMermaid() {
        return mermaid(episodeRows(), List.of());
    }

    /** The whole {@code docs/state-machine.md} page. */
    public static String markdown() {
        return StateDiagramText.REQUESTS
                + diagram(mermaid(), requestRows())
                + StateDiagramText.DEADLINES
                + StateDiagramText.EPISODES
                + diagram(episodeMermaid(), episodeRows());
    }

    private static String diagram(String mermaid, List<Row> rows) {
        StringBuilder text = new StringBuilder("```mermaid\n").append(mermaid).append("```\n\n");
        text.append("| from | to | trigger |\n|---|---|---|\n");
        for (Row row : rows) {
            text.append(
                    "| %s | %s | %s |\n".formatted(row.from().isEmpty() ? NEW : row.from(), row.to(), row.trigger()));
        }
        return text.toString();
    }

    private static String mermaid(List<Row> rows, List<String> finalStates) {
        StringBuilder text = new StringBuilder("stateDiagram-v2\n");
        for (Row row : rows) {
            String from = row.from().isEmpty() ? START : row.from();
            text.append("    %s --> %s : %s\n".formatted(from, row.to(), row.trigger()));
        }
        for (String state : finalStates) {
            text.append("    %s --> %s\n".formatted(state, START));
        }
        return text.toString();
    }

    private static List<Row> requestRows() {
        return TransitionTable.transitions().stream()
                .map(t -> new Row(t.from().map(RequestState::id).orElse(""), t.to().id(), t.trigger()))
                .toList();
    }

    private static List<Row> episodeRows() {
        return EpisodeTransitionTable.transitions().stream()
                .map(t -> new Row(t.from().map(EpisodeState::id).orElse(""), t.to().id(), t.trigger()))
                .toList();
    }

    private static List<String> finalStates(List<Row> rows, List<String> states) {
        Set<String> left = rows.stream().map(Row::from).collect(Collectors.toSet());
        return states.stream().filter(state -> !left.contains(state)).toList();
    }

    private static List<String> ids(RequestState... states) {
        return Arrays.stream(states).map(RequestState::id).toList();
    }
}
