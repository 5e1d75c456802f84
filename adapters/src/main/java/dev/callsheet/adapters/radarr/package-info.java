/**
 * Radarr v3, v4 and v5, through the API v3 all three serve: a movie as Radarr's metadata source has
 * it and as its library has it, adding one (monitored, never with a search at add), the quality
 * profiles and root folders a movie is added with, searching for movies through Radarr's command queue
 * (shared with Sonarr in {@link dev.callsheet.adapters.servarr}), and the version Radarr reports of
 * itself. {@link dev.callsheet.adapters.radarr.RadarrClient} is the entry point; the vendor's resources
 * stay package-private and are translated to the public records here, where Radarr's "0 means not
 * known" ids and years become nulls. A TMDB id Radarr's metadata source does not know is an empty
 * lookup, though Radarr answers it with HTTP 500.
 */
package dev.callsheet.adapters.radarr;
