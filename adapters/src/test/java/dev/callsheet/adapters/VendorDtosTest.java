package dev.callsheet.adapters;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule the adapters' JSON mapper states, checked over every vendor DTO: a component is a primitive
 * or {@code required} only if every supported version of the service always sends it. Vendor DTOs are
 * the package-private records of the client packages (what the clients hand on is public); each
 * exception is listed here with the reason it holds, so a new primitive fails this test until someone
 * has checked every supported version and said so.
 */
class VendorDtosTest {

    /** {@code Record.component} → why every supported version sends it. */
    private static final Map<String, String> ALWAYS_SENT = Map.ofEntries(
            // Sonarr v3 and v4 write every C# value type, 0 and false included (contract/sonarr/SOURCES.md).
            entry("sonarr.SeriesResource.id", "an int in SeriesResource since 3.0.5"),
            entry("sonarr.SeriesResource.tvdbId", "an int in SeriesResource since 3.0.5"),
            entry("sonarr.SeriesResource.SeasonResource.seasonNumber", "an int in SeasonResource since 3.0.5"),
            entry("sonarr.EpisodeResource.id", "an int in EpisodeResource since 3.0.5"),
            entry("sonarr.EpisodeResource.seasonNumber", "an int in EpisodeResource since 3.0.5"),
            entry("sonarr.EpisodeResource.episodeNumber", "an int in EpisodeResource since 3.0.5"),
            entry("sonarr.LookupResource.tvdbId", "an int in SeriesResource since 3.0.5; what a tvdb: lookup matches"),
            entry("sonarr.ProfileResource.id", "a stored profile's id, never 0, so never left out"),
            entry("sonarr.RootFolderResource.id", "a stored root folder's id, never 0, so never left out"),
            entry("sonarr.CommandResource.id", "a command's id, never 0 once Sonarr has taken it"),
            // Radarr v3 to v5 (and, for commands, Sonarr v3 and v4) write every C# value type but leave out an
            // id of 0 (contract/radarr/SOURCES.md).
            entry("servarr.CommandResource.id", "a queued command's id; the arrs leave out only an id of 0"),
            entry("radarr.SearchCommandResource.id", "a queued command's id; Radarr leaves out only an id of 0"),
            entry("radarr.MovieResource.tmdbId", "an int in MovieResource since 3.0.0, looked up or in the library"),
            entry("radarr.QualityProfileResource.id", "a stored profile's id, never 0"),
            entry("radarr.RootFolderResource.id", "a stored root folder's id, never 0"),
            // NOT NULL columns of the request and media entities in Overseerr 1.3x, Jellyseerr 2.x and Seerr 3.x
            // (contract/overseerr/SOURCES.md).
            entry("overseerr.MediaRequest.id", "the request's primary key"),
            entry("overseerr.MediaRequest.status", "MediaRequest.status, NOT NULL"),
            entry("overseerr.MediaRequest.type", "MediaRequest.type, NOT NULL; a media type cannot be guessed"),
            entry("overseerr.MediaRequest.media", "the request's media relation, eager and NOT NULL"),
            entry("overseerr.MediaRequest.MediaInfo.tmdbId", "Media.tmdbId, NOT NULL"),
            entry("overseerr.MediaRequest.MediaInfo.status", "Media.status, NOT NULL with a default"),
            entry("overseerr.MediaRequest.SeasonRequest.seasonNumber", "SeasonRequest.seasonNumber, NOT NULL"),
            // Plex Media Server's answers (contract/plex/SOURCES.md).
            entry("plex.MediaContainer.content", "every answer is wrapped in MediaContainer"),
            entry("plex.MediaContainer.Identity.machineIdentifier", "the server's identity, in every /identity"),
            entry("plex.MetadataItem.ratingKey", "an item's key, what every later lookup takes"),
            entry("plex.SectionDirectory.key", "a section's key, what a scan takes"),
            entry("plex.SectionDirectory.LocationTag.path", "a location is its path"),
            // qBittorrent 4.3 to 5.x (contract/qbittorrent/SOURCES.md).
            entry("qbittorrent.MainData.rid", "in every sync/maindata answer, full or partial"),
            // SABnzbd 3.x and 4.x: a job without its id cannot be matched to anything (contract/sabnzbd/SOURCES.md).
            entry("sabnzbd.QueueAnswer.Slot.nzoId", "every queue slot's id"),
            entry("sabnzbd.HistoryAnswer.Slot.nzoId", "the history row's key"),
            // NZBGet 21 to 25 write these for every group and for every history(false) entry
            // (contract/nzbget/SOURCES.md).
            entry("nzbget.NzbGroup.nzbId", "NZBID, every group's id"),
            entry("nzbget.NzbGroup.fileSizeLo", "FileSizeLo, in every group since 21"),
            entry("nzbget.NzbGroup.fileSizeHi", "FileSizeHi, in every group since 21"),
            entry("nzbget.NzbGroup.remainingSizeLo", "RemainingSizeLo, in every group since 21"),
            entry("nzbget.NzbGroup.remainingSizeHi", "RemainingSizeHi, in every group since 21"),
            entry("nzbget.NzbHistoryItem.nzbId", "NZBID, every entry's id"),
            entry("nzbget.NzbHistoryItem.fileSizeLo", "FileSizeLo, as in a group"),
            entry("nzbget.NzbHistoryItem.fileSizeHi", "FileSizeHi, as in a group"),
            entry("nzbget.NzbHistoryItem.downloadedSizeLo", "DownloadedSizeLo: only hidden duplicates lack it"),
            entry("nzbget.NzbHistoryItem.downloadedSizeHi", "DownloadedSizeHi: only hidden duplicates lack it"));

