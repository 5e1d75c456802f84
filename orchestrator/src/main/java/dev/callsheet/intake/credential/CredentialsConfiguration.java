package dev.callsheet.intake.credential;

import dev.callsheet.config.CallsheetProperties;
import dev.callsheet.events.SourceKind;
import dev.callsheet.intake.IntakeProperties;
import dev.callsheet.intake.credential.SecretsFile.Wanted;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Resolves the webhook credentials and the API key once, at start-up. */
@Configuration(proxyBeanMethods = false)
class CredentialsConfiguration {

    static final String OVERSEERR_AUTHORIZATION = "callsheet.intake.overseerr.authorization";
    static final String RADARR_PASSWORD = "callsheet.intake.radarr.password";
    static final String SONARR_PASSWORD = "callsheet.intake.sonarr.password";
    static final String PLEX_TOKEN = "callsheet.intake.plex.token";
    static final String API_KEY = "callsheet.api-key";

    @Bean
    SecretsFile secretsFile(CallsheetProperties callsheet) {
        return new SecretsFile(callsheet.dataDir());
    }

    @Bean
    IntakeCredentials intakeCredentials(IntakeProperties intake, SecretsFile secretsFile) {
        Map<String, Secret> secrets = secretsFile.resolve(List.of(
                // Overseerr sends its setting verbatim as the header, so the scheme is part of the secret.
                Wanted.of(OVERSEERR_AUTHORIZATION, intake.overseerr().authorization())
                        .generatedWithPrefix("Bearer "),
                Wanted.of(RADARR_PASSWORD, intake.radarr().password()),
                Wanted.of(SONARR_PASSWORD, intake.sonarr().password()),
                Wanted.of(PLEX_TOKEN, intake.plex().token())));
        return new IntakeCredentials(
                secrets.get(OVERSEERR_AUTHORIZATION),
                basic(intake.radarr(), SourceKind.RADARR, secrets.get(RADARR_PASSWORD)),
                basic(intake.sonarr(), SourceKind.SONARR, secrets.get(SONARR_PASSWORD)),
                secrets.get(PLEX_TOKEN));
    }

    @Bean
    ApiKey apiKey(CallsheetProperties callsheet, SecretsFile secretsFile) {
        return new ApiKey(secretsFile
                .resolve(List.of(Wanted.of(API_KEY, callsheet.apiKey())))
                .get(API_KEY));
    }

    private static BasicCredential basic(IntakeProperties.Basic configured, SourceKind source, Secret password) {
        String username =
                configured.username() == null || configured.username().isBlank() ? source.id() : configured.username();
        return new BasicCredential(username, password);
    }
}
