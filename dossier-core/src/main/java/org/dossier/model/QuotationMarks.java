package org.dossier.model;

/** The quotation marks Dossier reads: straight, curly, German low and guillemets. */
public final class QuotationMarks {

    private static final String MARKS = "\"“”„«»";

    private QuotationMarks() {
    }

    /** True when the text holds any quotation mark. */
    public static boolean in(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (MARKS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
