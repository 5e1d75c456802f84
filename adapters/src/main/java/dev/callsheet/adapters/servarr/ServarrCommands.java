package dev.callsheet.adapters.servarr;

import dev.callsheet.adapters.AdapterFailure;
import dev.callsheet.adapters.JsonApi;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;

/**
 * One arr's command queue through API v3 ({@code /api/v3/command}), the same in Radarr v3 to v5 and
 * Sonarr v3 and v4; each arr's client builds the bodies of its own commands. Every call fails with
 * {@link AdapterFailure} when the arr cannot give a usable answer.
 */
public final class ServarrCommands {

    private static final TypeReference<CommandResource> COMMAND = new TypeReference<>() {};
    private static final TypeReference<List<CommandResource>> COMMANDS = new TypeReference<>() {};

    private final JsonApi api;

    /** @param api the arr's API, with its key */
    public ServarrCommands(JsonApi api) {
        this.api = api;
    }

    /**
     * {@code POST /api/v3/command} with {@code body} ({@code {"name": "MoviesSearch", …}}): the command
     * as the arr queued it. While a command of the same name and an equal body is queued or started,
     * the arr queues nothing and answers that one instead.
     */
    public Mono<ServarrCommand> start(Object body) {
        return api.post(COMMAND, CommandResource::toCommand, "/api/v3/command", body);
    }

    /**
     * {@code GET /api/v3/command/{id}}: the command as it stands now, or empty when the arr no longer
     * has it (it trims its command history).
     */
    public Mono<Optional<ServarrCommand>> find(int id) {
        if (id <= 0) {
            throw new IllegalArgumentException("a command id must be positive: " + id);
        }
        return api.find(COMMAND, CommandResource::toCommand, "/api/v3/command/{id}", id);
    }

    /**
     * {@code GET /api/v3/command}: the commands the arr holds in memory, in its order: those queued or
     * started, and those that ended in the last minutes (see {@link ServarrCommand#pending()}).
     */
    public Mono<List<ServarrCommand>> list() {
        return api.get(
                COMMANDS,
                commands -> commands.stream()
                        .filter(Objects::nonNull)
                        .map(CommandResource::toCommand)
                        .toList(),
                "/api/v3/command");
    }
}
