package dev.callsheet.readside;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The GET endpoints under {@code /api} that only the admin key may call although they change
 * nothing, because what they show lets the caller act (a request's one-tap decision links, say).
 * Every other method under {@code /api} needs the admin key anyway.
 */
final class AdminPaths {

    /** Where an admin-only GET is declared, as a Spring path pattern ({@code /api/approvals/{id}/links}). */
    static final AdminPaths CALLSHEET = new AdminPaths(List.of("/api/approvals/{id}/links"));

    private final List<PathPattern> patterns;

    AdminPaths(List<String> patterns) {
        this.patterns =
                patterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    boolean contains(PathContainer path) {
        return patterns.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
