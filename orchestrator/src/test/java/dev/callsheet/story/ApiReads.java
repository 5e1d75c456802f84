package dev.callsheet.story;

import java.util.List;
import java.util.Map;

/** Reads the API as a user would, with the API key, just far enough for the assertions. */
final class ApiReads {

    private ApiReads() {}

    static List<String> changedStates(RunningCallsheet callsheet) {
        return changedStates(callsheet, MovieStory.REQUEST);
    }

    static List<String> changedStates(RunningCallsheet callsheet, String request) {
        return timeline(callsheet, request).stream()
                .filter(entry -> Boolean.TRUE.equals(entry.get("changed")))
                .map(entry -> (String) entry.get("state"))
                .toList();
    }

    static List<Map<String, Object>> timeline(RunningCallsheet callsheet) {
        return timeline(callsheet, MovieStory.REQUEST);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> timeline(RunningCallsheet callsheet, String request) {
        var body = callsheet
                .client()
                .get()
                .uri("/api/requests/" + request + "/timeline")
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(Map.class)
                .returnResult()
                .getResponseBody();
        return (List<Map<String, Object>>) body.get("entries");
    }

    static ApiAnswer api(RunningCallsheet callsheet, String path) {
        var body = callsheet
                .client()
                .get()
                .uri(path)
                .header("X-Api-Key", RunningCallsheet.API_KEY)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        return new ApiAnswer(body);
    }

    /** A JSON answer, read only as far as the test needs. */
    record ApiAnswer(String body) {
        String state() {
            var matcher =
                    java.util.regex.Pattern.compile("\"state\":\"([a-z]+)\"").matcher(body);
            return matcher.find() ? matcher.group(1) : null;
        }
    }
}
