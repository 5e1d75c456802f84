package dev.callsheet.library;

import dev.callsheet.adapters.radarr.NewMovie;
import dev.callsheet.adapters.radarr.QualityProfile;
import dev.callsheet.adapters.radarr.RadarrClient;
import dev.callsheet.adapters.radarr.RadarrMovie;
import dev.callsheet.adapters.radarr.RootFolder;
import dev.callsheet.command.AttemptFailed;
import dev.callsheet.command.Blocking;
import dev.callsheet.command.CommandHandler;
import dev.callsheet.command.FailedAttempt;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.AddMovieToRadarr;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.library.LibraryFacts.Setting;
import dev.callsheet.source.InstanceProperties;
import java.util.Optional;

/**
 * {@link AddMovieToRadarr}: the movie is looked up, then added monitored with the request's (or the
 * instance's) root folder and quality profile and {@code searchForMovie=false}. A movie Radarr has
 * already, added by someone else or by an earlier attempt whose answer was lost, is left as it is.
 */
final class MovieAdditions implements CommandHandler<AddMovieToRadarr> {

    static final String SERVICE = "Radarr";
    private static final Choice<QualityProfile> PROFILES =
            new Choice<>("quality profile", "quality-profile", QualityProfile::name, QualityProfile::id);
    private static final Choice<RootFolder> FOLDERS =
            new Choice<>("root folder", "root-folder", RootFolder::path, RootFolder::id);

    private final ServiceClients clients;
    private final InstanceProperties instances;

    MovieAdditions(ServiceClients clients, InstanceProperties instances) {
        this.clients = clients;
        this.instances = instances;
    }

    @Override
    public CommandOutcome attempt(AddMovieToRadarr command) {
        RadarrClient radarr = clients.radarr(command.instance());
        var endpoint = clients.endpoint(SourceKind.RADARR, SERVICE, command.instance());
        Optional<RadarrMovie> inLibrary = Blocking.await(radarr.findMovie(command.tmdbId()), SERVICE, endpoint);
        if (inLibrary.isPresent()) {
            return LibraryFacts.added(command, SERVICE, inLibrary.get().id(), true);
        }
        RadarrMovie found = Blocking.await(radarr.lookupMovie(command.tmdbId()), SERVICE, endpoint)
                .orElseThrow(() -> AttemptFailed.permanent(
                        "Radarr's metadata source has no movie with TMDB id " + command.tmdbId()));
        if (found.title() == null || found.title().isBlank()) {
            throw AttemptFailed.permanent("Radarr's lookup of TMDB id " + command.tmdbId() + " has no title");
        }
        var instance = instances.find(SourceKind.RADARR, command.instance());
        QualityProfile profile = PROFILES.of(
                Blocking.await(radarr.qualityProfiles(), SERVICE, endpoint),
                LibraryFacts.wanted(command.qualityProfile(), instance, Setting.QUALITY_PROFILE),
                command.instance());
        RootFolder folder = FOLDERS.of(
                Blocking.await(radarr.rootFolders(), SERVICE, endpoint),
                LibraryFacts.wanted(command.rootFolder(), instance, Setting.ROOT_FOLDER),
                command.instance());
        var movie = new NewMovie(
                found.title(), command.tmdbId(), found.year() == null ? 0 : found.year(), profile.id(), folder.path());
        RadarrMovie added = Blocking.await(radarr.addMovie(movie), SERVICE, endpoint);
        return LibraryFacts.added(command, SERVICE, added.id(), false);
    }

    @Override
    public Optional<CommandOutcome> failed(AddMovieToRadarr command, FailedAttempt failure) {
        return Optional.of(LibraryFacts.failed(clients, SourceKind.RADARR, SERVICE, command, failure));
    }
}
