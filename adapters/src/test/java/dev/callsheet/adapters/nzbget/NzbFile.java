package dev.callsheet.adapters.nzbget;

import java.nio.charset.StandardCharsets;

/** NZB files for the real-NZBGet tests. */
public final class NzbFile {

    private NzbFile() {}

    /** One file of two 500 kB segments whose message ids no server has; {@code tag} keeps them apart. */
    public static byte[] withMissingArticles(String tag) {
        String nzb = """
                <?xml version="1.0" encoding="UTF-8"?>
                <nzb xmlns="http://www.newzbin.com/DTD/2003/nzb">
                  <file poster="poster@example.invalid" date="1700000000" subject="&quot;%1$s.mkv&quot; yEnc (1/2)">
                    <groups><group>alt.binaries.test</group></groups>
                    <segments>
                      <segment bytes="500000" number="1">%1$s-part1@example.invalid</segment>
                      <segment bytes="500000" number="2">%1$s-part2@example.invalid</segment>
                    </segments>
                  </file>
                </nzb>
                """.formatted(tag);
        return nzb.getBytes(StandardCharsets.UTF_8);
    }
}
