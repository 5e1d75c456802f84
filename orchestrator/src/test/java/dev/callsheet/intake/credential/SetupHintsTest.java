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
            "anime", new Instance(SourceKind.SONARR, null, null, null, null, false, Duration.ofSeconds(10)),
            "seedbox", new Instance(SourceKind.QBITTORRENT, null, null, null, null, false, Duration.ofSeconds(10)),
            "nzbget", new Instance(SourceKind.NZBGET, null, null, null, null, false, Duration.ofSeconds(10))));

    @Test
    void showsGeneratedSecretsOnTheStartThatGeneratedThem() {
        String text = hints(Secret.Origin.GENERATED).text(BASE);

        assertThat(text)
                .contains("Webhook URL " + BASE + "/webhooks/overseerr, Authorization Header Bearer overseerr-secret")
                .contains("URL " + BASE + "/webhooks/radarr, Method POST, Username radarr, Password radarr-secret")
                .contains("URL " + BASE + "/webhooks/sonarr, Method POST, Username sonarr, Password sonarr-secret")
                .contains(BASE + "/webhooks/plex?token=plex-secret")
                .contains("only read: header X-Api-Key: api-secret")
                .contains("acting through /api (every method but GET): header X-Api-Key: admin-secret")
                .contains("callsheet.conf beside callsheet-qbittorrent.sh: url=" + BASE
                        + "/webhooks/qbittorrent token=scripts-secret")
                .contains("callsheet.conf beside callsheet-sabnzbd.sh: url=" + BASE
                        + "/webhooks/sabnzbd token=scripts-secret")
                .contains("NZBGet → Settings → CALLSHEET: Url " + BASE + "/webhooks/nzbget, Token scripts-secret")
                .contains("shown only now; they are kept in " + file.path());
    }

    @Test
    void pointsToTheSecretsFileOnLaterStarts() {
        String text = hints(Secret.Origin.STORED).text(BASE);

        assertThat(text)
                .doesNotContain("-secret")
                .contains("Password <callsheet.intake.radarr.password in " + file.path() + ">")
                .contains("/webhooks/plex?token=<callsheet.intake.plex.token in " + file.path() + ">")
                .contains("/webhooks/nzbget, Token <callsheet.intake.scripts.token in " + file.path() + ">");
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

    @Test
    void listsTheScriptUrlOfEveryDeclaredDownloadClientInstance() {
        String text = hints(Secret.Origin.STORED).text(BASE);

        assertThat(text)
                .contains("callsheet.conf beside callsheet-qbittorrent.sh (instance seedbox): url=" + BASE
                        + "/webhooks/qbittorrent/seedbox token=<")
                // The instance named like its kind owns the bare path and gets no line of its own.
                .doesNotContain("/webhooks/nzbget/nzbget");
    }

    private SetupHints hints(Secret.Origin origin) {
        var credentials = new IntakeCredentials(
                new Secret("Bearer overseerr-secret", origin),
                new BasicCredential("radarr", new Secret("radarr-secret", origin)),
                new BasicCredential("sonarr", new Secret("sonarr-secret", origin)),
                new Secret("plex-secret", origin),
                new Secret("scripts-secret", origin));
        return new SetupHints(
                credentials,
                new ApiKey(new Secret("api-secret", origin)),
                new AdminKey(new Secret("admin-secret", origin)),
                file,
                new CallsheetProperties(Path.of("/srv/callsheet"), null, null, null),
                instances);
    }
}
