package dev.callsheet.request;

import static dev.callsheet.request.Facts.addedToPlex;
import static dev.callsheet.request.Facts.approved;
import static dev.callsheet.request.Facts.autoApproved;
import static dev.callsheet.request.Facts.clientFailed;
import static dev.callsheet.request.Facts.declined;
import static dev.callsheet.request.Facts.failed;
import static dev.callsheet.request.Facts.grabbed;
import static dev.callsheet.request.Facts.imported;
import static dev.callsheet.request.Facts.movieAdded;
import static dev.callsheet.request.Facts.movieDeleted;
import static dev.callsheet.request.Facts.reportedAvailable;
import static dev.callsheet.request.Facts.submitted;
import static dev.callsheet.request.Facts.upgraded;
import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.events.media.MediaEvent;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per transition and per guard: given some facts, when one more arrives, request 42's
 * timeline shows this path. A path reads {@code before > state after each entry}; {@code none} is
 * a request not heard of yet, and {@code x > x} is a "no change" entry.
 */
class RequestTransitionsTest {

    record Row(String name, List<MediaEvent> given, MediaEvent when, String path) {
        @Override
        public String toString() {
            return name + ": " + path;
        }
    }

    static Stream<Row> transitions() {
        return Stream.of(
                row("submission opens", List.of(), submitted(42), "none > requested"),
                row("auto-approval opens and approves", List.of(), autoApproved(42), "none > requested > approved"),
                row("approval opens a missed submission", List.of(), approved(42), "none > requested > approved"),
                row("decline opens a missed submission", List.of(), declined(42), "none > requested > declined"),
                row("approval", List.of(submitted(42)), approved(42), "requested > approved"),
                row("decline", List.of(submitted(42)), declined(42), "requested > declined"),
                row("failure before approval seen", List.of(submitted(42)), failed(42), "requested > failed"),
                row("failure after approval", List.of(autoApproved(42)), failed(42), "approved > failed"),
                row("movie added", List.of(autoApproved(42)), movieAdded(), "approved > searching"),
                row("grab without add seen", List.of(autoApproved(42)), grabbed(), "approved > downloading"),
                row("import without grab seen", List.of(autoApproved(42)), imported(), "approved > imported"),
                row("library without import seen", List.of(autoApproved(42)), addedToPlex(), "approved > available"),
                row("removed before add", List.of(autoApproved(42)), movieDeleted(false), "approved > cancelled"),
                row(
                        "approval joins added movie",
                        List.of(movieAdded(), submitted(42)),
                        approved(42),
                        "requested > approved > searching"),
                row(
                        "approval joins download",
                        List.of(movieAdded(), grabbed(), submitted(42)),
                        approved(42),
                        "requested > approved > downloading"),
                row(
                        "approval joins import",
                        List.of(grabbed(), imported(), submitted(42)),
                        approved(42),
                        "requested > approved > imported"),
                row(
                        "approval joins library",
                        List.of(imported(), addedToPlex(), submitted(42)),
                        approved(42),
                        "requested > approved > available"),
                row("grab", List.of(autoApproved(42), movieAdded()), grabbed(), "searching > downloading"),
                row(
                        "import after missed grab",
                        List.of(autoApproved(42), movieAdded()),
                        imported(),
                        "searching > imported"),
                row(
                        "library straight after add",
                        List.of(autoApproved(42), movieAdded()),
                        addedToPlex(),
                        "searching > available"),
                row(
                        "removed while searching",
                        List.of(autoApproved(42), movieAdded()),
                        movieDeleted(true),
                        "searching > cancelled"),
                row(
                        "download fails in the client",
                        List.of(autoApproved(42), grabbed()),
                        clientFailed("missingFiles"),
                        "downloading > failed"),
                row("import", List.of(autoApproved(42), grabbed()), imported(), "downloading > imported"),
                row(
                        "upgrade import when import was missed",
                        List.of(autoApproved(42), grabbed()),
                        upgraded(),
                        "downloading > imported"),
                row(
                        "request manager sees it first",
                        List.of(autoApproved(42), grabbed()),
                        reportedAvailable(42),
                        "downloading > available"),
                row(
                        "removed while downloading",
                        List.of(autoApproved(42), grabbed()),
                        movieDeleted(true),
                        "downloading > cancelled"),
                row("library", List.of(autoApproved(42), imported()), addedToPlex(), "imported > available"),
                row(
                        "request manager reports it",
                        List.of(autoApproved(42), imported()),
                        reportedAvailable(42),
                        "imported > available"),
                row(
                        "removed once imported",
                        List.of(autoApproved(42), imported()),
                        movieDeleted(false),
                        "imported > cancelled"),
                row(
                        "approved again after failure",
                        List.of(autoApproved(42), failed(42)),
                        approved(42),
                        "failed > approved"),
                row("added after failure", List.of(autoApproved(42), failed(42)), movieAdded(), "failed > searching"),
                row("grabbed after failure", List.of(autoApproved(42), failed(42)), grabbed(), "failed > downloading"),
                row("imported after failure", List.of(autoApproved(42), failed(42)), imported(), "failed > imported"),
                row(
                        "library after failure",
                        List.of(autoApproved(42), failed(42)),
                        addedToPlex(),
                        "failed > available"),
                row(
                        "removed after failure",
                        List.of(autoApproved(42), failed(42)),
                        movieDeleted(true),
                        "failed > cancelled"));
    }

