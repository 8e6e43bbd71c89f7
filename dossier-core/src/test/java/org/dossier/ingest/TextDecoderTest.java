package org.dossier.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dossier.model.Severity;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    @Test
    void decodes_utf16_with_a_byte_order_mark() throws Exception {
        byte[] body = "Kyiv – Київ".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        TextDecoder.Decoded d = TextDecoder.decode(bytes, null);
        assertEquals("Kyiv – Київ", d.text());
        assertTrue(d.issues().isEmpty());
    }

    @Test
    void strips_a_utf8_byte_order_mark_and_normalises_line_breaks() throws Exception {
        byte[] bytes = "\uFEFFTitle\r\nBody text.\r\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("Title\nBody text.\n", TextDecoder.decode(bytes, null).text());
    }

    @Test
    void legacy_latin_text_falls_back_to_windows_1252_with_a_warning() throws Exception {
        byte[] bytes = "Tamás Matura sagte: “Nein.”".getBytes(Charset.forName("windows-1252"));
        TextDecoder.Decoded d = TextDecoder.decode(bytes, null);
        assertEquals("Tamás Matura sagte: “Nein.”", d.text());
        assertEquals(Severity.WARNING, d.issues().get(0).severity());
    }

    @Test
    void broken_utf8_is_marked_as_an_error_and_replaced_not_thrown() throws Exception {
        byte[] good = "Zelenskyy said “no” in Kyiv ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 2];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        TextDecoder.Decoded d = TextDecoder.decode(bytes, null);
        assertTrue(d.text().contains("\uFFFD"));
        assertEquals(Severity.ERROR, d.issues().get(0).severity());
        assertTrue(d.issues().get(0).message().contains("invalid UTF-8"), d.issues().get(0).message());
    }

    @Test
    void a_declared_charset_wins_over_guessing() throws Exception {
        byte[] bytes = "Moskau liegt östlich".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Moskau liegt östlich", TextDecoder.decode(bytes, "iso-8859-1").text());
    }

    @Test
    void rejects_empty_and_binary_input() {
        assertEquals("empty file", assertThrows(InputRejected.class, () -> TextDecoder.decode(new byte[0], null)).getMessage());
        assertThrows(InputRejected.class, () -> TextDecoder.decode(" \n\t ".getBytes(StandardCharsets.UTF_8), null));
        InputRejected nul = assertThrows(InputRejected.class, () -> TextDecoder.decode(new byte[] {'a', 0, 'b'}, null));
        assertTrue(nul.getMessage().contains("binary"));
        InputRejected pdf = assertThrows(InputRejected.class,
                () -> TextDecoder.decode("%PDF-1.7 rest".getBytes(StandardCharsets.US_ASCII), null));
        assertTrue(pdf.getMessage().contains("PDF"));
    }
}
