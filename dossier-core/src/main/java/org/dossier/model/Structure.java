package org.dossier.model;

import java.util.List;

/** The layout of an article's text: title (nullable), section headings, paragraphs and repeated stretches. */
public record Structure(TextSpan title, List<TextSpan> headings, List<TextSpan> paragraphs, List<Duplicate> duplicates) {

    public Structure {
        headings = List.copyOf(headings);
        paragraphs = List.copyOf(paragraphs);
        duplicates = List.copyOf(duplicates);
    }

    public static Structure empty() {
        return new Structure(null, List.of(), List.of(), List.of());
    }

    /** The blocks worth analysing, in text order: title, headings and paragraphs, never duplicates. */
    public List<TextSpan> blocks() {
        java.util.List<TextSpan> blocks = new java.util.ArrayList<>(headings.size() + paragraphs.size() + 1);
        if (title != null) {
            blocks.add(title);
        }
        blocks.addAll(headings);
        blocks.addAll(paragraphs);
        blocks.sort(null);
        return List.copyOf(blocks);
    }
}
