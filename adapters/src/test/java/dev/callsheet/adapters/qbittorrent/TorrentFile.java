package dev.callsheet.adapters.qbittorrent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

/**
 * A single-file, trackerless v1 .torrent for a file on disk.
 *
 * @param bytes the .torrent file
 * @param infoHash SHA-1 of the bencoded info dictionary, upper-case hex as the *arr apps show it
 */
public record TorrentFile(byte[] bytes, String infoHash) {

    private static final int PIECE_LENGTH = 16 * 1024;

    public static TorrentFile of(Path file) throws IOException {
        byte[] data = Files.readAllBytes(file);
        Map<String, Object> info = Map.of(
                "name",
                file.getFileName().toString(),
                "length",
                (long) data.length,
                "piece length",
                PIECE_LENGTH,
                "pieces",
                pieceHashes(data));
        byte[] infoBytes = Bencode.encode(info);
        return new TorrentFile(
                Bencode.encode(Map.of("info", info, "created by", "callsheet tests")),
                HexFormat.of().withUpperCase().formatHex(sha1(infoBytes)));
    }

    private static byte[] pieceHashes(byte[] data) {
        int pieces = (data.length + PIECE_LENGTH - 1) / PIECE_LENGTH;
        byte[] hashes = new byte[pieces * 20];
        for (int i = 0; i < pieces; i++) {
            byte[] piece = Arrays.copyOfRange(data, i * PIECE_LENGTH, Math.min(data.length, (i + 1) * PIECE_LENGTH));
            System.arraycopy(sha1(piece), 0, hashes, i * 20, 20);
        }
        return hashes;
    }

    private static byte[] sha1(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
