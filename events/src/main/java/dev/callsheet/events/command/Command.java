package dev.callsheet.events.command;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Something to be done to an outside service. The JSON {@code type} names are part of the topic contract. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = ResolveSeriesEpisodes.class, name = "ResolveSeriesEpisodes"),
    @JsonSubTypes.Type(value = LookUpOverseerrRequest.class, name = "LookUpOverseerrRequest"),
    @JsonSubTypes.Type(value = RescanPlexFolder.class, name = "RescanPlexFolder"),
    @JsonSubTypes.Type(value = ApproveOverseerrRequest.class, name = "ApproveOverseerrRequest"),
    @JsonSubTypes.Type(value = DeclineOverseerrRequest.class, name = "DeclineOverseerrRequest"),
    @JsonSubTypes.Type(value = SearchMovie.class, name = "SearchMovie"),
    @JsonSubTypes.Type(value = SearchEpisodes.class, name = "SearchEpisodes"),
    @JsonSubTypes.Type(value = CheckSearch.class, name = "CheckSearch"),
    @JsonSubTypes.Type(value = AddMovieToRadarr.class, name = "AddMovieToRadarr"),
    @JsonSubTypes.Type(value = AddSeriesToSonarr.class, name = "AddSeriesToSonarr"),
    @JsonSubTypes.Type(value = MonitorEpisodes.class, name = "MonitorEpisodes"),
    @JsonSubTypes.Type(value = SendNotification.class, name = "SendNotification"),
    @JsonSubTypes.Type(value = LookUpRequesterAddresses.class, name = "LookUpRequesterAddresses"),
})
public sealed interface Command
        permits ResolveSeriesEpisodes,
                LookUpOverseerrRequest,
                RescanPlexFolder,
                DecideOverseerrRequest,
                SearchCommand,
                AddToLibrary,
                MonitorEpisodes,
                SendNotification,
                LookUpRequesterAddresses {

    /** Unique per command; the same id on every retry of it. */
    String id();

    /** The topic key: the media key, or the lookup the command resolves. */
    String key();
}