    /** Records the clients write, not read: the mapper's reading rule does not apply. */
    private static final Set<String> WRITTEN = Set.of(
            "nzbget.RpcCall",
            "radarr.MovieBody",
            "radarr.MovieBody.AddOptions",
            "radarr.MoviesSearchBody",
            "sonarr.AddSeriesRequest",
            "sonarr.AddSeriesRequest.Season",
            "sonarr.AddSeriesRequest.AddOptions",
            "sonarr.CommandRequest",
            "sonarr.EpisodesMonitoredRequest");

    @Test
    void demandsOnlyWhatEverySupportedVersionSends() {
        Set<String> demanded = new TreeSet<>();
        for (Class<?> dto : vendorDtos()) {
            for (RecordComponent component : dto.getRecordComponents()) {
                // @JsonProperty does not target record components; Java carries it to the accessor.
                JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
                if (component.getType().isPrimitive() || (property != null && property.required())) {
                    demanded.add(name(dto) + "." + component.getName());
                }
            }
        }

        assertThat(demanded)
                .as("primitive or required components of vendor DTOs; each needs a reason in ALWAYS_SENT")
                .containsExactlyInAnyOrderElementsOf(ALWAYS_SENT.keySet());
    }

    @Test
    void findsTheDtosItChecks() {
        assertThat(vendorDtos())
                .extracting(VendorDtosTest::name)
                .contains(
                        "sonarr.SeriesResource",
                        "sonarr.LookupResource",
                        "sonarr.CommandResource.Body",
                        "overseerr.MediaRequest",
                        "qbittorrent.MainData",
                        "nzbget.NzbGroup",
                        "sabnzbd.QueueAnswer.Slot",
                        "plex.NotificationMessage.Timeline",
                        "plex.NotificationMessage.Job",
                        "servarr.NotificationResource",
                        "servarr.NotificationResource.Field",
                        "servarr.CommandResource",
                        "radarr.MovieResource",
                        "radarr.MovieResource.MediaCover");
    }

    private static Set<Class<?>> vendorDtos() {
        Set<Class<?>> dtos = new java.util.HashSet<>();
        try (Stream<Path> files = Files.walk(classes().resolve("dev/callsheet/adapters"))) {
            files.filter(file -> file.toString().endsWith(".class")).forEach(file -> {
                String className =
                        classes().relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = load(className);
                if (type.isRecord()
                        && !Modifier.isPublic(type.getModifiers())
                        && type.getPackageName().split("\\.").length == 4
                        && !WRITTEN.contains(name(type))) {
                    dtos.add(type);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dtos;
    }

    /** {@code sonarr.SeriesResource.SeasonResource}: the client package and the nesting. */
    private static String name(Class<?> type) {
        String packageName = type.getPackageName();
        return packageName.substring(packageName.lastIndexOf('.') + 1) + "."
                + type.getName().substring(packageName.length() + 1).replace('$', '.');
    }

    private static Path classes() {
        try {
            return Path.of(JsonApi.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, VendorDtosTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
