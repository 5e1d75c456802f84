package dev.callsheet.adapters.notify;

import dev.callsheet.adapters.Causes;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import javax.net.ssl.SSLHandshakeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP calls of the web channels: the whole answer, whatever its status, for the channel to read;
 * or, when none came, a {@link DeliveryFailure} saying whether the notice may have gone out. Neither
 * the URL (webhook URLs and Telegram's paths hold the token) nor a transport exception (whose message
 * repeats the URL) ever reaches a failure's message or cause.
 */
public final class NoticeHttp {

    private static final int MAX_ANSWER_BYTES = 256 * 1024;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** A channel's answer: status, headers and body as text (empty when there was none). */
    public record Answer(int status, HttpHeaders headers, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The {@code Retry-After} header, in seconds or as an HTTP date; empty when absent or unreadable. */
        public java.util.Optional<Duration> retryAfterHeader() {
            String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
            if (value == null || value.isBlank()) {
                return java.util.Optional.empty();
            }
            try {
                return java.util.Optional.of(Duration.ofMillis(Math.round(Double.parseDouble(value.trim()) * 1000)));
            } catch (NumberFormatException notSeconds) {
                try {
                    ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                    Duration wait = Duration.between(ZonedDateTime.now(at.getZone()), at);
                    return java.util.Optional.of(wait.isNegative() ? Duration.ZERO : wait);
                } catch (DateTimeParseException notDate) {
                    return java.util.Optional.empty();
                }
            }
        }

        /**
         * The usual reading of a refusal, for channels without quirks: 408, 429 and 5xx try again (after
         * {@code Retry-After} when given); a redirect (not followed: the body would travel elsewhere) and
         * any other 4xx are permanent. {@code reason} is the channel's own words for it, from the body.
         */
        public DeliveryFailure failure(String channel, String reason) {
            String message =
                    channel + " answered HTTP " + status + (reason == null || reason.isBlank() ? "" : ": " + reason);
            if (status == 408 || status == 429 || status >= 500) {
                return DeliveryFailure.retry(message, retryAfterHeader().orElse(null));
            }
            return DeliveryFailure.permanent(message);
        }
    }

    private final String channel;
    private final Duration timeout;
    private final WebClient webClient;

    /**
     * @param channel the channel's name for messages ({@code "Discord webhook family-discord"})
     * @param builder Spring's builder; it is copied, not changed
     * @param timeout for connecting, and again for the answer
     */
    public NoticeHttp(String channel, WebClient.Builder builder, Duration timeout) {
        this.channel = channel;
        this.timeout = timeout;
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .responseTimeout(timeout);
        this.webClient = builder.clone()
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> {
                    codecs.defaultCodecs().maxInMemorySize(MAX_ANSWER_BYTES);
                    codecs.defaultCodecs().enableLoggingRequestDetails(false);
                })
                .build();
    }

    /** {@code body} as JSON bytes. */
    public static byte[] json(Object body) {
        return MAPPER.writeValueAsBytes(body);
    }

    /** Reads a JSON answer's body; a body that is not JSON reads as a missing node. */
    public static tools.jackson.databind.JsonNode tree(String body) {
        try {
            return MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (tools.jackson.core.JacksonException e) {
            return MAPPER.missingNode();
        }
    }

    /**
     * Sends {@code body} ({@code contentType}) with the headers {@code headers} sets, and gives the
     * answer, whatever its status. Fails with {@link DeliveryFailure.Kind#RETRY} when the channel could
     * not be reached (nothing was sent), and with {@link DeliveryFailure.Kind#UNKNOWN_OUTCOME} when no
     * answer came after sending.
     */
    public Mono<Answer> exchange(
            HttpMethod method, URI uri, MediaType contentType, byte[] body, Consumer<HttpHeaders> headers) {
        return webClient
                .method(method)
                .uri(uri)
                .headers(headers)
                .contentType(contentType)
                .bodyValue(body)
                .exchangeToMono(response -> response.bodyToMono(String.class)
                        .defaultIfEmpty("")
                        .map(text -> new Answer(
                                response.statusCode().value(),
                                response.headers().asHttpHeaders(),
                                text)))
                .onErrorMap(error -> !(error instanceof DeliveryFailure), this::transport);
    }

    private DeliveryFailure transport(Throwable error) {
        if (Causes.include(error, UnknownHostException.class)) {
            return DeliveryFailure.retry(channel + ": the host name does not resolve", null);
        }
        if (Causes.include(error, ConnectException.class) || Causes.include(error, ConnectTimeoutException.class)) {
            return DeliveryFailure.retry(channel + " could not be reached", null);
        }
        if (Causes.include(error, SSLHandshakeException.class)) {
            return DeliveryFailure.retry(channel + ": the TLS handshake failed", null);
        }
        // Anything later (no answer within the timeout, the connection closed before the reply) may
        // have come after the channel took the notice.
        return new DeliveryFailure(
                DeliveryFailure.Kind.UNKNOWN_OUTCOME,
                channel + " gave no answer within " + timeout.toSeconds() + " s; the notice may have gone out",
                null,
                null);
    }
}
