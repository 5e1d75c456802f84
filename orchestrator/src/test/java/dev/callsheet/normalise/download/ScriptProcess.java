package dev.callsheet.normalise.download;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs one of the shipped download client scripts ({@code scripts/} at the repository root) as a
 * client would: a new process with arguments and environment, nothing on stdin.
 *
 * @param script the script to run
 * @param shell null to start the script itself, through its {@code #!} line, as the clients do; else
 *     the shell to run it with
 * @param environment added to a copy of this process's environment; {@code PATH} replaces it
 */
public record ScriptProcess(Path script, String shell, Map<String, String> environment) {

    /** Commands the scripts use besides curl and wget. */
    private static final List<String> TOOLS = List.of("dirname", "tr", "sed", "tail", "cut", "od", "mktemp", "rm");

    /** @param script its path under {@code scripts/} */
    public static ScriptProcess of(String script) {
        return at(path(script));
    }

    public static ScriptProcess at(Path script) {
        return new ScriptProcess(script, null, Map.of());
    }

    /** Writes a {@code callsheet.conf} as the qBittorrent and SABnzbd scripts read it. */
    public static Path conf(Path file, String url, String token) throws IOException {
        return Files.writeString(file, "# Callsheet\nurl = " + url + "\ntoken=" + token + "\n");
    }

    public ScriptProcess withShell(String shell) {
        return new ScriptProcess(script, shell, environment);
    }

    public ScriptProcess with(String name, String value) {
        Map<String, String> more = new HashMap<>(environment);
        more.put(name, value);
        return new ScriptProcess(script, shell, more);
    }

    /**
     * With a {@code PATH} of only the tools the scripts need and these HTTP clients, so that a run can
     * find curl missing, or both.
     *
     * @param directory where to put the links to the tools
     */
    public ScriptProcess withHttpClients(Path directory, String... clients) {
        try {
            Files.createDirectories(directory);
            for (String tool :
                    Stream.concat(TOOLS.stream(), Arrays.stream(clients)).toList()) {
                Files.createSymbolicLink(directory.resolve(tool), installed(tool));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return with("PATH", directory.toString());
    }

    /** The path of a script under the repository's {@code scripts/} folder. */
    public static Path path(String script) {
        return Path.of(System.getProperty("basedir", "."))
                .toAbsolutePath()
                .resolveSibling("scripts")
                .resolve(script);
    }

    public Outcome run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (shell != null) {
            command.add(shell);
        }
        command.add(script.toString());
        command.addAll(List.of(arguments));
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(script + " still ran after 30 s");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        return new Outcome(
                process.exitValue(), new String(process.getInputStream().readAllBytes(), UTF_8), took);
    }

    private static Path installed(String tool) {
        return Arrays.stream(System.getenv("PATH").split(File.pathSeparator))
                .map(directory -> Path.of(directory, tool))
                .filter(Files::isExecutable)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(tool + " is not installed"));
    }

    /**
     * @param output stdout and stderr together
     * @param took from start to exit
     */
    public record Outcome(int exitCode, String output, Duration took) {}
}
