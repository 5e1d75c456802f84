package dev.callsheet.readside;

import dev.callsheet.intake.credential.AdminKey;
import dev.callsheet.intake.credential.ApiKey;
import java.util.LinkedHashMap;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every {@code /api} call needs {@code X-Api-Key}, as in the *arr apps: the admin key may do
 * anything, the read key only read (GET and HEAD, outside {@link AdminPaths}). No key or a wrong one
 * is {@code 401}; the read key where the admin key is needed, {@code 403}. Compared in constant time.
 */
class ApiKeyFilter implements WebFilter {

    private final ApiKey readKey;
    private final AdminKey adminKey;
    private final AdminPaths adminPaths;
    private final JsonMapper json;

    ApiKeyFilter(ApiKey readKey, AdminKey adminKey, AdminPaths adminPaths, JsonMapper json) {
        this.readKey = readKey;
        this.adminKey = adminKey;
        this.adminPaths = adminPaths;
        this.json = json;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        var path = request.getPath().pathWithinApplication();
        if (!path.value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        String given = request.getHeaders().getFirst(ApiKey.HEADER);
        if (adminKey.matches(given)) {
            return chain.filter(exchange);
        }
        if (!readKey.matches(given)) {
            return refuse(
                    exchange,
                    HttpStatus.UNAUTHORIZED,
                    given == null ? "missing " + ApiKey.HEADER + " header" : "wrong " + ApiKey.HEADER);
        }
        if (reads(request) && !adminPaths.contains(path)) {
            return chain.filter(exchange);
        }
        return refuse(
                exchange,
                HttpStatus.FORBIDDEN,
                request.getMethod().name() + " " + path.value() + " needs the admin key (" + AdminKey.PROPERTY + ") in "
                        + ApiKey.HEADER + "; the read key only reads");
    }

    private static boolean reads(ServerHttpRequest request) {
        return HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
    }

    private Mono<Void> refuse(ServerWebExchange exchange, HttpStatus status, String detail) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", exchange.getRequest().getPath().value());
        var response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(json.writeValueAsBytes(problem))));
    }
}
