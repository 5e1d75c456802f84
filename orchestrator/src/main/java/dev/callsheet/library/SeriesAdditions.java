package dev.callsheet.library;

import dev.callsheet.adapters.ApiEndpoint;
import dev.callsheet.adapters.sonarr.NewSeries;
import dev.callsheet.adapters.sonarr.SonarrClient;
import dev.callsheet.adapters.sonarr.SonarrEpisode;
import dev.callsheet.adapters.sonarr.SonarrLookup;
import dev.callsheet.adapters.sonarr.SonarrProfile;
import dev.callsheet.adapters.sonarr.SonarrRootFolder;
import dev.callsheet.adapters.sonarr.SonarrSeries;
import dev.callsheet.command.AttemptFailed;
import dev.callsheet.command.Blocking;
import dev.callsheet.command.CommandHandler;
import dev.callsheet.command.FailedAttempt;
import dev.callsheet.command.ServiceClients;
import dev.callsheet.events.SourceKind;
import dev.callsheet.events.command.AddSeriesToSonarr;
import dev.callsheet.events.command.CommandOutcome;
import dev.callsheet.events.media.LibraryOrder;
import dev.callsheet.library.LibraryFacts.Setting;
import dev.callsheet.source.InstanceProperties;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@link AddSeriesToSonarr}: the series is looked up, then added monitoring only the requested seasons,
 * with the request's (or the instance's) root folder and quality profile (and on Sonarr v3 a language
 * profile) and {@code searchForMissingEpisodes=false}. On a series Sonarr has already the requested
 * seasons are set monitored instead, the others left as they are.
 *
 * <p>A request for the episodes not aired yet asks for those dated after the day it was made (the
 * command's {@code airingAfter}), which may be days before its approval. On a series Sonarr has already,
 * the series is set monitored and exactly its episodes outside the specials dated after that day, or
 * not dated yet, are set monitored, whatever their seasons' flags. A new series is added with Sonarr's
 * own {@code monitor: "future"}, which counts from the add. Sonarr applies it when the refresh it queues
 * at the add has scanned the series, and would undo any change made before; so the episodes that aired
 * between the request and the add are set monitored later, once Sonarr lists them unmonitored ({@link
 * dev.callsheet.events.command.MonitorEpisodes}). A command without {@code airingAfter} (written before
 * it was carried) counts from now.
 */
final class SeriesAdditions implements CommandHandler<AddSeriesToSonarr> {

    static final String SERVICE = "Sonarr";
    private static final Choice<SonarrProfile> QUALITY =
            new Choice<>("quality profile", "quality-profile", SonarrProfile::name, SonarrProfile::id);
    private static final Choice<SonarrProfile> LANGUAGE =
            new Choice<>("language profile", "language-profile", SonarrProfile::name, SonarrProfile::id);
    private static final Choice<SonarrRootFolder> FOLDERS =
            new Choice<>("root folder", "root-folder", SonarrRootFolder::path, SonarrRootFolder::id);

    private final ServiceClients clients;
    private final InstanceProperties instances;
    private final Clock clock;

    SeriesAdditions(ServiceClients clients, InstanceProperties instances, Clock clock) {
        this.clients = clients;
        this.instances = instances;
        this.clock = clock;
    }

    @Override
    public CommandOutcome attempt(AddSeriesToSonarr command) {
        SonarrClient sonarr = clients.sonarr(command.instance());
        var endpoint = clients.endpoint(SourceKind.SONARR, SERVICE, command.instance());
        SonarrLookup found = Blocking.await(sonarr.lookupSeries(command.tvdbId()), SERVICE, endpoint)
                .orElseThrow(() -> AttemptFailed.permanent(
                        "TheTVDB has no series " + command.tvdbId() + " as Sonarr looks it up"));
        boolean onlyFuture = command.choice() == LibraryOrder.Seasons.FUTURE;
        Set<Integer> seasons = monitored(command, found);
        if (found.inLibrary()) {
            SonarrSeries series = Blocking.await(sonarr.monitorSeasons(found.seriesId(), seasons), SERVICE, endpoint);
            if (onlyFuture) {
                monitor(
                        sonarr,
                        series.id(),
                        endpoint,
                        episode -> episode.seasonNumber() > 0 && after(command, episode));
            }
            return LibraryFacts.added(command, SERVICE, series.id(), true);
        }
        if (found.title() == null || found.title().isBlank()) {
            throw AttemptFailed.permanent("Sonarr's lookup of TVDB id " + command.tvdbId() + " has no title");
        }
        var instance = instances.find(SourceKind.SONARR, command.instance());
        SonarrProfile quality = QUALITY.of(
                Blocking.await(sonarr.qualityProfiles(), SERVICE, endpoint),
                LibraryFacts.wanted(command.qualityProfile(), instance, Setting.QUALITY_PROFILE),
                command.instance());
        // Sonarr v4 has no language profiles: none is sent.
        SonarrProfile language = LANGUAGE.orFirst(
                Blocking.await(sonarr.languageProfiles(), SERVICE, endpoint),
                instance.map(Setting.LANGUAGE_PROFILE::of).orElse(null),
                command.instance());
        SonarrRootFolder folder = FOLDERS.of(
                Blocking.await(sonarr.rootFolders(), SERVICE, endpoint),
                LibraryFacts.wanted(command.rootFolder(), instance, Setting.ROOT_FOLDER),
                command.instance());
        var series = new NewSeries(
                found.title(),
                command.tvdbId(),
                found.seasons(),
                seasons,
                quality.id(),
                language == null ? null : language.id(),
                folder.path(),
                onlyFuture);
        SonarrSeries added = Blocking.await(sonarr.addSeries(series), SERVICE, endpoint);
        return LibraryFacts.added(command, SERVICE, added.id(), false);
    }

    @Override
    public Optional<CommandOutcome> failed(AddSeriesToSonarr command, FailedAttempt failure) {
        return Optional.of(LibraryFacts.failed(clients, SourceKind.SONARR, SERVICE, command, failure));
    }

    /** Sets monitored the episodes of series {@code seriesId} that {@code wanted} picks, if any. */
    private static void monitor(
            SonarrClient sonarr, int seriesId, ApiEndpoint endpoint, Predicate<SonarrEpisode> wanted) {
        List<Integer> ids = Blocking.await(sonarr.listEpisodes(seriesId), SERVICE, endpoint).stream()
                .filter(wanted)
                .map(SonarrEpisode::id)
                .toList();
        if (!ids.isEmpty()) {
            Blocking.await(sonarr.monitorEpisodes(ids, true), SERVICE, endpoint);
        }
    }

    /**
     * Whether {@code episode} airs after the request for the episodes not aired yet began, or has no date
     * yet: dated after its day, as its scope counts; for a command without that day, airing after now.
     */
    private boolean after(AddSeriesToSonarr command, SonarrEpisode episode) {
        if (command.airingAfter() == null) {
            return episode.airDateUtc() == null || episode.airDateUtc().isAfter(clock.instant());
        }
        return episode.airDate() == null || episode.airDate().isAfter(command.airingAfter());
    }

    /**
     * The seasons to monitor: the listed ones; every season but the specials; or, for episodes not aired
     * yet, none: on an add Sonarr's {@code future} sets the seasons' flags, and on a series it has already
     * the episodes are monitored one by one, the seasons left as they are.
     */
    private static Set<Integer> monitored(AddSeriesToSonarr command, SonarrLookup found) {
        return switch (command.choice()) {
            case LISTED -> Set.copyOf(command.seasons());
            case ALL -> found.seasons().stream().filter(season -> season > 0).collect(Collectors.toSet());
            case FUTURE -> Set.of();
        };
    }
}
