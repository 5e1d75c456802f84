package dev.callsheet.intake;

import static dev.callsheet.intake.credential.IntakeCredentials.OVERSEERR_AUTHORIZATION;
import static dev.callsheet.intake.credential.IntakeCredentials.PLEX_TOKEN;
import static dev.callsheet.intake.credential.IntakeCredentials.RADARR_PASSWORD;
import static dev.callsheet.intake.credential.IntakeCredentials.RADARR_USERNAME;
import static dev.callsheet.intake.credential.IntakeCredentials.SCRIPTS_TOKEN;
import static dev.callsheet.intake.credential.IntakeCredentials.SONARR_PASSWORD;
import static dev.callsheet.intake.credential.IntakeCredentials.SONARR_USERNAME;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import dev.callsheet.events.SourceKind;
import dev.callsheet.intake.WebhookIntake.Endpoint;
import dev.callsheet.intake.credential.IntakeCredentials;
import dev.callsheet.source.InstanceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The webhook endpoints, one per source. Radarr and Sonarr may also be addressed per named instance
 * ({@code /webhooks/radarr/radarr4k}) and may send {@code PUT}, which their webhook connection
 * offers besides {@code POST}. The download clients' endpoints take the form bodies of Callsheet's
 * own scripts, per named instance too, all with one bearer token.
 */
@Configuration(proxyBeanMethods = false)
class WebhookRoutes {

    @Bean
    RouterFunction<ServerResponse> webhookEndpoints(
            IntakeCredentials credentials,
            IntakeProperties intake,
            InstanceProperties instances,
            InboundWriter writer) {
        var intakeOf = new WebhookIntake(new BoundedBody(intake.maxBody()), instances, writer);
        var json = new JsonFormat();
        var overseerr = new Endpoint(
                SourceKind.OVERSEERR,
                SenderCheck.authorizationHeader(credentials.overseerrAuthorization(), OVERSEERR_AUTHORIZATION),
                json);
        var radarr = new Endpoint(
                SourceKind.RADARR, SenderCheck.basic(credentials.radarr(), RADARR_USERNAME, RADARR_PASSWORD), json);
        var sonarr = new Endpoint(
                SourceKind.SONARR, SenderCheck.basic(credentials.sonarr(), SONARR_USERNAME, SONARR_PASSWORD), json);
        var plex = new Endpoint(
                SourceKind.PLEX, SenderCheck.queryToken(credentials.plexToken(), PLEX_TOKEN), new PlexFormat());
        var scripts = SenderCheck.bearer(credentials.scriptsToken(), SCRIPTS_TOKEN);
        var form = new FormFormat();
        return route().POST("/webhooks/overseerr", request -> intakeOf.receive(overseerr, request))
                .POST("/webhooks/plex", request -> intakeOf.receive(plex, request))
                .add(servarr("/webhooks/radarr", radarr, intakeOf))
                .add(servarr("/webhooks/sonarr", sonarr, intakeOf))
                .add(script(new Endpoint(SourceKind.QBITTORRENT, scripts, form), intakeOf))
                .add(script(new Endpoint(SourceKind.SABNZBD, scripts, form), intakeOf))
                .add(script(new Endpoint(SourceKind.NZBGET, scripts, form), intakeOf))
                .build();
    }

    private static RouterFunction<ServerResponse> script(Endpoint endpoint, WebhookIntake intakeOf) {
        String path = "/webhooks/" + endpoint.source().id();
        return route().POST(path, request -> intakeOf.receive(endpoint, request))
                .POST(path + "/{instance}", request -> intakeOf.receive(endpoint, request))
                .build();
    }

    private static RouterFunction<ServerResponse> servarr(String path, Endpoint endpoint, WebhookIntake intakeOf) {
        return route().POST(path, request -> intakeOf.receive(endpoint, request))
                .PUT(path, request -> intakeOf.receive(endpoint, request))
                .POST(path + "/{instance}", request -> intakeOf.receive(endpoint, request))
                .PUT(path + "/{instance}", request -> intakeOf.receive(endpoint, request))
                .build();
    }
}
