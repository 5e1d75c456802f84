package dev.callsheet.intake.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.callsheet.intake.credential.SecretsFile.Wanted;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsFileTest {

    private static final String TOKEN = "callsheet.intake.plex.token";
    private static final String HEADER = "callsheet.intake.overseerr.authorization";

    @TempDir
    Path dataDir;

    @Test
    void generatesAStrongUrlSafeSecretWhenNoneIsConfigured() {
        Secret token = new SecretsFile(dataDir)
                .resolve(List.of(Wanted.of(TOKEN, null)))
                .get(TOKEN);

        assertThat(token.origin()).isEqualTo(Secret.Origin.GENERATED);
        assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token.value())).hasSize(32);
    }

    @Test
    void generatesDifferentSecretsForDifferentProperties() {
        Map<String, Secret> secrets =
                new SecretsFile(dataDir).resolve(List.of(Wanted.of(TOKEN, null), Wanted.of("callsheet.api-key", "")));

        assertThat(secrets.get(TOKEN).value())
                .isNotEqualTo(secrets.get("callsheet.api-key").value());
    }

    @Test
    void reusesTheStoredSecretOnALaterStart() {
        Secret first = new SecretsFile(dataDir)
                .resolve(List.of(Wanted.of(TOKEN, null)))
                .get(TOKEN);

        Secret later = new SecretsFile(dataDir)
                .resolve(List.of(Wanted.of(TOKEN, null)))
                .get(TOKEN);

        assertThat(later.value()).isEqualTo(first.value());
        assertThat(later.origin()).isEqualTo(Secret.Origin.STORED);
    }

    @Test
    void keepsEarlierSecretsWhenAddingOne() throws IOException {
        var file = new SecretsFile(dataDir);
        Secret token = file.resolve(List.of(Wanted.of(TOKEN, null))).get(TOKEN);

        file.resolve(List.of(Wanted.of("callsheet.api-key", null)));

        assertThat(stored().getProperty(TOKEN)).isEqualTo(token.value());
        assertThat(stored().getProperty("callsheet.api-key")).isNotBlank();
    }

    @Test
    void prefersTheConfiguredValueAndNeitherWritesNorLogsIt() {
        Secret token = new SecretsFile(dataDir)
                .resolve(List.of(Wanted.of(TOKEN, "configured-token")))
                .get(TOKEN);

        assertThat(token).isEqualTo(new Secret("configured-token", Secret.Origin.CONFIGURED));
        assertThat(token.toString()).doesNotContain("configured-token");
        assertThat(dataDir.resolve(SecretsFile.FILE_NAME)).doesNotExist();
    }

    @Test
    void treatsABlankConfiguredValueAsUnset() {
        Secret token = new SecretsFile(dataDir)
                .resolve(List.of(Wanted.of(TOKEN, "  ")))
                .get(TOKEN);

        assertThat(token.origin()).isEqualTo(Secret.Origin.GENERATED);
    }

    @Test
    void putsThePrefixBeforeAGeneratedHeaderValue() {
        Secret header = new SecretsFile(dataDir)
                .resolve(List.of(Wanted.of(HEADER, null).generatedWithPrefix("Bearer ")))
                .get(HEADER);

        assertThat(header.value()).matches("Bearer [A-Za-z0-9_-]{43}");
    }

    @Test
    void writesTheFileReadableByItsOwnerOnly() throws IOException {
        assumeTrue(Files.getFileStore(dataDir).supportsFileAttributeView("posix"));

        new SecretsFile(dataDir).resolve(List.of(Wanted.of(TOKEN, null)));

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(SecretsFile.FILE_NAME))))
                .isEqualTo("rw-------");
        try (var files = Files.list(dataDir)) {
            assertThat(files).containsExactly(dataDir.resolve(SecretsFile.FILE_NAME));
        }
    }

    @Test
    void createsAMissingDataDirectory() {
        Path nested = dataDir.resolve("not/yet");

        new SecretsFile(nested).resolve(List.of(Wanted.of(TOKEN, null)));

        assertThat(nested.resolve(SecretsFile.FILE_NAME)).exists();
    }

    private Properties stored() throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDir.resolve(SecretsFile.FILE_NAME))) {
            properties.load(reader);
        }
        return properties;
    }
}
