package dev.callsheet.readside;

import dev.callsheet.intake.credential.ApiKey;
import java.util.LinkedHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Every {@code /api} call needs {@code X-Api-Key}, as in the *arr apps; compared in constant time. */
class ApiKeyFilter implements WebFilter {

    private final ApiKey apiKey;
    private final JsonMapper json;

    ApiKeyFilter(ApiKey apiKey, JsonMapper json) {
        this.apiKey = apiKey;
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        if (!request.getPath().pathWithinApplication().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        String given = request.getHeaders().getFirst(ApiKey.HEADER);
        if (apiKey.matches(given)) {
            return chain.filter(exchange);
        }
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", "Unauthorized");
        problem.put("status", 401);
        problem.put("detail", given == null ? "missing " + ApiKey.HEADER + " header" : "wrong " + ApiKey.HEADER);
        problem.put("instance", request.getPath().value());
        var response = exchange.getResponse();
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(json.writeValueAsBytes(problem))));
    }
}
