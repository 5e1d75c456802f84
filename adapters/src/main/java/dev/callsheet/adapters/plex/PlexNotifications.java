package dev.callsheet.adapters.plex;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.ApiEndpoint;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakeException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.client.WebsocketClientSpec;
import reactor.netty.http.websocket.WebsocketInbound;
import reactor.netty.http.websocket.WebsocketOutbound;
import reactor.util.retry.Retry;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Listens to one Plex Media Server's push channel, the websocket {@code /:/websockets/notifications},
 * and hands on its library news as {@link PlexNotification}s. The token travels as the {@code
 * X-Plex-Token} header of the upgrade request, never in the URL (which ends up in logs and messages).
 *
 * <p>The channel is kept open: a drop, a refused connection or a silent channel is answered by opening
 * it again after a growing wait ({@link PlexPushTiming}), and every opening is announced by {@link
 * PlexNotification.Connected}, since what Plex sent meanwhile is lost. A frame that is not the JSON
 * Plex sends is skipped: one odd message must not cost the channel. Only what retrying cannot fix ends
 * the flux, with an {@link AdapterFailure}: UNAUTHORIZED when Plex refuses the token (401), REJECTED
 * for another 4xx on the upgrade.
 */
public final class PlexNotifications {

    static final String PATH = "/:/websockets/notifications";

    // A scan of a big section can put many entries in one message.
    private static final int MAX_FRAME_BYTES = 4 * 1024 * 1024;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final ApiEndpoint endpoint;
    private final PlexPushTiming timing;
    private final String url;
    private final HttpClient http;

    /** {@code endpoint}'s base URL is the server's ({@code http://plex:32400}), its key the token. */
    public PlexNotifications(ApiEndpoint endpoint, PlexPushTiming timing) {
        this.endpoint = endpoint;
        this.timing = timing;
        this.url = endpoint.displayUrl().replaceFirst("^(?i)http", "ws") + PATH;
        this.http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)
                        Math.min(Integer.MAX_VALUE, endpoint.timeout().toMillis()))
                .headers(headers -> headers.set("X-Plex-Token", endpoint.apiKey()));
    }

    /**
     * The server's notifications from subscription on, {@link PlexNotification.Connected} first and
     * after every reopening. The flux is cold: each subscriber opens a channel of its own, and
     * cancelling closes it.
     */
    public Flux<PlexNotification> notifications() {
        return Flux.defer(this::openOnce)
                .retryWhen(Retry.backoff(Long.MAX_VALUE, timing.firstRetry())
                        .maxBackoff(timing.maxRetry())
                        // Backing off starts over once a channel has opened (Connected is its first element).
                        .transientErrors(true)
                        .filter(error -> error instanceof AdapterFailure failure && failure.retryable()));
    }

    private Flux<PlexNotification> openOnce() {
        return http.websocket(WebsocketClientSpec.builder()
                        .maxFramePayloadLength(MAX_FRAME_BYTES)
                        .build())
                .uri(url)
                .handle(this::listen)
                .onErrorMap(error -> !(error instanceof AdapterFailure), this::failure);
    }

    private Flux<PlexNotification> listen(WebsocketInbound inbound, WebsocketOutbound outbound) {
        // Any frame, the pong to our ping included, shows the channel is alive.
        Flux<PlexNotification> received = inbound.aggregateFrames(MAX_FRAME_BYTES)
                .receiveFrames()
                .timeout(timing.keepAlive().multipliedBy(2))
                .concatMap(frame ->
                        frame instanceof TextWebSocketFrame text ? Flux.fromStream(read(text.text())) : Flux.empty())
                // Plex closing the channel is a drop like any other: open it again.
                .concatWith(Mono.error(() -> failure(Kind.UNREACHABLE, "closed the push channel", null)));
        Flux<PlexNotification> pinging = outbound.sendObject(
                        Flux.interval(timing.keepAlive()).map(tick -> new PingWebSocketFrame()))
                .then()
                .thenMany(Flux.empty());
        return Flux.concat(Mono.just(new PlexNotification.Connected()), Flux.merge(received, pinging));
    }

    private static Stream<PlexNotification> read(String frame) {
        try {
            NotificationMessage message = MAPPER.readValue(frame, NotificationMessage.class);
            return message == null ? Stream.empty() : message.notifications();
        } catch (JacksonException e) {
            return Stream.empty();
        }
    }

    private AdapterFailure failure(Throwable error) {
        if (error instanceof WebSocketClientHandshakeException handshake && handshake.response() != null) {
            int status = handshake.response().status().code();
            Kind kind = Kind.ofStatus(status);
            String what = kind == Kind.UNAUTHORIZED ? "refused the token" : "refused the push channel";
            return failure(kind, what + " (HTTP " + status + " on GET " + PATH + ")", error);
        }
        if (error instanceof TimeoutException) {
            return failure(
                    Kind.UNREACHABLE,
                    "sent nothing on the push channel for " + timing.keepAlive().multipliedBy(2),
                    error);
        }
        return failure(Kind.UNREACHABLE, "could not be reached on the push channel: " + error, error);
    }

    private AdapterFailure failure(Kind kind, String what, Throwable cause) {
        return new AdapterFailure(kind, endpoint.redact("Plex at " + endpoint.displayUrl() + " " + what), cause);
    }

    @Override
    public String toString() {
        return "PlexNotifications[" + url + "]";
    }
}
