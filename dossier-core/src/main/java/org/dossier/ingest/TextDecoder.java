package org.dossier.ingest;

import org.dossier.model.ArticleIssue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns bytes into text: a byte-order mark first, then a declared charset, then strict UTF-8, then
 * windows-1252 for legacy 8-bit text. Rejects binary data; marks invalid UTF-8 instead of crashing. Stateless.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF_BYTES = 64 * 1024;

    /** Decoded text with line breaks normalised to \n, the charset used, and what decoding noticed. */
    record Decoded(String text, Charset charset, List<ArticleIssue> issues) {
    }

    private TextDecoder() {
    }

    /** Decodes {@code bytes}; {@code declared} is a charset name the container gave (nullable). */
    static Decoded decode(byte[] bytes, String declared) throws InputRejected {
        if (bytes.length == 0) {
            throw new InputRejected("empty file");
        }
        List<ArticleIssue> issues = new ArrayList<>();
        Charset bom = bomCharset(bytes);
        String text;
        Charset used;
        if (bom != null) {
            used = bom;
            text = decodeReplacing(bytes, bomLength(bytes), bom, issues);
        } else {
            rejectBinary(bytes);
            Charset charset = declaredCharset(declared, issues);
            if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
                used = charset;
                text = decodeReplacing(bytes, 0, charset, issues);
            } else {
                String strict = strictUtf8(bytes);
                Utf8Scan scan = strict == null ? Utf8Scan.of(bytes) : null;
                if (strict != null) {
                    used = StandardCharsets.UTF_8;
                    text = strict;
                } else if (charset != null || scan.validMultiByte() > 0) {
                    used = StandardCharsets.UTF_8;
                    text = new String(bytes, StandardCharsets.UTF_8);
                    issues.add(ArticleIssue.error("ingest", "invalid UTF-8: " + scan.malformed()
                            + " malformed byte sequence(s), the first at byte " + scan.firstMalformed()
                            + "; replaced with U+FFFD"));
                } else {
                    used = WINDOWS_1252;
                    text = new String(bytes, WINDOWS_1252);
                    issues.add(ArticleIssue.warning("ingest", "not UTF-8 and no charset declared; decoded as windows-1252"));
                }
            }
        }
        text = normaliseLineBreaks(text);
        if (text.isBlank()) {
            throw new InputRejected("empty file (only white space)");
        }
        return new Decoded(text, used, issues);
    }

    static String normaliseLineBreaks(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Charset declaredCharset(String declared, List<ArticleIssue> issues) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(declared.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            issues.add(ArticleIssue.warning("ingest", "unknown declared charset '" + declared.trim() + "'; ignored"));
            return null;
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String decodeReplacing(byte[] bytes, int offset, Charset charset, List<ArticleIssue> issues) {
        String text = new String(bytes, offset, bytes.length - offset, charset);
        long replaced = text.chars().filter(c -> c == '\uFFFD').count();
        if (replaced > 0) {
            issues.add(ArticleIssue.error("ingest", "invalid " + charset.name() + ": " + replaced
                    + " undecodable character(s) replaced with U+FFFD"));
        }
        return text;
    }

    private static Charset bomCharset(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF) {
            return Charset.forName("UTF-32BE");
        }
        if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE && b[2] == 0 && b[3] == 0) {
            return Charset.forName("UTF-32LE");
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    private static int bomLength(byte[] b) {
        Charset c = bomCharset(b);
        if (c == null) {
            return 0;
        }
        return switch (c.name()) {
            case "UTF-8" -> 3;
            case "UTF-32BE", "UTF-32LE" -> 4;
            default -> 2;
        };
    }

    /** Rejects known binary formats by magic number, then anything with NUL bytes or many control bytes. */
    private static void rejectBinary(byte[] b) throws InputRejected {
        String kind = magicKind(b);
        if (kind != null) {
            throw new InputRejected("binary file (" + kind + "), not text");
        }
        int n = Math.min(b.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                throw new InputRejected("binary file (NUL byte at offset " + i + "), not text");
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
                control++;
            }
        }
        if (control > n / 20) {
            throw new InputRejected("binary file (" + control + " control bytes in the first " + n + "), not text");
        }
    }

    private static String magicKind(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return "PDF document";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip-compressed data";
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "ZIP archive";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47)) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
            return "GIF image";
        }
        if (startsWith(b, 0x7F, 0x45, 0x4C, 0x46)) {
            return "ELF executable";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Counts of well-formed multi-byte sequences and malformed bytes in would-be UTF-8. */
    private record Utf8Scan(int validMultiByte, int malformed, int firstMalformed) {

        static Utf8Scan of(byte[] b) {
            int valid = 0;
            int bad = 0;
            int first = -1;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xFF;
                int need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                        : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
                if (need == 0) {
                    i++;
                    continue;
                }
                boolean ok = need > 0;
                for (int k = 1; ok && k <= need; k++) {
                    ok = i + k < b.length && (b[i + k] & 0xC0) == 0x80;
                }
                if (ok) {
                    valid++;
                    i += need + 1;
                } else {
                    bad++;
                    if (first < 0) {
                        first = i;
                    }
                    i++;
                }
            }
            return new Utf8Scan(valid, bad, first);
        }
    }
}
