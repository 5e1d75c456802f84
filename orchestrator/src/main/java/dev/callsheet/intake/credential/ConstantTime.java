package dev.callsheet.intake.credential;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Byte comparison whose duration does not tell an attacker how much of a guess was right. */
final class ConstantTime {

    private ConstantTime() {}

    /**
     * Whether {@code a} and {@code b} hold the same bytes. Both are digested first because {@link
     * MessageDigest#isEqual} is constant-time only for arrays of equal length; digests also hide
     * the secret's length.
     */
    static boolean equal(byte[] a, byte[] b) {
        return MessageDigest.isEqual(sha256(a), sha256(b));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
