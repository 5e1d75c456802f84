package dev.callsheet.intake.credential;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * The secrets Callsheet generated for itself, kept in {@code <data dir>/secrets.properties} under
 * the names of the properties that would configure them, so that later starts reuse them. The file
 * is readable by its owner only where the file system has POSIX permissions.
 */
public final class SecretsFile {

    public static final String FILE_NAME = "secrets.properties";

    /** 256 bits: as strong as the SHA-256 digests the secrets are compared through. */
    private static final int ENTROPY_BYTES = 32;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final String HEADER = """
             Secrets Callsheet generated because they were not configured. Keep this file private.
             A configured value (application.yaml, environment) takes precedence over the one here.""";

    private final Path file;
    private final SecureRandom random;

    public SecretsFile(Path dataDir) {
        this(dataDir, new SecureRandom());
    }

    SecretsFile(Path dataDir, SecureRandom random) {
        this.file = dataDir.resolve(FILE_NAME);
        this.random = random;
    }

    public Path path() {
        return file;
    }

    /**
     * Resolves each wanted secret: its configured value if there is one, else the one this file
     * keeps, else a new one, which is then written to the file before this returns.
     *
     * @return by property name, in the order asked for
     */
    public synchronized Map<String, Secret> resolve(List<Wanted> wanted) {
        Properties kept = load();
        Map<String, Secret> resolved = new LinkedHashMap<>();
        boolean generated = false;
        for (Wanted secret : wanted) {
            String stored = kept.getProperty(secret.property(), "");
            if (secret.configured().isPresent()) {
                resolved.put(secret.property(), new Secret(secret.configured().get(), Secret.Origin.CONFIGURED));
            } else if (!stored.isBlank()) {
                resolved.put(secret.property(), new Secret(stored, Secret.Origin.STORED));
            } else {
                String fresh = secret.generatedPrefix() + generate();
                kept.setProperty(secret.property(), fresh);
                resolved.put(secret.property(), new Secret(fresh, Secret.Origin.GENERATED));
                generated = true;
            }
        }
        if (generated) {
            store(kept);
        }
        return resolved;
    }

    /** A random URL-safe token (no padding), so it can go into a query string unescaped. */
    String generate() {
        byte[] bytes = new byte[ENTROPY_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Properties load() {
        var properties = new Properties();
        if (Files.exists(file)) {
            try (var reader = Files.newBufferedReader(file, UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the secrets file " + file, e);
            }
        }
        return properties;
    }

    /** Writes a private temporary file and moves it over the old one, so no reader sees half a file. */
    private void store(Properties properties) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, FILE_NAME, ".tmp", ownerOnly(dir));
            try {
                try (var writer = Files.newBufferedWriter(temp, UTF_8)) {
                    properties.store(writer, HEADER);
                }
                moveOver(temp);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated secrets to " + file, e);
        }
    }

    private void moveOver(Path temp) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path dir) throws IOException {
        return Files.getFileStore(dir).supportsFileAttributeView("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    /**
     * A secret Callsheet needs.
     *
     * @param property the property that configures it, also its name in the file
     * @param configured its configured value; blank counts as unset
     * @param generatedPrefix put before a generated value ({@code "Bearer "} for a header value)
     */
    public record Wanted(String property, Optional<String> configured, String generatedPrefix) {

        public Wanted {
            configured = configured.filter(value -> !value.isBlank());
        }

        public static Wanted of(String property, String configured) {
            return new Wanted(property, Optional.ofNullable(configured), "");
        }

        public Wanted generatedWithPrefix(String prefix) {
            return new Wanted(property, configured, prefix);
        }
    }
}
