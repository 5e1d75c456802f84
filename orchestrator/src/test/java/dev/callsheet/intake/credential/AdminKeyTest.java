package dev.callsheet.intake.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.callsheet.config.CallsheetProperties;
import dev.callsheet.source.InstanceProperties;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin key as a start resolves it: {@link CredentialsConfiguration}'s beans, then the set-up hints. */
class AdminKeyTest {

    private static final String BASE = "http://media.local:8080";

    @TempDir
    Path dataDir;

    private final CredentialsConfiguration configuration = new CredentialsConfiguration();

    @Test
    void isGeneratedKeptAndShownOnlyOnTheFirstStart() throws IOException {
        Start first = start(settings(null, null));

        assertThat(first.adminKey().secret().origin()).isEqualTo(Secret.Origin.GENERATED);
        assertThat(first.adminKey().secret().value())
                .matches("[A-Za-z0-9_-]{43}")
                .isNotEqualTo(first.apiKey().secret().value());
        assertThat(stored().getProperty(AdminKey.PROPERTY))
                .isEqualTo(first.adminKey().secret().value());
        assertThat(first.hints())
                .containsOnlyOnce(first.adminKey().secret().value())
                .contains("Admins acting through /api (every method but GET): header X-Api-Key: "
                        + first.adminKey().secret().value());

        Start second = start(settings(null, null));

        assertThat(second.adminKey().secret())
                .isEqualTo(new Secret(first.adminKey().secret().value(), Secret.Origin.STORED));
        assertThat(second.hints())
                .doesNotContain(first.adminKey().secret().value())
                .contains("header X-Api-Key: <callsheet.admin-key in " + dataDir.resolve(SecretsFile.FILE_NAME) + ">");
    }

    @Test
    void prefersTheConfiguredKeyAndNeverShowsIt() {
        Start start = start(settings(null, "configured-admin-key"));

        assertThat(start.adminKey().secret()).isEqualTo(new Secret("configured-admin-key", Secret.Origin.CONFIGURED));
        assertThat(start.adminKey().toString()).doesNotContain("configured-admin-key");
        assertThat(settings(null, "configured-admin-key").toString()).doesNotContain("configured-admin-key");
        assertThat(start.hints())
                .doesNotContain("configured-admin-key")
                .contains("<the configured callsheet.admin-key>");
    }

    @Test
    void refusesToStartWhenTheAdminKeyIsTheReadKey() {
        var settings = settings("one-key-for-both", "one-key-for-both");
        var secretsFile = new SecretsFile(dataDir);
        var apiKey = configuration.apiKey(settings, secretsFile);

        assertThatIllegalStateException()
                .isThrownBy(() -> configuration.adminKey(settings, secretsFile, apiKey))
                .withMessageContaining("callsheet.admin-key must differ from callsheet.api-key")
                .withMessageNotContaining("one-key-for-both");
    }

    @Test
    void refusesAConfiguredAdminKeyThatIsTheStoredReadKey() {
        String storedReadKey = start(settings(null, null)).apiKey().secret().value();

        var settings = settings(null, storedReadKey);
        var secretsFile = new SecretsFile(dataDir);
        var apiKey = configuration.apiKey(settings, secretsFile);

        assertThatIllegalStateException()
                .isThrownBy(() -> configuration.adminKey(settings, secretsFile, apiKey))
                .withMessageNotContaining(storedReadKey);
    }

    private Start start(CallsheetProperties settings) {
        var secretsFile = new SecretsFile(dataDir);
        ApiKey apiKey = configuration.apiKey(settings, secretsFile);
        AdminKey adminKey = configuration.adminKey(settings, secretsFile, apiKey);
        var credentials = new IntakeCredentials(
                new Secret("Bearer overseerr-secret", Secret.Origin.CONFIGURED),
                new BasicCredential("radarr", new Secret("radarr-secret", Secret.Origin.CONFIGURED)),
                new BasicCredential("sonarr", new Secret("sonarr-secret", Secret.Origin.CONFIGURED)),
                new Secret("plex-secret", Secret.Origin.CONFIGURED),
                new Secret("scripts-secret", Secret.Origin.CONFIGURED));
        String hints = new SetupHints(
                        credentials, apiKey, adminKey, secretsFile, settings, new InstanceProperties(Map.of()))
                .text(BASE);
        return new Start(apiKey, adminKey, hints);
    }

    private CallsheetProperties settings(String apiKey, String adminKey) {
        return new CallsheetProperties(dataDir, apiKey, adminKey, null);
    }

    private Properties stored() throws IOException {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDir.resolve(SecretsFile.FILE_NAME))) {
            properties.load(reader);
        }
        return properties;
    }

    private record Start(ApiKey apiKey, AdminKey adminKey, String hints) {}
}
