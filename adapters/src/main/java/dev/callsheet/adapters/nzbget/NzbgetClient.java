package dev.callsheet.adapters.nzbget;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.JsonApi;
import dev.callsheet.adapters.download.ClientJob;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * Reads and feeds one NZBGet instance (v21 and later) over JSON-RPC. The endpoint's key is the
 * {@code ControlPassword}; it travels as HTTP Basic auth with the {@code ControlUsername}. Every call
 * fails with {@link AdapterFailure} when NZBGet cannot give a usable answer.
 */
public final class NzbgetClient {

    private static final TypeReference<RpcAnswer<String>> TEXT = new TypeReference<>() {};
    private static final TypeReference<RpcAnswer<Long>> NUMBER = new TypeReference<>() {};
    private static final TypeReference<RpcAnswer<List<NzbGroup>>> GROUPS = new TypeReference<>() {};
    private static final TypeReference<RpcAnswer<List<NzbHistoryItem>>> HISTORY = new TypeReference<>() {};
    private static final TypeReference<RpcAnswer<NzbStatus>> STATUS = new TypeReference<>() {};

    private final JsonApi api;
    private final ApiEndpoint endpoint;
    private final AtomicInteger ids = new AtomicInteger();

    public NzbgetClient(ApiEndpoint endpoint, String username, WebClient.Builder webClient) {
        Objects.requireNonNull(username, "username");
        // NZBGet answers 401 to wrong credentials; method errors come as 200 with an error object.
        this.api = new JsonApi(
                "NZBGet",
                endpoint,
                webClient,
                AdapterFailure.Kind::ofStatus,
                headers -> headers.setBasicAuth(username, endpoint.apiKey()));
        this.endpoint = endpoint;
    }

    /** NZBGet's version as it writes it, e.g. {@code "21.0"} or {@code "25.4"}. */
    public Mono<String> version() {
        return call("version", TEXT, List.of());
    }

    /** The jobs in the download queue, including those being post-processed. */
    public Mono<List<ClientJob>> queue() {
        // 0: no per-file log lines with each group. The rate is only in the overall status.
        return Mono.zip(call("listgroups", GROUPS, List.of(0)), call("status", STATUS, List.of()))
                .map(answers -> answers.getT2().jobs(answers.getT1()));
    }

    /** The jobs in the history that a person can see (hidden duplicates left out). */
    public Mono<List<ClientJob>> history() {
        return call("history", HISTORY, List.of(false))
                .map(items -> items.stream().map(NzbHistoryItem::toJob).toList());
    }

    /**
     * Adds an NZB to the end of the queue, with {@code drone} as the job's id parameter (null for
     * none); answers NZBGet's NZBID. The parameter list is flat ({@code ["drone", id]}): v21 reads
     * that layout, not the name/value objects its documentation shows.
     */
    public Mono<Long> append(String name, byte[] nzb, String category, String drone) {
        List<Object> parameters = drone == null ? List.of() : List.of(NzbParameter.DRONE, drone);
        List<Object> params = List.of(
                name,
                Base64.getEncoder().encodeToString(nzb),
                Objects.requireNonNullElse(category, ""),
                0,
                false,
                false,
                "",
                0,
                "SCORE",
                parameters);
        return call("append", NUMBER, params).map(nzbId -> {
            if (nzbId <= 0) {
                throw refused("append", "the NZB " + name + " was not added");
            }
            return nzbId;
        });
    }

    @Override
    public String toString() {
        return "NzbgetClient[" + endpoint.displayUrl() + "]";
    }

    private <R> Mono<R> call(String method, TypeReference<RpcAnswer<R>> type, List<Object> params) {
        return api.post(
                type, answer -> result(method, answer), "/jsonrpc", new RpcCall(method, params, ids.incrementAndGet()));
    }

    private <R> R result(String method, RpcAnswer<R> answer) {
        if (answer.error() != null) {
            throw refused(method, answer.error().message());
        }
        if (answer.result() == null) {
            throw new IllegalArgumentException("the answer to " + method + " has no result");
        }
        return answer.result();
    }

    private AdapterFailure refused(String method, String reason) {
        String message = "NZBGet at " + endpoint.displayUrl() + " refused " + method + ": " + reason;
        return new AdapterFailure(AdapterFailure.Kind.REJECTED, endpoint.redact(message), null);
    }
}
