package dev.callsheet.adapters;

import io.netty.channel.ChannelOption;
import java.net.URI;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClient.RequestBodySpec;
import org.springframework.web.reactive.function.client.WebClient.RequestHeadersSpec;
import org.springframework.web.util.DefaultUriBuilderFactory;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One instance's JSON API as the clients in this module call it: paths under the instance's URL
 * base, the {@code X-Api-Key} header (or the vendor's own credentials), connect and response timeouts, and whatever goes wrong turned
 * into an {@link AdapterFailure} whose message names the service but never the key.
 */
public final class JsonApi {

    // A long-running show's episode list runs to megabytes; Spring's default limit is 256 KB.
    private static final int MAX_BODY_BYTES = 32 * 1024 * 1024;

    // Vendors add fields in every release, so unknown ones are ignored. A DTO keeps a primitive only for
    // what every supported version always sends (ids, mostly); everything else is boxed, absent and null
    // alike reading as "not known". So a null or absent primitive stays an error: the answer is not
    // what we think it is.
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private static final DefaultUriBuilderFactory RELATIVE = new DefaultUriBuilderFactory();

    private static final Absence NEVER = (status, body) -> false;
    private static final Absence NOT_FOUND = (status, body) -> status == 404;

    private final String base;
    private final Failures failures;
    private final IntFunction<AdapterFailure.Kind> statusKinds;
    private final WebClient webClient;

    /**
     * @param service the service's name for messages ({@code "Sonarr"})
     * @param builder Spring's builder (with its observation and metrics set-up); it is copied, not
     *     changed
     * @param statusKinds how this vendor's error statuses read, e.g. {@link
     *     AdapterFailure.Kind#ofStatus}
     */
    public JsonApi(
            String service,
            ApiEndpoint endpoint,
            WebClient.Builder builder,
            IntFunction<AdapterFailure.Kind> statusKinds) {
        this(service, endpoint, builder, statusKinds, headers -> headers.set("X-Api-Key", endpoint.apiKey()));
    }

    /**
     * Like the other constructor, for vendors that take their credentials another way than {@code
     * X-Api-Key}: {@code credentials} sets the headers every call carries (Basic auth, or none when
     * the key travels in the query string).
     */
    public JsonApi(
            String service,
            ApiEndpoint endpoint,
            WebClient.Builder builder,
            IntFunction<AdapterFailure.Kind> statusKinds,
            Consumer<HttpHeaders> credentials) {
        this.base = endpoint.baseUrl().toString().replaceAll("/+$", "");
        this.failures = new Failures(service, endpoint);
        this.statusKinds = statusKinds;
        // Redirects are not followed: the credentials would travel to wherever they point.
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        Math.min(Integer.MAX_VALUE, endpoint.timeout().toMillis()))
                .responseTimeout(endpoint.timeout());
        this.webClient = builder.clone()
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> {
                    codecs.defaultCodecs().maxInMemorySize(MAX_BODY_BYTES);
                    // Request details include the headers, so the key, in debug logs.
                    codecs.defaultCodecs().enableLoggingRequestDetails(false);
                })
                .defaultHeaders(credentials)
                .build();
    }

    /**
     * {@code GET path} (a URI template, expanded with {@code uriVariables}): the body read as {@code
     * type}, then translated to the client's own type. A translation that meets a value it does not
     * know throws {@link IllegalArgumentException}, and the answer counts as unreadable.
     */
    public <D, T> Mono<T> get(
            TypeReference<D> type, Function<? super D, ? extends T> translate, String path, Object... uriVariables) {
        return exchange(new Reading<D, T>(type, translate, NEVER), path, uriVariables)
                .map(Optional::orElseThrow);
    }

    /** Like {@link #get}, but a 404 means there is no such thing: an empty answer, not a failure. */
    public <D, T> Mono<Optional<T>> find(
            TypeReference<D> type, Function<? super D, ? extends T> translate, String path, Object... uriVariables) {
        return exchange(new Reading<D, T>(type, translate, NOT_FOUND), path, uriVariables);
    }

    /**
     * Like {@link #get}, for a vendor that says "there is no such thing" its own way: an error answer
     * whose status and body {@code absence} recognises is an empty answer; any other error, a 404
     * included, is a failure as by {@link #get}.
     */
    public <D, T> Mono<Optional<T>> find(
            TypeReference<D> type,
            Function<? super D, ? extends T> translate,
            Absence absence,
            String path,
            Object... uriVariables) {
        return exchange(new Reading<D, T>(type, translate, absence), path, uriVariables);
    }

    /** How a vendor answers a call for something that does not exist, told from its error answer. */
    @FunctionalInterface
    public interface Absence {

        /** Whether the error answer with {@code status} and {@code body} says there is no such thing. */
        boolean saidBy(int status, String body);
    }

    /**
     * {@code POST path} with {@code body} as JSON, the answer read and translated as by {@link #get}.
     * Messages name the call by its path only, never by its body.
     */
    public <D, T> Mono<T> post(
            TypeReference<D> type, Function<? super D, ? extends T> translate, String path, Object body) {
        return write(HttpMethod.POST, type, translate, RELATIVE.expand(path), json(body));
    }

    /**
     * {@code PUT path} (a URI template, expanded with {@code uriVariables}) with {@code body} as JSON,
     * the answer read and translated as by {@link #get}. Messages name the call by its path only.
     */
    public <D, T> Mono<T> put(
            TypeReference<D> type,
            Function<? super D, ? extends T> translate,
            String path,
            Object body,
            Object... uriVariables) {
        return write(HttpMethod.PUT, type, translate, RELATIVE.expand(path, uriVariables), json(body));
    }

    /**
     * {@code POST path} (a URI template, expanded with {@code uriVariables}) without a body, for calls
     * whose path says it all (Overseerr's {@code /request/{id}/approve}); the answer is read as by
     * {@link #get}.
     */
    public <D, T> Mono<T> postEmpty(
            TypeReference<D> type, Function<? super D, ? extends T> translate, String path, Object... uriVariables) {
        // No Content-Type either: there is nothing for it to describe.
        return write(HttpMethod.POST, type, translate, RELATIVE.expand(path, uriVariables), request -> request);
    }

    /**
     * {@code GET path} for its effect alone (a scan request): any 2xx answer is success, whatever its
     * body, since such calls answer 200 with nothing or with a format of their own. Errors read as by
     * {@link #get}.
     */
    public Mono<Void> trigger(String path, Object... uriVariables) {
        URI relative = RELATIVE.expand(path, uriVariables);
        String call = "GET " + relative;
        return webClient
                .get()
                .uri(URI.create(base + relative))
                .accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? response.releaseBody()
                        : refused(response, call).then())
                .onErrorMap(failures::isTransportFailure, error -> failures.transport(error, call));
    }

    private record Reading<D, T>(TypeReference<D> type, Function<? super D, ? extends T> translate, Absence absence) {}

    private <D, T> Mono<T> write(
            HttpMethod method,
            TypeReference<D> type,
            Function<? super D, ? extends T> translate,
            URI relative,
            Function<RequestBodySpec, RequestHeadersSpec<?>> withBody) {
        return send(
                        new Reading<D, T>(type, translate, NEVER),
                        method.name() + " " + relative,
                        withBody.apply(webClient.method(method).uri(URI.create(base + relative))))
                .map(Optional::orElseThrow);
    }

    private static Function<RequestBodySpec, RequestHeadersSpec<?>> json(Object body) {
        return request -> request.contentType(MediaType.APPLICATION_JSON).bodyValue(MAPPER.writeValueAsBytes(body));
    }

    private <D, T> Mono<Optional<T>> exchange(Reading<D, T> reading, String path, Object... vars) {
        URI relative = RELATIVE.expand(path, vars);
        return send(reading, "GET " + relative, webClient.get().uri(URI.create(base + relative)));
    }

    private <D, T> Mono<Optional<T>> send(Reading<D, T> reading, String call, RequestHeadersSpec<?> request) {
        return request.accept(MediaType.APPLICATION_JSON)
                .exchangeToMono(response -> read(response, reading, call))
                .onErrorMap(failures::isTransportFailure, error -> failures.transport(error, call));
    }

    private <D, T> Mono<Optional<T>> read(ClientResponse response, Reading<D, T> reading, String call) {
        HttpStatusCode status = response.statusCode();
        if (status.is2xxSuccessful()) {
            String contentType =
                    response.headers().contentType().map(MediaType::toString).orElse("no Content-Type");
            return response.bodyToMono(byte[].class)
                    .switchIfEmpty(Mono.error(() -> failures.unreadable(call, "the body is empty", null)))
                    .map(body -> Optional.of(decode(body, reading, call, contentType)));
        }
        return response.bodyToMono(String.class)
                .defaultIfEmpty("")
                .flatMap(body -> reading.absence().saidBy(status.value(), body)
                        ? Mono.just(Optional.<T>empty())
                        : Mono.error(refusal(status.value(), call, body)));
    }

    private <T> Mono<T> refused(ClientResponse response, String call) {
        int status = response.statusCode().value();
        return response.bodyToMono(String.class)
                .defaultIfEmpty("")
                .flatMap(body -> Mono.error(refusal(status, call, body)));
    }

    private AdapterFailure refusal(int status, String call, String body) {
        return failures.status(statusKinds.apply(status), status, call, body);
    }

    private <D, T> T decode(byte[] body, Reading<D, T> reading, String call, String contentType) {
        D value;
        try {
            value = MAPPER.readValue(body, reading.type());
        } catch (JacksonException e) {
            throw failures.unreadable(call, Failures.field(e), Failures.describe(e) + " (" + contentType + ")", e);
        }
        if (value == null) {
            throw failures.unreadable(call, "the body is null", null);
        }
        try {
            return reading.translate().apply(value);
        } catch (IllegalArgumentException e) {
            throw failures.unreadable(call, e.getMessage(), e);
        }
    }
}
