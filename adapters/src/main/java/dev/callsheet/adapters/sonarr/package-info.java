/**
 * Sonarr, through its API v3: the series in its library and their episodes, which decide what a
 * series request's scope is. {@link dev.callsheet.adapters.sonarr.SonarrClient} is the entry point;
 * the vendor's resources stay package-private and are translated to the {@code Sonarr*} records here,
 * where Sonarr's "0 means not known" ids become nulls.
 */
package dev.callsheet.adapters.sonarr;
