package dev.callsheet.download;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** SABnzbd's API as stubbed from its 3.7 answers, with one job. */
final class SabnzbdStub {

    static final String API_KEY = "0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f";
    static final String NZO_ID = "SABnzbd_nzo_k2v8q1x3";

    static final String DOWNLOADING = """
            {"nzo_id": "%s", "filename": "Dune.Part.Two.2024.2160p", "status": "Downloading",
             "mb": "4250.90", "mbleft": "3133.60", "percentage": "26", "timeleft": "0:06:22"}""".formatted(NZO_ID);

    private SabnzbdStub() {}

    static void answers(WireMockExtension sabnzbd, String mode, ResponseDefinitionBuilder response) {
        sabnzbd.stubFor(get(urlPathEqualTo("/api"))
                .withQueryParam("mode", equalTo(mode))
                .withQueryParam("apikey", equalTo(API_KEY))
                .willReturn(response));
    }

    static String queue(String slots) {
        return """
                {"queue": {"status": "Downloading", "kbpersec": "8396.50", "slots": [%s]}}""".formatted(slots);
    }

    static String history(String slots) {
        return """
                {"history": {"slots": [%s]}}""".formatted(slots);
    }

    /** The job in the history with SABnzbd's {@code status} and {@code fail_message}. */
    static String finished(String status, String failMessage) {
        return """
                {"nzo_id": "%s", "name": "Dune.Part.Two.2024.2160p", "status": "%s",
                 "bytes": 4457396000, "downloaded": 1200000000, "fail_message": "%s"}""".formatted(NZO_ID, status, failMessage);
    }
}
