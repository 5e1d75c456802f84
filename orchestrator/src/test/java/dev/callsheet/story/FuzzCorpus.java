package dev.callsheet.story;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real bodies under {@code src/test/resources/payloads} that fuzzing starts from, in name order. */
final class FuzzCorpus {

    private FuzzCorpus() {}

    static List<byte[]> matching(List<String> globs) {
        Path payloads = directory();
        List<Path> files = new ArrayList<>();
        for (String glob : globs) {
            try (var matches = Files.newDirectoryStream(payloads, glob)) {
                matches.forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no payloads match " + globs);
        }
        // Sorted, so that a seed picks the same body on every machine.
        return files.stream().sorted().map(FuzzCorpus::read).toList();
    }

    private static Path directory() {
        try {
            return Path.of(FuzzCorpus.class.getResource("/payloads").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
