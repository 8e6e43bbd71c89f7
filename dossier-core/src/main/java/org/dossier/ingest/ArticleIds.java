package org.dossier.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** Stable article ids: the id the input gives, else a hash of the normalised text. Stateless. */
public final class ArticleIds {

    private ArticleIds() {
    }

    /** {@code given} when it has content, else 16 hex digits of SHA-256 over the NFC text with white space folded. */
    public static String of(String given, String text) {
        if (given != null && !given.isBlank()) {
            return given.strip();
        }
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
