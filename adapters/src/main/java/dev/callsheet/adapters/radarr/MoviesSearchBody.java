package dev.callsheet.adapters.radarr;

import java.util.List;

/** What {@code POST /api/v3/command} is sent to search for movies: Radarr's {@code MoviesSearchCommand}. */
record MoviesSearchBody(String name, List<Integer> movieIds) {

    static final String NAME = "MoviesSearch";

    static MoviesSearchBody of(List<Integer> movieIds) {
        return new MoviesSearchBody(NAME, List.copyOf(movieIds));
    }
}
