package dev.callsheet.readside;

import dev.callsheet.intake.credential.ApiKey;
import dev.callsheet.pipeline.StoreQueries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.HostInfo;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spreads queries over the instances when several run: a keyed query is answered by the instance
 * that owns the key (this one, or the same request passed on to the owner with the caller's API
 * key); a list is gathered from every instance. A passed-on request carries {@value #ROUTED_HEADER}
 * so that the receiver answers from its own stores only.
 */
@Component
class OwnerRouting {

    static final String ROUTED_HEADER = "X-Callsheet-Routed";

    private final StoreQueries stores;
    private final JsonMapper json;
    private final WebClient client = WebClient.create();

    OwnerRouting(StoreQueries stores, JsonMapper json) {
        this.stores = stores;
        this.json = json;
    }

    /** {@code local} runs on {@code boundedElastic}; an empty result is a 404 with {@code missing} as detail. */
    <T> Mono<ResponseEntity<Object>> query(
            String store, String key, ServerHttpRequest request, Supplier<Optional<T>> local, String missing) {
        return query(store, key, request, pathOf(request), local, missing);
    }

    /** As {@link #query}, but another instance is asked at {@code path} rather than the request's own path. */
    <T> Mono<ResponseEntity<Object>> query(
            String store,
            String key,
            ServerHttpRequest request,
            String path,
            Supplier<Optional<T>> local,
            String missing) {
        return Mono.fromCallable(() -> routed(request) ? Optional.<HostInfo>empty() : stores.owner(store, key))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(owner -> owner.isPresent()
                        ? forward(owner.get(), path, request)
                        : Mono.fromCallable(() -> local.get()
                                        .<ResponseEntity<Object>>map(ResponseEntity::ok)
                                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, missing)))
                                .subscribeOn(Schedulers.boundedElastic()));
    }

    /** The body of a successful {@link #query} answer as {@code type}, whether it was answered here or elsewhere. */
    <T> T body(ResponseEntity<Object> answer, Class<T> type) {
        return answer.getBody() instanceof String text ? json.readValue(text, type) : type.cast(answer.getBody());
    }

    /** This instance's {@code local} answer and every other instance's answer to the same request. */
    <T> Mono<List<T>> gather(String store, ServerHttpRequest request, Supplier<T> local, TypeReference<T> type) {
        Mono<T> here = Mono.fromCallable(local::get).subscribeOn(Schedulers.boundedElastic());
        if (routed(request)) {
            return here.map(List::of);
        }
        Flux<T> elsewhere = Mono.fromCallable(() -> stores.otherHosts(store))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapMany(Flux::fromIterable)
                .flatMap(host -> forward(host, pathOf(request), request).map(answer -> {
                    if (!answer.getStatusCode().is2xxSuccessful()) {
                        throw new ResponseStatusException(
                                HttpStatus.BAD_GATEWAY, "instance " + host + " answered " + answer.getStatusCode());
                    }
                    return json.readValue((String) answer.getBody(), type);
                }));
        return here.concatWith(elsewhere).collectList().map(ArrayList::new);
    }

    /**
     * The first {@code limit} items by {@code order} of this instance's {@code local} list and every
     * other instance's; each instance sends only its own first {@code limit}.
     */
    <T> Mono<List<T>> gatherFirst(
            String store,
            ServerHttpRequest request,
            Supplier<List<T>> local,
            TypeReference<List<T>> type,
            Comparator<? super T> order,
            int limit) {
        return gather(store, request, () -> first(local.get(), order, limit), type)
                .map(answers -> first(answers.stream().flatMap(List::stream).toList(), order, limit));
    }

    static <T> List<T> first(List<T> items, Comparator<? super T> order, int limit) {
        return items.stream().sorted(order).limit(limit).toList();
    }

    /** Whether another instance passed this request on, asking for this instance's own answer. */
    static boolean routed(ServerHttpRequest request) {
        return request.getHeaders().containsHeader(ROUTED_HEADER);
    }

    private static String pathOf(ServerHttpRequest request) {
        var uri = request.getURI();
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private Mono<ResponseEntity<Object>> forward(HostInfo owner, String path, ServerHttpRequest request) {
        return client.get()
                .uri("http://" + owner.host() + ":" + owner.port() + path)
                .headers(headers -> {
                    headers.addAll(ApiKey.HEADER, request.getHeaders().getOrEmpty(ApiKey.HEADER));
                    headers.add(ROUTED_HEADER, "true");
                })
                .exchangeToMono(response -> response.toEntity(String.class))
                .map(entity -> ResponseEntity.status(entity.getStatusCode())
                        .headers(entity.getHeaders())
                        .body((Object) entity.getBody()));
    }
}
