package dev.callsheet.intake.credential;

import static org.assertj.core.api.Assertions.assertThat;

import dev.callsheet.config.CallsheetProperties;
import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import dev.callsheet.source.InstanceProperties.Instance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SetupHintsTest {

    private static final String BASE = "http://media.local:8080";
    private final SecretsFile file = new SecretsFile(Path.of("/srv/callsheet"));
    private final InstanceProperties instances = new InstanceProperties(Map.of(
            "radarr4k", new Instance(SourceKind.RADARR, null, null, null, null, true, Duration.ofSeconds(10)),
            "anime", new Instance(SourceKind.SONARR, null, null, null, null, false, Duration.ofSeconds(10))));

    @Test
    void showsGeneratedSecretsOnTheStartThatGeneratedThem() {
        String text = hints(Secret.Origin.GENERATED).text(BASE);

        assertThat(text)
                .contains("Webhook URL " + BASE + "/webhooks/overseerr, Authorization Header Bearer overseerr-secret")
                .contains("URL " + BASE + "/webhooks/radarr, Method POST, Username radarr, Password radarr-secret")
                .contains("URL " + BASE + "/webhooks/sonarr, Method POST, Username sonarr, Password sonarr-secret")
                .contains(BASE + "/webhooks/plex?token=plex-secret")
                .contains("X-Api-Key: api-secret")
                .contains("shown only now; they are kept in " + file.path());
    }

    @Test
    void pointsToTheSecretsFileOnLaterStarts() {
        String text = hints(Secret.Origin.STORED).text(BASE);

        assertThat(text)
                .doesNotContain("-secret")
                .contains("Password <callsheet.intake.radarr.password in " + file.path() + ">")
                .contains("/webhooks/plex?token=<callsheet.intake.plex.token in " + file.path() + ">");
    }

    @Test
    void neverShowsConfiguredSecrets() {
        String text = hints(Secret.Origin.CONFIGURED).text(BASE);

        assertThat(text)
                .doesNotContain("-secret")
                .contains("Authorization Header <the configured " + "callsheet.intake.overseerr.authorization>");
    }

    @Test
    void listsTheUrlOfEveryDeclaredArrInstance() {
        String text = hints(Secret.Origin.STORED).text(BASE);

        assertThat(text)
                .contains("Radarr instance radarr4k: URL " + BASE + "/webhooks/radarr/radarr4k")
                .contains("Sonarr instance anime: URL " + BASE + "/webhooks/sonarr/anime");
    }

    private SetupHints hints(Secret.Origin origin) {
        var credentials = new IntakeCredentials(
                new Secret("Bearer overseerr-secret", origin),
                new BasicCredential("radarr", new Secret("radarr-secret", origin)),
                new BasicCredential("sonarr", new Secret("sonarr-secret", origin)),
                new Secret("plex-secret", origin));
        return new SetupHints(
                credentials,
                new ApiKey(new Secret("api-secret", origin)),
                file,
                new CallsheetProperties(Path.of("/srv/callsheet"), null, null),
                instances);
    }
}
