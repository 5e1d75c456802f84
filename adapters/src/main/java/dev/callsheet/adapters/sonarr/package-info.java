/**
 * Sonarr v3 and v4, through the API v3 both serve: the series in its library and their episodes,
 * which decide what a series request's scope is, and the version Sonarr reports of itself; and what
 * acting on a request takes: looking a series up, adding it or monitoring its seasons and episodes
 * (with the profiles and root folders an add names), starting episode and season searches and reading
 * their commands back (through the arrs' shared {@link dev.callsheet.adapters.servarr.ServarrCommands},
 * and with their bodies for the searches still queued). {@link
 * dev.callsheet.adapters.sonarr.SonarrClient} is the entry point; the vendor's resources stay
 * package-private and are translated to the {@code Sonarr*} records here, where Sonarr's "0 means not
 * known" ids become nulls. The resources demand only what every supported version always sends (the
 * ids and an episode's numbers); a field an older version lacks, such as a v3 series' TMDB id, reads
 * as not known.
 */
package dev.callsheet.adapters.sonarr;
