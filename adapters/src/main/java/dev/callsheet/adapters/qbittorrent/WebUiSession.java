package dev.callsheet.adapters.qbittorrent;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.Causes;
import io.netty.channel.ChannelOption;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * A logged-in session with one qBittorrent WebUI: it logs in on first use, keeps the cookies it is
 * given (the name changed across versions), and logs in again once when a call is refused with 403.
 */
final class WebUiSession {

    private static final String LOGIN = "/api/v2/auth/login";

    private final QbittorrentEndpoint endpoint;
    private final String base;
    private final WebClient webClient;
    private final AtomicReference<Map<String, String>> cookies = new AtomicReference<>();

    WebUiSession(QbittorrentEndpoint endpoint, WebClient.Builder builder) {
        this.endpoint = endpoint;
        this.base = endpoint.baseUrl().toString().replaceAll("/+$", "");
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        Math.min(Integer.MAX_VALUE, endpoint.timeout().toMillis()))
                .responseTimeout(endpoint.timeout());
        this.webClient = builder.clone()
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> {
                    codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024);
                    // Request details would put the login form, so the password, in debug logs.
                    codecs.defaultCodecs().enableLoggingRequestDetails(false);
                })
                // qBittorrent's CSRF check accepts a Referer only when it names the host and port the
                // call goes to; the base URL is exactly that.
                .defaultHeader(HttpHeaders.REFERER, base)
                .build();
    }

    /**
     * {@code GET path} in the session, as text. When there is no session yet, or qBittorrent refuses the
     * one we have, it logs in and asks for {@code pathInNewSession} instead: per-session state such as
     * the sync feed's {@code rid} starts again in a new session.
     */
    Mono<String> get(String path, String pathInNewSession) {
        Map<String, String> current = cookies.get();
        if (current == null) {
            return loginThenGet(pathInNewSession);
        }
        return call(current, path)
                .flatMap(answer -> answer.map(Mono::just).orElseGet(() -> loginThenGet(pathInNewSession)));
    }

    /** @param field the JSON path reading stopped at; null when the answer as a whole was wrong */
    AdapterFailure unreadable(String call, String field, String what, Throwable cause) {
        String message =
                "qBittorrent at " + endpoint.displayUrl() + " gave an unreadable answer to " + call + ": " + what;
        return new AdapterFailure(
                new AdapterFailure.Unreadable(endpoint.redact(call), field), endpoint.redact(message), cause);
    }

    private Mono<String> loginThenGet(String path) {
        return login().flatMap(session -> call(session, path)).flatMap(answer -> answer.map(Mono::just)
                .orElseGet(() -> Mono.error(failure(
                        Kind.UNAUTHORIZED,
                        "refused a session it had just opened (HTTP 403 on GET " + path + ")",
                        null))));
    }

    // Empty when qBittorrent answers 403: the session is missing or has expired.
    private Mono<Optional<String>> call(Map<String, String> session, String path) {
        String call = "GET " + path;
        return webClient
                .get()
                .uri(URI.create(base + path))
                .cookies(jar -> session.forEach(jar::add))
                .exchangeToMono(response -> {
                    int status = response.statusCode().value();
                    if (status == 403) {
                        return response.releaseBody().thenReturn(Optional.<String>empty());
                    }
                    return text(response, call).map(Optional::of);
                })
                .onErrorMap(WebUiSession::isTransportFailure, error -> transport(error, call));
    }

    private Mono<Map<String, String>> login() {
        String call = "POST " + LOGIN;
        return webClient
                .post()
                .uri(URI.create(base + LOGIN))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("username", endpoint.username())
                        .with("password", endpoint.password()))
                .exchangeToMono(response -> {
                    int status = response.statusCode().value();
                    // Up to 5.1 a ban after repeated failed logins shows as 403 on the login itself.
                    if (status == 403) {
                        return response.releaseBody()
                                .then(Mono.error(failure(
                                        Kind.UNAUTHORIZED,
                                        "has banned this address after failed logins (HTTP 403 on " + call + ")",
                                        null)));
                    }
                    Map<String, String> jar = response.cookies().values().stream()
                            .flatMap(list -> list.stream().limit(1))
                            .collect(Collectors.toMap(ResponseCookie::getName, ResponseCookie::getValue));
                    return text(response, call).flatMap(body -> loggedIn(body, jar, call));
                })
                .onErrorMap(WebUiSession::isTransportFailure, error -> transport(error, call));
    }

    private Mono<Map<String, String>> loggedIn(String body, Map<String, String> jar, String call) {
        // Up to 5.1 a wrong username or password is HTTP 200 with the body "Fails.".
        if (body.strip().equals("Fails.")) {
            return Mono.error(failure(Kind.UNAUTHORIZED, "refused the username or password (" + call + ")", null));
        }
        cookies.set(Map.copyOf(jar));
        return Mono.just(cookies.get());
    }

    private Mono<String> text(ClientResponse response, String call) {
        int status = response.statusCode().value();
        Mono<String> body = response.bodyToMono(String.class).defaultIfEmpty("");
        if (response.statusCode().is2xxSuccessful()) {
            return body;
        }
        // 5.2+ answers a wrong password, and any version a failed CSRF or Host check, with 401.
        Kind kind = Kind.ofStatus(status);
        return body.flatMap(text -> Mono.error(
                failure(kind, "refused the call (HTTP " + status + " on " + call + ")" + excerpt(text), null)));
    }

    private AdapterFailure transport(Throwable error, String call) {
        String why = Causes.include(error, TimeoutException.class)
                ? "did not answer within " + endpoint.timeout().toMillis() + " ms"
                : "could not be reached";
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return failure(Kind.UNREACHABLE, why + " (" + call + "): " + root, error);
    }

    private AdapterFailure failure(Kind kind, String what, Throwable cause) {
        return new AdapterFailure(kind, endpoint.redact("qBittorrent at " + endpoint.displayUrl() + " " + what), cause);
    }

    private static String excerpt(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return "";
        }
        return ": " + (flat.length() <= 200 ? flat : flat.substring(0, 200) + "…");
    }

    private static boolean isTransportFailure(Throwable error) {
        return !(error instanceof AdapterFailure)
                && (error instanceof WebClientRequestException
                        || Causes.include(error, IOException.class)
                        || Causes.include(error, TimeoutException.class)
                        || Causes.include(error, io.netty.handler.timeout.TimeoutException.class));
    }
}
