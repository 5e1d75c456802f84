package dev.callsheet.intake.credential;

import dev.callsheet.config.ApprovalLinkProperties;
import dev.callsheet.config.CallsheetProperties;
import dev.callsheet.events.SourceKind;
import dev.callsheet.intake.IntakeProperties;
import dev.callsheet.intake.credential.SecretsFile.Wanted;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Resolves the webhook credentials, the read and admin keys of {@code /api} and the signing key of the
 * one-tap links once, at start-up.
 */
@Configuration(proxyBeanMethods = false)
class CredentialsConfiguration {

    @Bean
    SecretsFile secretsFile(CallsheetProperties callsheet) {
        return new SecretsFile(callsheet.dataDir());
    }

    @Bean
    IntakeCredentials intakeCredentials(IntakeProperties intake, SecretsFile secretsFile) {
        Map<String, Secret> secrets = secretsFile.resolve(List.of(
                // Overseerr sends its setting verbatim as the header, so the scheme is part of the secret.
                Wanted.of(
                                IntakeCredentials.OVERSEERR_AUTHORIZATION,
                                intake.overseerr().authorization())
                        .generatedWithPrefix("Bearer "),
                Wanted.of(IntakeCredentials.RADARR_PASSWORD, intake.radarr().password()),
                Wanted.of(IntakeCredentials.SONARR_PASSWORD, intake.sonarr().password()),
                Wanted.of(IntakeCredentials.PLEX_TOKEN, intake.plex().token()),
                Wanted.of(IntakeCredentials.SCRIPTS_TOKEN, intake.scripts().token())));
        return new IntakeCredentials(
                secrets.get(IntakeCredentials.OVERSEERR_AUTHORIZATION),
                basic(intake.radarr(), SourceKind.RADARR, secrets.get(IntakeCredentials.RADARR_PASSWORD)),
                basic(intake.sonarr(), SourceKind.SONARR, secrets.get(IntakeCredentials.SONARR_PASSWORD)),
                secrets.get(IntakeCredentials.PLEX_TOKEN),
                secrets.get(IntakeCredentials.SCRIPTS_TOKEN));
    }

    @Bean
    ApiKey apiKey(CallsheetProperties callsheet, SecretsFile secretsFile) {
        return new ApiKey(secretsFile
                .resolve(List.of(Wanted.of(ApiKey.PROPERTY, callsheet.apiKey())))
                .get(ApiKey.PROPERTY));
    }

    /** Refuses to start when the admin key is the read key: every reader could then act. */
    @Bean
    AdminKey adminKey(CallsheetProperties callsheet, SecretsFile secretsFile, ApiKey apiKey) {
        var adminKey = new AdminKey(secretsFile
                .resolve(List.of(Wanted.of(AdminKey.PROPERTY, callsheet.adminKey())))
                .get(AdminKey.PROPERTY));
        if (apiKey.matches(adminKey.secret().value())) {
            throw new IllegalStateException(AdminKey.PROPERTY + " must differ from " + ApiKey.PROPERTY
                    + ", or the read key could act: set one of them to another value");
        }
        return adminKey;
    }

    @Bean
    LinkSecret linkSecret(ApprovalLinkProperties links, SecretsFile secretsFile) {
        return new LinkSecret(secretsFile
                .resolve(List.of(Wanted.of(LinkSecret.PROPERTY, links.linkSecret())))
                .get(LinkSecret.PROPERTY));
    }

    private static BasicCredential basic(IntakeProperties.Basic configured, SourceKind source, Secret password) {
        String username =
                configured.username() == null || configured.username().isBlank() ? source.id() : configured.username();
        return new BasicCredential(username, password);
    }
}
