package dev.callsheet.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StateDiagramTest {

    private static final String WRITE = "callsheet.writeStateDiagram";
    private static final String REGENERATE = "docs/state-machine.md differs from TransitionTable; regenerate it with"
            + " ./mvnw -o -pl events,orchestrator -am test -Dtest=StateDiagramTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE + "=true";

    @Test
    void keepsTheCheckedInStateDiagramInStepWithTheTable() throws IOException {
        Path doc = projectRoot().resolve("docs/state-machine.md");
        String generated = StateDiagram.markdown();
        if (Boolean.getBoolean(WRITE)) {
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, generated);
        }

        assertThat(doc).as(REGENERATE).exists();
        assertThat(Files.readString(doc)).as(REGENERATE).isEqualTo(generated);
    }

    @Test
    void drawsEveryTransitionAndTheFinalStates() {
        assertThat(StateDiagram.mermaid().lines())
                .startsWith("stateDiagram-v2")
                .hasSize(1 + TransitionTable.transitions().size() + 2)
                .contains(
                        "    [*] --> requested : submitted, or first heard of by a later request event",
                        "    available --> notified : notification sent",
                        "    notified --> searching : new episodes joined the scope",
                        "    declined --> [*]",
                        "    cancelled --> [*]")
                // A notified series request goes back when new episodes join its scope: it is not final.
                .doesNotContain("    notified --> [*]");
    }

    @Test
    void tablesEveryTransitionWithItsTrigger() {
        assertThat(StateDiagram.markdown())
                .contains("```mermaid\n" + StateDiagram.mermaid() + "```")
                .contains("| (new) | requested | submitted, or first heard of by a later request event |")
                .contains("| failed | approved | approved again |");
    }

    @Test
    void drawsTheEpisodeStatesToo() {
        assertThat(StateDiagram.episodeMermaid().lines())
                .startsWith("stateDiagram-v2")
                .hasSize(1 + EpisodeTransitionTable.transitions().size())
                .contains(
                        "    [*] --> downloading : grabbed",
                        "    downloading --> failed : its download failed, or its import needs manual interaction");
        assertThat(StateDiagram.markdown())
                .contains("# Episode states")
                .contains("```mermaid\n" + StateDiagram.episodeMermaid() + "```")
                .contains("| available | searching | new episodes joined the scope |");
    }

    /** The directory holding the Maven wrapper: tests run from the module directory. */
    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (!Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
