package dev.callsheet.adapters.sabnzbd;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.AdapterFailure.Kind;
import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.JsonApi;
import dev.callsheet.adapters.download.ClientJob;
import java.util.List;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * Reads one SABnzbd instance's queue, history and version (3.x and 4.x). The key travels as the {@code apikey} query
 * parameter, SABnzbd's only way; failures name the call with the key blanked out. Every call fails
 * with {@link AdapterFailure} when SABnzbd cannot give a usable answer.
 */
public final class SabnzbdClient {

    private static final TypeReference<QueueAnswer> QUEUE = new TypeReference<>() {};
    private static final TypeReference<HistoryAnswer> HISTORY = new TypeReference<>() {};
    private static final TypeReference<VersionAnswer> VERSION = new TypeReference<>() {};
    private static final String CALL = "/api?mode={mode}&output=json&apikey={apikey}";

    private final JsonApi api;
    private final ApiEndpoint endpoint;

    public SabnzbdClient(ApiEndpoint endpoint, WebClient.Builder webClient) {
        // No header: the key is in the query. A wrong key is a 403 (or a 200 with an error, below).
        this.api = new JsonApi("SABnzbd", endpoint, webClient, SabnzbdClient::kindOf, headers -> {});
        this.endpoint = endpoint;
    }

    /** The jobs in the download queue, in download order. */
    public Mono<List<ClientJob>> queue() {
        return api.get(QUEUE, this::queueJobs, CALL, "queue", endpoint.apiKey());
    }

    /** The jobs in the history, newest first, including those still being post-processed. */
    public Mono<List<ClientJob>> history() {
        return api.get(HISTORY, this::historyJobs, CALL, "history", endpoint.apiKey());
    }

    /** SABnzbd's version as it writes it, e.g. {@code 3.7.2} or {@code 4.3.2}. */
    public Mono<String> version() {
        return api.get(VERSION, this::version, CALL, "version", endpoint.apiKey());
    }

    @Override
    public String toString() {
        return "SabnzbdClient[" + endpoint.displayUrl() + "]";
    }

    private List<ClientJob> queueJobs(QueueAnswer answer) {
        requireAccepted("queue", answer.status(), answer.error());
        if (answer.queue() == null || answer.queue().slots() == null) {
            throw new IllegalArgumentException("the answer has no queue slots");
        }
        return QueueJobs.of(answer.queue());
    }

    private List<ClientJob> historyJobs(HistoryAnswer answer) {
        requireAccepted("history", answer.status(), answer.error());
        if (answer.history() == null || answer.history().slots() == null) {
            throw new IllegalArgumentException("the answer has no history slots");
        }
        return answer.history().slots().stream().map(HistoryJobs::of).toList();
    }

    private String version(VersionAnswer answer) {
        requireAccepted("version", answer.status(), answer.error());
        if (answer.version() == null || answer.version().isBlank()) {
            throw new IllegalArgumentException("the answer has no version");
        }
        return answer.version().strip();
    }

    // Errors inside a mode come as 200 with {"status": false, "error": "..."}.
    private void requireAccepted(String mode, Boolean status, String error) {
        if (Boolean.FALSE.equals(status)) {
            String reason = String.valueOf(error);
            Kind kind = reason.startsWith("API Key") ? Kind.UNAUTHORIZED : Kind.REJECTED;
            String message = "SABnzbd at " + endpoint.displayUrl() + " refused mode=" + mode + ": " + reason;
            throw new AdapterFailure(kind, endpoint.redact(message), null);
        }
    }

    // A wrong or missing key is a 403 ("API Key Incorrect"/"API Key Required"), and so are the
    // host and internet-exposure checks: configuration either way, which retrying cannot fix.
    private static Kind kindOf(int status) {
        return status == 403 ? Kind.UNAUTHORIZED : Kind.ofStatus(status);
    }
}
