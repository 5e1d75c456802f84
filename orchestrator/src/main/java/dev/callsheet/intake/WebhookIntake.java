package dev.callsheet.intake;

import dev.callsheet.events.SourceKind;
import dev.callsheet.source.InstanceProperties;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Receives one webhook. The checks run in a fixed order, each only once the one before passed:
 * credential (401), instance (404), size (413), content type (415), well-formedness (400). Then the
 * body goes to {@code inbound} and the answer is {@code 202 {"id": <delivery id>}}, or 503 if the
 * broker did not acknowledge in time. Nothing in the body is interpreted.
 */
final class WebhookIntake {

    private static final Logger log = LoggerFactory.getLogger(WebhookIntake.class);

    private final BoundedBody bodies;
    private final InstanceProperties instances;
    private final InboundWriter writer;

    WebhookIntake(BoundedBody bodies, InstanceProperties instances, InboundWriter writer) {
        this.bodies = bodies;
        this.instances = instances;
        this.writer = writer;
    }

    /**
     * One source's endpoint.
     *
     * @param source who sends to it
     * @param sender how the sender proves who it is
     * @param format what its body must look like
     */
    record Endpoint(SourceKind source, SenderCheck sender, BodyFormat format) {}

    /**
     * @param request addressed to the source's own instance, or with path variable {@code
     *     instance} to a declared named one
     */
    Mono<ServerResponse> receive(Endpoint endpoint, ServerRequest request) {
        Instant receivedAt = Instant.now();
        return Mono.defer(() -> {
                    endpoint.sender().verify(request);
                    String instance = instance(endpoint.source(), request);
                    return bodies.read(
                                    request.headers().contentLength(),
                                    request.exchange().getRequest().getBody())
                            .map(body -> endpoint.format()
                                    .accept(request.headers().firstHeader(HttpHeaders.CONTENT_TYPE), body))
                            .flatMap(payload -> writer.write(new ReceivedWebhook(
                                    endpoint.source(), instance, payload.contentType(), payload.bytes(), receivedAt)));
                })
                .flatMap(deliveryId -> ServerResponse.accepted().bodyValue(new Accepted(deliveryId.toString())))
                .onErrorResume(ErrorResponseException.class, problem -> {
                    log.info(
                            "{} {} refused with {}: {}",
                            request.method(),
                            request.path(),
                            problem.getStatusCode().value(),
                            problem.getBody().getDetail());
                    return IntakeProblems.render(problem, request);
                });
    }

    private String instance(SourceKind source, ServerRequest request) {
        String name = request.pathVariables().get("instance");
        if (name == null) {
            return source.id();
        }
        var declared = instances.instances().get(name);
        if (declared != null && declared.kind() == source) {
            return name;
        }
        String kind = source.id();
        String problem = declared == null
                ? "no instance named '" + name + "' is declared"
                : "instance '" + name + "' is declared with kind "
                        + declared.kind().id() + ", not " + kind;
        throw IntakeProblems.notFound(
                problem + "; declare it with " + declaration(name, kind) + ", or send to /webhooks/" + kind);
    }

    private static String declaration(String name, String kind) {
        String property = "callsheet.instances." + name + ".kind=" + kind;
        // The environment binds map keys lower-cased and without dashes, so only such names have an env form.
        return name.matches("[a-z0-9]+")
                ? property + " (environment: CALLSHEET_INSTANCES_" + name.toUpperCase(Locale.ROOT) + "_KIND=" + kind
                        + ")"
                : property;
    }

    /** The answer to an accepted webhook. */
    record Accepted(String id) {}
}
