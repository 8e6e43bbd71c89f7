package org.dossier.model;

/** A half-open range [start, end) of UTF-16 offsets into an article's text; records convert to code points. */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    public boolean contains(TextSpan other) {
        return start <= other.start && other.end <= end;
    }

    public boolean contains(int offset) {
        return start <= offset && offset < end;
    }

    public boolean overlaps(TextSpan other) {
        return start < other.end && other.start < end;
    }

    /** The smallest span covering this one and {@code other}. */
    public TextSpan union(TextSpan other) {
        return new TextSpan(Math.min(start, other.start), Math.max(end, other.end));
    }

    public TextSpan shift(int delta) {
        return new TextSpan(start + delta, end + delta);
    }

    /** The covered text; throws if the span does not fit in {@code text}. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") outside text of length " + text.length());
        }
        return text.substring(start, end);
    }

    /** This span without the white space at its ends (an empty span at {@code start} when all is blank). */
    public TextSpan strip(String text) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s == start && e == end ? this : new TextSpan(s, e);
    }

    @Override
    public int compareTo(TextSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
