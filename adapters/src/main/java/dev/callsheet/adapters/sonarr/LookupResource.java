package dev.callsheet.adapters.sonarr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One item of {@code GET /api/v3/series/lookup}: Sonarr's {@code SeriesResource} again, but for a series
 * that need not be in the library. Sonarr leaves an id of 0 out (v3: {@code DefaultValueHandling.Ignore}
 * on {@code RestResource.Id}; v4: {@code WhenWritingDefault}), so {@code id} is absent for a series not
 * added yet. {@code tvdbId}, an int, is always there, and a {@code tvdb:} lookup finds nothing else.
 */
record LookupResource(
        Integer id,
        String title,
        @JsonProperty(required = true) int tvdbId,
        Integer year,
        List<SeriesResource.SeasonResource> seasons) {

    SonarrLookup toLookup() {
        return new SonarrLookup(
                id != null && id > 0 ? id : null,
                title == null || title.isBlank() ? null : title,
                tvdbId,
                year != null && year > 0 ? year : null,
                seasons == null
                        ? List.of()
                        : seasons.stream()
                                .map(SeriesResource.SeasonResource::seasonNumber)
                                .toList());
    }
}
