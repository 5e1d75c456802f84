package dev.callsheet.adapters.qbittorrent;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes bencode (BEP 3): integers, byte strings, lists, and dictionaries with sorted keys. */
final class Bencode {

    private Bencode() {}

    static byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, out);
        return out.toByteArray();
    }

    private static void write(Object value, ByteArrayOutputStream out) {
        switch (value) {
            case Long number -> ascii("i" + number + "e", out);
            case Integer number -> ascii("i" + number + "e", out);
            case String text -> bytes(text.getBytes(StandardCharsets.UTF_8), out);
            case byte[] raw -> bytes(raw, out);
            case List<?> list -> {
                out.write('l');
                list.forEach(item -> write(item, out));
                out.write('e');
            }
            case Map<?, ?> dictionary -> {
                out.write('d');
                // Keys sort as raw bytes; for the ASCII keys of a .torrent that is String order.
                new TreeMap<>(dictionary).forEach((key, item) -> {
                    write((String) key, out);
                    write(item, out);
                });
                out.write('e');
            }
            default -> throw new IllegalArgumentException("not bencodable: " + value.getClass());
        }
    }

    private static void bytes(byte[] raw, ByteArrayOutputStream out) {
        ascii(raw.length + ":", out);
        out.writeBytes(raw);
    }

    private static void ascii(String text, ByteArrayOutputStream out) {
        out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