    static Stream<Row> guards() {
        return Stream.of(
                row("repeated submission", List.of(submitted(42)), submitted(42), "requested > requested"),
                row(
                        "late submission after auto-approval",
                        List.of(autoApproved(42)),
                        submitted(42),
                        "approved > approved"),
                row("repeated approval", List.of(autoApproved(42)), approved(42), "approved > approved"),
                row(
                        "approval after decline",
                        List.of(submitted(42), declined(42)),
                        approved(42),
                        "declined > declined"),
                row("decline after approval", List.of(autoApproved(42)), declined(42), "approved > approved"),
                row(
                        "failure once downloading",
                        List.of(autoApproved(42), grabbed()),
                        failed(42),
                        "downloading > downloading"),
                row("progress while waiting for approval", List.of(submitted(42)), grabbed(), "requested > requested"),
                row("add after grab", List.of(autoApproved(42), grabbed()), movieAdded(), "downloading > downloading"),
                row("grab after import", List.of(autoApproved(42), imported()), grabbed(), "imported > imported"),
                row(
                        "import after library",
                        List.of(autoApproved(42), addedToPlex()),
                        imported(),
                        "available > available"),
                row(
                        "repeated library",
                        List.of(autoApproved(42), addedToPlex()),
                        addedToPlex(),
                        "available > available"),
                row(
                        "removed once available",
                        List.of(autoApproved(42), addedToPlex()),
                        movieDeleted(true),
                        "available > available"),
                row(
                        "removed while waiting for approval",
                        List.of(submitted(42)),
                        movieDeleted(false),
                        "requested > requested"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"transitions", "guards"})
    void writesThePathOnTheRequestTimeline(Row row) {
        Outcome outcome = Scenario.given(row.given().toArray(MediaEvent[]::new)).when(row.when());
        List<String> path = Arrays.asList(row.path().split(" > "));

        List<TimelineEntry> entries = outcome.entriesOf(42);
        assertThat(entries).extracting(TimelineEntry::state).containsExactlyElementsOf(path.subList(1, path.size()));
        assertThat(entries.getFirst().previousState())
                .isEqualTo(path.getFirst().equals("none") ? null : path.getFirst());
        assertThat(entries)
                .allSatisfy(e -> assertThat(e.changed()).isEqualTo(!e.state().equals(e.previousState())));
        assertThat(outcome.stateOf(42).id()).isEqualTo(path.getLast());
    }

    /** Movie rows: a series request's moves back are specified by {@code SeasonStillAiringTest}. */
    @Test
    void everyTransitionButNotificationHasARow() {
        Set<Transition> reached = new HashSet<>();
        transitions().forEach(row -> {
            List<String> path = Arrays.asList(row.path().split(" > "));
            for (int i = 1; i < path.size(); i++) {
                Optional<RequestState> from = path.get(i - 1).equals("none")
                        ? Optional.empty()
                        : Optional.of(RequestState.fromId(path.get(i - 1)));
                RequestState to = RequestState.fromId(path.get(i));
                TransitionTable.transitions().stream()
                        .filter(t -> t.from().equals(from) && t.to() == to)
                        .forEach(reached::add);
            }
        });

        assertThat(TransitionTable.transitions())
                .filteredOn(t -> !t.trigger().equals(TransitionTable.NEW_EPISODES))
                .filteredOn(t -> !reached.contains(t))
                .extracting(Transition::to)
                .containsExactly(RequestState.NOTIFIED);
    }

    @Test
    void guardsLeaveTheRequestWhereItWas() {
        guards().forEach(row -> {
            String[] path = row.path().split(" > ");
            assertThat(path).as(row.name()).hasSize(2);
            assertThat(path[0]).as(row.name()).isEqualTo(path[1]);
        });
    }

    private static Row row(String name, List<MediaEvent> given, MediaEvent when, String path) {
        return new Row(name, given, when, path);
    }
}
