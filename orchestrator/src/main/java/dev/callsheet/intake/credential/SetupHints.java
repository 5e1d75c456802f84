package dev.callsheet.intake.credential;

import dev.callsheet.config.CallsheetProperties;
import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Logs once, when the app is ready, what to paste into each service so that its webhooks reach
 * Callsheet. A secret is shown only on the start that generated it; stored ones are pointed to in
 * the secrets file, configured ones are never shown.
 */
@Component
class SetupHints {

    private static final Logger log = LoggerFactory.getLogger(SetupHints.class);

    private final IntakeCredentials credentials;
    private final ApiKey apiKey;
    private final AdminKey adminKey;
    private final SecretsFile secretsFile;
    private final CallsheetProperties callsheet;
    private final InstanceProperties instances;

    SetupHints(
            IntakeCredentials credentials,
            ApiKey apiKey,
            AdminKey adminKey,
            SecretsFile secretsFile,
            CallsheetProperties callsheet,
            InstanceProperties instances) {
        this.credentials = credentials;
        this.apiKey = apiKey;
        this.adminKey = adminKey;
        this.secretsFile = secretsFile;
        this.callsheet = callsheet;
        this.instances = instances;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        log.info(text(baseUrl(event.getApplicationContext().getEnvironment())));
    }

    String text(String baseUrl) {
        List<String> lines = new ArrayList<>();
        lines.add("Webhook set-up: paste these into each service");
        lines.add("  Overseerr/Jellyseerr/Seerr → Settings → Notifications → Webhook: Webhook URL " + baseUrl
                + "/webhooks/overseerr, Authorization Header "
                + show(credentials.overseerrAuthorization(), IntakeCredentials.OVERSEERR_AUTHORIZATION));
        lines.addAll(arr(baseUrl, SourceKind.RADARR, credentials.radarr(), IntakeCredentials.RADARR_PASSWORD));
        lines.addAll(arr(baseUrl, SourceKind.SONARR, credentials.sonarr(), IntakeCredentials.SONARR_PASSWORD));
        lines.add("  Plex → app.plex.tv → Settings → Webhooks → Add Webhook: " + baseUrl + "/webhooks/plex?token="
                + show(credentials.plexToken(), IntakeCredentials.PLEX_TOKEN));
        lines.addAll(downloadClients(baseUrl));
        lines.add("  API clients of /api that only read: header " + ApiKey.HEADER + ": "
                + show(apiKey.secret(), ApiKey.PROPERTY));
        lines.add("  Admins acting through /api (every method but GET): header " + ApiKey.HEADER + ": "
                + show(adminKey.secret(), AdminKey.PROPERTY));
        boolean generated = Stream.of(
                        credentials.overseerrAuthorization(),
                        credentials.radarr().password(),
                        credentials.sonarr().password(),
                        credentials.plexToken(),
                        credentials.scriptsToken(),
                        apiKey.secret(),
                        adminKey.secret())
                .anyMatch(secret -> secret.origin() == Secret.Origin.GENERATED);
        lines.add(
                generated
                        ? "Secrets generated on this start are shown only now; they are kept in " + secretsFile.path()
                        : "Generated secrets are kept in " + secretsFile.path());
        return String.join(System.lineSeparator(), lines);
    }

    private List<String> arr(String baseUrl, SourceKind source, BasicCredential credential, String passwordProperty) {
        String name = capitalised(source);
        String credentialText = ", Method POST, Username " + credential.username() + ", Password "
                + show(credential.password(), passwordProperty) + " (Test must succeed)";
        List<String> lines = new ArrayList<>();
        lines.add("  " + name + " → Settings → Connect → + → Webhook: URL " + baseUrl + "/webhooks/" + source.id()
                + credentialText);
        namedInstances(source)
                .forEach(instance -> lines.add("  " + name + " instance " + instance + ": URL " + baseUrl + "/webhooks/"
                        + source.id() + "/" + instance + credentialText));
        return lines;
    }

    /** The scripts read Callsheet's URL and token from callsheet.conf beside them; NZBGet's from its settings. */
    private List<String> downloadClients(String baseUrl) {
        String token = show(credentials.scriptsToken(), IntakeCredentials.SCRIPTS_TOKEN);
        List<String> lines = new ArrayList<>();
        lines.add("  qBittorrent, SABnzbd, NZBGet → install Callsheet's scripts (docs/download-clients.md) and set:");
        for (SourceKind client : List.of(SourceKind.QBITTORRENT, SourceKind.SABNZBD, SourceKind.NZBGET)) {
            lines.add("    " + scriptSetting(client, null, baseUrl + "/webhooks/" + client.id(), token));
            namedInstances(client)
                    .forEach(instance -> lines.add("    "
                            + scriptSetting(
                                    client, instance, baseUrl + "/webhooks/" + client.id() + "/" + instance, token)));
        }
        return lines;
    }

    /** @param instance a named instance, or null for the one the bare path belongs to */
    private static String scriptSetting(SourceKind client, String instance, String url, String token) {
        String of = instance == null ? "" : " (instance " + instance + ")";
        return switch (client) {
            case QBITTORRENT, SABNZBD ->
                "callsheet.conf beside callsheet-" + client.id() + ".sh" + of + ": url=" + url + " token=" + token;
            case NZBGET -> "NZBGet" + of + " → Settings → CALLSHEET: Url " + url + ", Token " + token;
            default -> throw new IllegalArgumentException(client.id() + " runs no Callsheet script");
        };
    }

    /** The declared instances of {@code kind} other than the one its bare path belongs to. */
    private Stream<String> namedInstances(SourceKind kind) {
        return instances.instances().entrySet().stream()
                .filter(instance -> instance.getValue().kind() == kind)
                .map(Map.Entry::getKey)
                .filter(instance -> !instance.equals(kind.id()))
                .sorted();
    }

    private String show(Secret secret, String property) {
        return switch (secret.origin()) {
            case GENERATED -> secret.value();
            case STORED -> "<" + property + " in " + secretsFile.path() + ">";
            case CONFIGURED -> "<the configured " + property + ">";
        };
    }

    private String baseUrl(Environment environment) {
        if (callsheet.publicUrl() != null) {
            return callsheet.publicUrl().toString().replaceAll("/+$", "");
        }
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        return "http://" + hostName() + ":" + port + environment.getProperty("spring.webflux.base-path", "");
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String capitalised(SourceKind source) {
        return source.id().substring(0, 1).toUpperCase(Locale.ROOT)
                + source.id().substring(1);
    }
}
