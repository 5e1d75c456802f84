package dev.callsheet.readside;

import dev.callsheet.pipeline.StoreQueries;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Answers a keyed query here when this instance owns the key, or passes the same request on to the
 * instance that does (with the caller's API key) when several run.
 */
@Component
class OwnerRouting {

    static final String ROUTED_HEADER = "X-Callsheet-Routed";

    private final StoreQueries stores;
    private final WebClient client;

    OwnerRouting(StoreQueries stores) {
        this.stores = stores;
        this.client = WebClient.create();
    }

    /** {@code local} runs on {@code boundedElastic}; an empty result is a 404 with {@code missing} as detail. */
    <T> Mono<ResponseEntity<Object>> query(
            String store, String key, ServerHttpRequest request, Supplier<Optional<T>> local, String missing) {
        return Mono.fromCallable(() -> request.getHeaders().containsHeader(ROUTED_HEADER)
                        ? Optional.<org.apache.kafka.streams.state.HostInfo>empty()
                        : stores.owner(store, key))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(owner -> owner.isPresent()
                        ? forward(owner.get(), request)
                        : Mono.fromCallable(() -> local.get()
                                        .<ResponseEntity<Object>>map(ResponseEntity::ok)
                                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, missing)))
                                .subscribeOn(Schedulers.boundedElastic()));
    }

    private Mono<ResponseEntity<Object>> forward(
            org.apache.kafka.streams.state.HostInfo owner, ServerHttpRequest request) {
        return client.get()
                .uri("http://" + owner.host() + ":" + owner.port()
                        + request.getURI().getRawPath()
                        + (request.getURI().getRawQuery() == null
                                ? ""
                                : "?" + request.getURI().getRawQuery()))
                .headers(headers -> {
                    headers.addAll(ApiKeyFilter.HEADER, request.getHeaders().getOrEmpty(ApiKeyFilter.HEADER));
                    headers.add(ROUTED_HEADER, "true");
                })
                .exchangeToMono(response -> response.toEntity(String.class))
                .map(entity -> ResponseEntity.status(entity.getStatusCode())
                        .headers(entity.getHeaders())
                        .body((Object) entity.getBody()));
    }
}
