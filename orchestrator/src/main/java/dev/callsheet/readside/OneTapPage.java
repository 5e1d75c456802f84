package dev.callsheet.readside;

import dev.callsheet.events.media.MediaInfo;
import dev.callsheet.events.media.RequestDecided.Verdict;
import dev.callsheet.events.media.Requester;
import dev.callsheet.request.RequestView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The small HTML pages of the one-tap links: self-contained (inline style, no script, nothing fetched
 * from elsewhere, so they work offline and leak the token to nobody), phone width, every control
 * reachable by keyboard. Everything shown that came from outside is escaped.
 */
final class OneTapPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** Inline only; the form may post back here and nowhere else, and no page may frame this one. */
    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'";

    private static final String STYLE = """
            body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b1b1b;background:#f6f6f4}
            main{max-width:28rem;margin:0 auto;padding:1.5rem 1rem}
            h1{font-size:1.35rem;margin:0 0 1rem}
            dl{margin:0 0 1.5rem;display:grid;grid-template-columns:auto 1fr;gap:.35rem 1rem}
            dt{color:#555}dd{margin:0;font-weight:600;overflow-wrap:anywhere}
            button{font:inherit;font-weight:600;width:100%;padding:.9rem;border:0;border-radius:.5rem;
            color:#fff;cursor:pointer}
            .approve{background:#1d6b35}.decline{background:#a12a2a}
            button:focus-visible,a:focus-visible{outline:3px solid #1f5fbf;outline-offset:3px}
            a{color:#1f5fbf}p{margin:1rem 0}.note{color:#555;font-size:.9rem}
            @media (prefers-color-scheme:dark){body{color:#eee;background:#161616}dt,.note{color:#aaa}
            a{color:#8ab4f8}}""";

    private OneTapPage() {}

    /**
     * The page a link opens: what the request is, and the one button that decides it.
     *
     * @param token this link's token, posted back to itself
     * @param otherToken the token of the other verdict's link, with the same expiry
     */
    static ResponseEntity<String> confirm(RequestView view, ApprovalLink link, String token, String otherToken) {
        boolean approve = link.verdict() == Verdict.APPROVE;
        String verb = approve ? "Approve" : "Decline";
        String body = "<h1>" + verb + " this request?</h1>" + facts(view)
                + "<form method=\"post\" action=\"" + escape(token) + "\">"
                + "<button type=\"submit\" class=\"" + (approve ? "approve" : "decline") + "\" autofocus>" + verb
                + " " + escape(title(view.media())) + "</button></form>"
                + "<p><a href=\"" + escape(otherToken) + "\">" + (approve ? "Decline" : "Approve")
                + " instead</a></p>"
                + "<p class=\"note\">Nothing is decided until you press the button. The link works once, until "
                + WHEN.format(link.expiresAt()) + ".</p>";
        return page(HttpStatus.OK, verb + " " + title(view.media()) + "?", body);
    }

    /** After the button: the decision is Callsheet's now, on its way to the request manager. */
    static ResponseEntity<String> decided(RequestView view, ApprovalLink link) {
        String done = DecisionWriter.past(link.verdict());
        String body = "<h1>Request " + done + "</h1>" + facts(view)
                + "<p>Callsheet passes the decision on to the request manager; the request's timeline shows"
                + " how it goes. This link is used up now.</p>";
        return page(HttpStatus.OK, "Request " + done, body);
    }

    /** A link that decides nothing, and the one sentence that says why. */
    static ResponseEntity<String> refused(HttpStatus status, String heading, String sentence) {
        String body = "<h1>" + escape(heading) + "</h1><p>" + escape(sentence) + "</p>"
                + "<p class=\"note\">Nothing was changed.</p>";
        return page(status, heading, body);
    }

    private static String facts(RequestView view) {
        return "<dl><dt>Title</dt><dd>" + escape(title(view.media())) + "</dd>"
                + "<dt>Requested by</dt><dd>" + escape(requester(view.requestedBy())) + "</dd>"
                + "<dt>Waiting since</dt><dd>" + escape(when(view.createdAt())) + "</dd></dl>";
    }

    private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
        String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\">"
                + "<title>" + escape(title) + " · Callsheet</title><style>" + STYLE + "</style></head>"
                + "<body><main>" + body + "</main></body></html>";
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex")
                .body(html);
    }

    static String title(MediaInfo media) {
        if (media == null || media.title() == null || media.title().isBlank()) {
            return "an untitled " + (media == null ? "request" : media.type().id());
        }
        return media.year() == null ? media.title() : media.title() + " (" + media.year() + ")";
    }

    private static String requester(Requester requester) {
        if (requester == null) {
            return "unknown";
        }
        if (requester.username() != null && !requester.username().isBlank()) {
            return requester.username();
        }
        return requester.email() != null && !requester.email().isBlank() ? requester.email() : "unknown";
    }

    static String when(Instant at) {
        return at == null ? "unknown" : WHEN.format(at);
    }

    static String escape(String text) {
        var escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
