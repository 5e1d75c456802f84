package dev.callsheet.search;

import dev.callsheet.adapters.servarr.ServarrCommand;
import dev.callsheet.command.Blocking;
import dev.callsheet.command.CommandHandler;
import dev.callsheet.command.FailedAttempt;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.CheckSearch;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.media.SearchChecked;
import java.util.Optional;

/**
 * {@link CheckSearch}: reads the arr's command back ({@code GET /api/v3/command/{id}}). Read-only, so a
 * retry is harmless. A search still running is reported as such and the decider asks again later; one
 * the arr no longer has (it lets go of ended commands after a while, and of all of them on a restart)
 * is reported {@code GONE}, since how it ended can no longer be known.
 */
final class SearchChecks implements CommandHandler<CheckSearch> {

    static final String GONE = "GONE";

    private final ServiceClients clients;

    SearchChecks(ServiceClients clients) {
        this.clients = clients;
    }

    @Override
    public CommandOutcome attempt(CheckSearch command) {
        String service = service(command);
        var endpoint = clients.endpoint(command.arr(), service, command.instance());
        var read = command.arr() == SourceKind.RADARR
                ? clients.radarr(command.instance()).command(command.arrCommandId())
                : clients.sonarr(command.instance()).command(command.arrCommandId());
        Optional<ServarrCommand> found = Blocking.await(read, service, endpoint);
        var fact = found.map(arrCommand -> checked(command, service, arrCommand))
                .orElseGet(() -> new SearchChecked(
                        SearchFacts.media(command.mediaKey()),
                        command.id(),
                        command.searchId(),
                        service,
                        command.instance(),
                        command.arrCommandId(),
                        GONE,
                        true,
                        null,
                        "CheckSearch"));
        return SearchFacts.outcome(command, fact);
    }

    @Override
    public Optional<CommandOutcome> failed(CheckSearch command, FailedAttempt failure) {
        return Optional.of(SearchFacts.failed(clients, command.arr(), service(command), command, failure));
    }

    private static SearchChecked checked(CheckSearch command, String service, ServarrCommand arrCommand) {
        return new SearchChecked(
                SearchFacts.media(command.mediaKey()),
                command.id(),
                command.searchId(),
                service,
                command.instance(),
                command.arrCommandId(),
                arrCommand.status().name(),
                !arrCommand.pending(),
                arrCommand.message(),
                "CheckSearch");
    }

    private static String service(CheckSearch command) {
        return command.arr() == SourceKind.RADARR ? MovieSearches.SERVICE : EpisodeSearches.SERVICE;
    }
}
